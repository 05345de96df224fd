/**
 * Properties that hold for any input, checked with fast-check over arbitrary strings, arbitrary
 * bytes and generated page-like inputs. Run counts are stated per property (RUNS below); a
 * failure prints the seed and the shrunk counterexample, so it can be replayed.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, DechromeError, type CleanResult} from '../src/index.js'
import {PROSE, PROSE_VI} from './helpers.js'

/**
 * Runs per property: arbitrary inputs are cheap, page-like ones clean a whole page each.
 * PROPERTY_RUNS_SCALE=20 npm test runs twenty times as many, for a longer hunt.
 */
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1)
const RUNS = {arbitrary: 1000 * SCALE, bytes: 1000 * SCALE, pages: 300 * SCALE}

/**
 * The plain test run uses a fixed seed, so that CI is reproducible; a hunt (PROPERTY_RUNS_SCALE)
 * draws a fresh seed each time unless PROPERTY_SEED names one (to replay a failure).
 */
const SEED = process.env.PROPERTY_SEED ?? (process.env.PROPERTY_RUNS_SCALE === undefined ? '20261124' : undefined)
if (SEED !== undefined) fc.configureGlobal({seed: Number(SEED)})

/** The input's lines as dechrome counts them: LF, CRLF or CR; a final terminator opens no line. */
function inputLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body === '') return []
  const lines = body.split(/\r\n|\r|\n/)
  if (/[\r\n]$/.test(body)) lines.pop()
  return lines
}

/** The contract every result keeps: one decision per line, and text made of input lines in order. */
function expectWellFormed(input: string, result: CleanResult): void {
  const lines = inputLines(input)
  expect(result.lines.map((decision) => decision.line)).toEqual(lines.map((_, index) => index + 1))
  for (const decision of result.lines) {
    expect(decision.rule).not.toBe('')
    expect(decision.reason).not.toBe('')
  }
  const content = result.lines.filter((decision) => ['lead', 'body', 'heading'].includes(decision.label))
  const kept = result.text === '' ? [] : result.text.split('\n\n')
  expect(kept.length).toBe(content.length)
  // Each paragraph is its input line, with no more than spaces and invisibles trimmed off its ends.
  kept.forEach((text, index) => {
    const line = lines[content[index]!.line - 1]!
    const at = line.indexOf(text)
    expect(text).not.toBe('')
    expect(at).toBeGreaterThanOrEqual(0)
    expect(line.slice(0, at) + line.slice(at + text.length)).toMatch(TRIMMED)
  })
}

/** What trimming may take off a line's ends: whitespace, invisible spaces and joiners, soft hyphens. */
const TRIMMED = /^[\s\u200b-\u200d\u2060\u00ad]*$/u

const decisionsOf = (result: CleanResult) => result.lines.map(({label, rule}) => `${label}/${rule}`)

// ---- Page-like inputs ----

const HEADLINES = [
  'Council extends night buses to three suburbs',
  'Port strike enters its third week as talks stall',
  'Storm warning issued for the northern coast',
  'Thủ tướng chủ trì hội nghị về phát triển kinh tế số',
  'Giá vàng hôm nay tăng mạnh sau phiên giảm sâu',
  'Sân bay Long Thành dự kiến khai thác cuối năm'
]
const CHROME = [
  'Home > World > Europe',
  'Trang chủ / Thời sự',
  'Tin bài liên quan',
  'Đọc nhiều',
  'Most read',
  'Related',
  'Share',
  'A A A',
  'Video',
  'Hà Nội 28°C',
  '© 2024 Example Media Company. All rights reserved.',
  'Email: newsroom@example.com - Phone: 024 3825 1234',
  'Ảnh: Quang Vinh',
  'By Jane Smith',
  '14/03/2024 08:30 GMT+7',
  'photo-2024-03-14-storm.jpg'
]
const PARAGRAPHS = [...PROSE, ...PROSE_VI]

const pageLine = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...PARAGRAPHS)},
  {weight: 2, arbitrary: fc.constantFrom(...HEADLINES)},
  {weight: 2, arbitrary: fc.constantFrom(...CHROME)},
  {weight: 3, arbitrary: fc.constant('')}
)
/** Lines of every kind in random order: no layout at all. */
const shuffledPage = fc.array(pageLine, {minLength: 0, maxLength: 40}).map((lines) => lines.join('\n'))

/**
 * A page laid out as portals do: chrome, the title, furniture, the lead, paragraphs with
 * subheadings, captions and inline boxes among them, then lists and a footer. Blocks are glued
 * or blank-separated at random, as different portals print them.
 */
