import {expect, it} from 'vitest'
import {article, blocks, decide, page, PROSE, PROSE_VI} from '../helpers.js'

it('takes a credited byline above the article', () => {
  const {of, result} = decide(article({afterTitle: ['By Maria Santos and Daniel Cruz']}))
  expect(of('By Maria Santos and Daniel Cruz')).toMatchObject({label: 'byline', rule: 'byline'})
  expect(result.metadata.authors).toEqual(['Maria Santos', 'Daniel Cruz'])
})

it('takes a bare name right after the article, with its role', () => {
  const input = blocks('Hà Nội cải tạo hệ thống thoát nước trước mùa mưa', ...PROSE_VI, 'Lan Anh (tổng hợp)', 'Tin liên quan', 'Giá xăng giảm lần thứ ba liên tiếp')
  const {of, result} = decide(input)
  expect(of('Lan Anh (tổng hợp)')).toMatchObject({label: 'byline'})
  expect(result.metadata.authors).toEqual(['Lan Anh'])
})

it('does not take a tag list after the article for authors', () => {
  const {result} = decide(article({tail: [['Suggested Topics:', 'Asia Pacific', 'Climate Change']]}))
  expect(result.metadata.authors).toEqual([])
})

it('reads a byline whose prefix the page glued to the name, and takes no role for a second author', () => {
  const {of, result} = decide(article({afterTitle: [['ByTom Baker', 'Senior Reporter', '13:42, 9 Jun 2025']]}))
  expect(of('ByTom Baker')).toMatchObject({label: 'byline', rule: 'byline'})
  expect(result.metadata.authors).toEqual(['Tom Baker'])
})

it('reads the publication date from a byline that carries it', () => {
  const {of, result} = decide(article({afterTitle: ['Autor: Petr Novák | 12. března 2025 8:15']}))
  expect(of('Autor: Petr Novák | 12. března 2025 8:15').label).toBe('byline')
  expect(result.metadata.authors).toEqual(['Petr Novák'])
  expect(result.metadata.published).toBe('2025-03-12T08:15:00')
})

it('reads a byline and a date set apart by a middle dot, the date written year first', () => {
  const line = 'Autors: Ilze Bērziņa · 2025. gada 3. aprīlī 11:47'
  const {of, result} = decide(article({afterTitle: [line]}))
  expect(of(line).label).toBe('byline')
  expect(result.metadata.authors).toEqual(['Ilze Bērziņa'])
  expect(result.metadata.published).toBe('2025-04-03T11:47:00')
})

it('reads a name after a short lower-case word only where a byline stands', () => {
  // Between the lead (the helper's first paragraph) and the text.
  const {of, result} = decide(article({body: [['de Andrei Popescu', 'Publicat: 12.03.2025, 11:40'], ...PROSE.slice(1)]}))
  expect(of('de Andrei Popescu')).toMatchObject({label: 'byline', rule: 'byline'})
  expect(result.metadata.authors).toEqual(['Andrei Popescu'])
  // In the text, the same shape is no byline.
  const line = 'de Andrei Popescu'
  expect(decide(article({body: [PROSE[1]!, line, PROSE[2]!]})).of(line).label).not.toBe('byline')
})

it('stops the names of a credited byline at a role', () => {
  const {result} = decide(article({afterTitle: ['By Sarah Collins, Crime Reporter']}))
  expect(result.metadata.authors).toEqual(['Sarah Collins'])
})

it("reads the reporter's town after a full name as no author, and a block of tags after the article as no byline", () => {
  const {of, result} = decide(article({
    afterTitle: [['By Aditya Kulkarni, Mumbai', 'Updated on: Mar 14, 2025 09:12 PM IST']],
    tail: [['Mumbai Metro', 'MMRDA', 'Mumbai Traffic', 'SV Road'], 'Copyright \u00A9 2025 Chronicle Media Limited. All Rights Reserved.']
  }))
  expect(result.metadata.authors).toEqual(['Aditya Kulkarni'])
  // India's clock: IST is +05:30.
  expect(result.metadata.published).toBe('2025-03-14T21:12:00+05:30')
  expect(of('Mumbai Metro').label).not.toBe('byline')
  expect(of('Mumbai Traffic').label).not.toBe('byline')
})

it('reads the author and the date printed in brackets after the text', () => {
  const {of, result} = decide(article({tail: ['(Katharina Pichler, 28.1.2025)', 'Most read', 'Harbour crane contract goes to local firm']}))
  expect(of('(Katharina Pichler, 28.1.2025)')).toMatchObject({label: 'byline', rule: 'byline'})
  expect(result.metadata.authors).toEqual(['Katharina Pichler'])
  expect(result.metadata.published).toMatch(/^2025-01-28/)
})

it('takes no answer of a reactions box after the article for an author', () => {
  const box = ['Bạn thấy bài viết thế nào?', 'Hữu ích', 'Thú vị', 'Buồn', 'Phẫn nộ']
  const {result} = decide(blocks(...PROSE_VI, 'Ngọc Tân - Hồng Nhung', box, 'Đọc nhiều', 'Giá vàng hôm nay tăng mạnh'))
  expect(result.metadata.authors).toEqual(['Ngọc Tân', 'Hồng Nhung'])
})

it('reads the author after the article on a page without blank lines, past a question subheading', () => {
  const input = page('Council extends night buses to three suburbs', PROSE[0]!, PROSE[1]!, 'What happens next?', PROSE[2]!, PROSE[3]!, 'John Smith', 'Most read', 'Harbour crane contract goes to local firm')
  expect(decide(input).result.metadata.authors).toEqual(['John Smith'])
})
