import {clean, type CleanResult, type LineDecision, type Options} from '../src/index.js'

/** A page from its lines, as innerText gives it. */
export function page(...lines: string[]): string {
  return lines.join('\n')
}

/** The decision for the first line whose trimmed text is `text`. */
export function decisionFor(result: CleanResult, text: string, input: string): LineDecision {
  const index = input.split('\n').findIndex((line) => line.trim() === text)
  if (index < 0) throw new Error(`no input line "${text}"`)
  return result.lines[index]!
}

/** Cleans a page and returns a lookup of decisions by line text. */
export function decide(input: string, options?: Options) {
  const result = clean(input, options)
  return {result, of: (text: string) => decisionFor(result, text, input)}
}

/** Paragraphs of plausible article prose, distinct from each other. */
export const PROSE = [
  'The city council voted on Tuesday to extend the night bus network to three suburbs, a decision that transport officials said would cost about 4 million dollars a year.',
  'Residents of the outer districts had petitioned for the change for more than two years, arguing that shift workers were left without a safe way home after midnight.',
  'Under the plan, buses will run every 30 minutes between 11 p.m. and 5 a.m. from the central station, with stops at the two main hospitals and the industrial park.',
  'Opposition members questioned the budget, saying the council had not explained where the money would come from once a state grant expires in two years.',
  'The mayor said the first routes would open in September and that the council would review ridership figures after six months before deciding on further lines.',
  'A survey by the transport authority last year found that one in five night-shift workers in the area had turned down a job because there was no late service.'
]

/** Vietnamese article prose, distinct paragraphs. */
export const PROSE_VI = [
  'Sáng 14/3, Ủy ban nhân dân thành phố tổ chức hội nghị triển khai kế hoạch cải tạo hệ thống thoát nước tại các quận nội thành trước mùa mưa năm nay.',
  'Theo báo cáo của Sở Xây dựng, thành phố hiện có hơn 30 điểm thường xuyên ngập khi mưa lớn, chủ yếu tập trung ở khu vực phía nam và các tuyến đường ven kênh.',
  'Đại diện Sở Tài chính cho biết tổng vốn cho chương trình trong năm nay dự kiến khoảng 1.200 tỷ đồng, được bố trí từ ngân sách thành phố và vốn vay ưu đãi.',
  'Người dân sống dọc các tuyến kênh bày tỏ mong muốn dự án sớm được triển khai để giảm tình trạng ngập úng kéo dài nhiều giờ sau mỗi trận mưa.'
]

/**
 * A page laid out as innerText gives it: each entry a block (a string, or lines glued in one
 * block), blocks separated by a blank line.
 */
export function blocks(...parts: Array<string | string[]>): string {
  return parts.map((part) => (Array.isArray(part) ? part.join('\n') : part)).join('\n\n')
}

/** A plausible article: title, lead and body paragraphs, with optional chrome around it. */
export function article(options: {head?: Array<string | string[]>; title?: string; afterTitle?: Array<string | string[]>; body?: Array<string | string[]>; tail?: Array<string | string[]>} = {}): string {
  const [lead, ...paragraphs] = PROSE
  return blocks(
    ...(options.head ?? []),
    options.title ?? 'Council extends night buses to three suburbs',
    ...(options.afterTitle ?? []),
    lead!,
    ...(options.body ?? paragraphs),
    ...(options.tail ?? [])
  )
}