const laidOutPage = fc
  .record({
    head: fc.subarray(['Home > World > Europe', 'Trang chủ / Thời sự', 'A A A', 'Video', 'Hà Nội 28°C']),
    title: fc.constantFrom(...HEADLINES),
    furniture: fc.subarray(['By Jane Smith', '14/03/2024 08:30 GMT+7', 'Share']),
    paragraphs: fc.shuffledSubarray(PARAGRAPHS, {minLength: 1}),
    insets: fc.array(
      fc.oneof(
        fc.constant(['photo-2024-03-14-storm.jpg', 'Residents wait for the night bus at the central station. Photo: Jane Smith']).map((lines) => [...lines]),
        fc.tuple(fc.constantFrom('Tin bài liên quan', 'Related'), fc.constantFrom(...HEADLINES)).map((lines) => [...lines]),
        fc.constantFrom(...HEADLINES).map((heading) => [heading])
      ),
      {maxLength: 3}
    ),
    tail: fc.subarray(['Most read', ...HEADLINES, 'Đọc nhiều', '© 2024 Example Media Company. All rights reserved.', 'Email: newsroom@example.com - Phone: 024 3825 1234']),
    glued: fc.boolean()
  })
  .chain((page) =>
    fc.array(fc.nat(page.paragraphs.length), {minLength: page.insets.length, maxLength: page.insets.length}).map((places) => {
      const body: string[][] = page.paragraphs.map((paragraph) => [paragraph])
      places.forEach((place, k) => body.splice(Math.min(place, body.length), 0, page.insets[k]!))
      const blocks = [page.head, [page.title], page.furniture, ...body, page.tail].filter((block) => block.length > 0)
      return blocks.map((block) => block.join(page.glued ? '\n' : '\n\n')).join('\n\n')
    })
  )

const pageText = fc.oneof(shuffledPage, laidOutPage)

/** A page and its variants in other normalizations: NFD, CRLF, a BOM, no-break spaces. */
const pageVariants = fc.tuple(pageText, fc.constantFrom('NFC', 'NFD'), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())

describe('any string', () => {
  it(`never throws, and every line gets one decision (${RUNS.arbitrary} runs)`, () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 400}), (input) => {
        expectWellFormed(input, clean(input))
      }),
      {numRuns: RUNS.arbitrary}
    )
  })

  it(`of lines mixing scripts, marks and invisibles keeps the contract (${RUNS.arbitrary} runs)`, () => {
    const unit = fc.constantFrom('a', 'Z', 'ễ', 'e\u0301', 'я', 'Ω', '中', '٣', ' ', '\u00a0', '\u200b', '\ufeff', '\t', '.', ':', '(', ')', '©', '>', '|', '\n', '\r\n', '\r', '\n\n')
    fc.assert(
      fc.property(fc.string({unit, maxLength: 300}), (input) => {
        expectWellFormed(input, clean(input))
      }),
      {numRuns: RUNS.arbitrary}
    )
  })
})

describe('any bytes', () => {
  it(`decode strictly to a result or an INVALID_UTF8 error with the offset (${RUNS.bytes} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
        let text: string | undefined
        try {
          text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
        } catch {
          text = undefined
        }
        if (text === undefined) {
          let error: unknown
          try {
            clean(bytes)
          } catch (caught) {
            error = caught
          }
          expect(error).toBeInstanceOf(DechromeError)
          expect((error as DechromeError).code).toBe('INVALID_UTF8')
          expect((error as DechromeError).offset).toBeTypeOf('number')
        } else {
          expectWellFormed(text, clean(bytes))
        }
      }),
      {numRuns: RUNS.bytes}
    )
  })

  it(`decode with replacement characters when asked, never throwing (${RUNS.bytes} runs)`, () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 300}), (bytes) => {
        const result = clean(bytes, {invalidUtf8: 'replace'})
        expectWellFormed(new TextDecoder('utf-8').decode(bytes), result)
      }),
      {numRuns: RUNS.bytes}
    )
  })
})

describe('page-like inputs', () => {
  it(`keep the contract and are deterministic (${RUNS.pages} runs)`, () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const first = clean(input)
        expectWellFormed(input, first)
        expect(clean(input)).toEqual(first)
      }),
      {numRuns: RUNS.pages}
    )
  })

  it(`give the same decisions in NFC or NFD, LF or CRLF, with or without a BOM (${RUNS.pages} runs)`, () => {
    fc.assert(
      fc.property(pageVariants, ([input, form, newline, bom, trailing]) => {
        // A final terminator opens no line, so it is added only where the last line is not empty.
        const last = trailing && input !== '' && !input.endsWith('\n') ? newline : ''
        const variant = (bom ? '\ufeff' : '') + input.normalize(form).split('\n').join(newline) + last
        const expected = clean(input)
        const result = clean(variant)
        expectWellFormed(variant, result)
        expect(decisionsOf(result)).toEqual(decisionsOf(expected))
        expect(result.text.normalize('NFC')).toBe(expected.text)
      }),
      {numRuns: RUNS.pages}
    )
  })

  it(`cleaned once, clean again to the same text (${RUNS.pages} runs)`, () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const once = clean(input)
        const twice = clean(once.text)
        expect(twice.text).toBe(once.text)
      }),
      {numRuns: RUNS.pages}
    )
  })
})
