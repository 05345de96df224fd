/**
 * No regular expression, and no step of the pipeline, grows faster than its input. Each case
 * builds an input against a pattern's shape (runs of the characters its quantifiers take, and a
 * suffix that makes it fail) and compares the time for n and for 10n: linear work takes about
 * ten times as long, quadratic work a hundred. The bound is a ratio, never a wall-clock limit.
 */
import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {DEFAULT_VOCABULARY as vocabulary} from '../src/lexicon/index.js'
import {tokens} from '../src/lexicon/phrases.js'
import {fold, foldAndKey, matchKey} from '../src/parse/normalize.js'
import {shapeOf} from '../src/parse/shape.js'
import {buildPage} from '../src/parse/page.js'
import type {LineNode} from '../src/types.js'
import {creditOf, hasEmail, hasPhone, isMediaTagged, isSlug, isTemperature, readMoreOf} from '../src/parse/cues.js'
import {parseDate} from '../src/metadata/date.js'
import {parseByline} from '../src/metadata/byline.js'
import {leadSource, sourceOf} from '../src/metadata/source.js'
import {crumbsOf} from '../src/metadata/breadcrumb.js'

const MAX_RATIO = 30 // linear is about 10, quadratic about 100

/** Fastest of a few runs, in milliseconds, repeating the work until it is measurable. */
function time(run: () => void): number {
  let repeat = 1
  for (;;) {
    const start = performance.now()
    for (let i = 0; i < repeat; i++) run()
    if (performance.now() - start > 5 || repeat >= 1 << 16) break
    repeat *= 4
  }
  let best = Infinity
  for (let trial = 0; trial < 5; trial++) {
    const start = performance.now()
    for (let i = 0; i < repeat; i++) run()
    best = Math.min(best, (performance.now() - start) / repeat)
  }
  return best
}

/**
 * Time for 10n over time for n. Another process may steal the machine during one measurement;
 * the ratio is measured again, up to three times, while it looks super-linear. Super-linear
 * work fails every attempt; a disturbed linear one passes the next.
 */
function growth<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): number {
  const small = make(n)
  const large = make(n * 10)
  let ratio = Infinity
  for (let attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt++) {
    ratio = Math.min(ratio, time(() => run(large)) / time(() => run(small)))
  }
  return ratio
}

const line = (text: string) => buildPage(text).data.lines[0]!
/** Line cues are memoized on the line: forget them so that each timed call does the work. */
const uncached = (cue: (node: LineNode) => unknown) => (node: LineNode) => {
  node.cues = undefined
  return cue(node)
}

// Per pattern family: an adversarial input of size n, and the function that applies the patterns.
const cases: Array<[string, (n: number) => any, (input: any) => unknown]> = [
  ['fold: runs of odd spaces and invisibles', (n) => ' \u00A0\u200B\u2003'.repeat(n) + 'x', fold],
  ['matchKey: runs of quotes and dashes', (n) => '\u201C\u2014\u2026'.repeat(n) + 'x', (text) => matchKey(text)],
  ['foldAndKey: a long line of combining marks', (n) => 'i\u0307'.repeat(n), foldAndKey],
  ['tokens: letters, digits and astral letters', (n) => 'ab1 𝐁c, '.repeat(n), tokens],
  ['shape: sentence boundaries and spaces', (n) => 'a. '.repeat(n) + 'B', shapeOf],
  ['shape: questions without a stop', (n) => 'Why? '.repeat(n) + 'Now', shapeOf],
  ['credit: brackets and colons', (n) => line('('.repeat(n) + 'Photo: x' + ':'.repeat(n)), uncached((node) => creditOf(node, vocabulary))],
  ['credit: abbreviated labels', (n) => line('Ab. '.repeat(n) + 'Xyz. Ab'), uncached((node) => creditOf(node, vocabulary))],
  ['read-more: a long first word', (n) => line('x'.repeat(n) + ': y z'), uncached((node) => readMoreOf(node, vocabulary))],
  ['media tag: brackets', (n) => line('['.repeat(n) + 'Video'), uncached((node) => isMediaTagged(node, vocabulary))],
  ['slug: lower-case words that fail at the end', (n) => 'ab '.repeat(n) + 'C', isSlug],
  ['temperature: digits', (n) => '1'.repeat(n) + ' độ', isTemperature],
  ['e-mail: at signs', (n) => 'a@'.repeat(n), hasEmail],
  ['phone: digits and letters', (n) => '12 ab '.repeat(n), hasPhone],
  ['date: day-month-year shapes', (n) => '12 ab '.repeat(n) + '2024', (text) => parseDate(text, vocabulary)],
  ['date: year-month-day shapes', (n) => '2024. ab '.repeat(n) + '2024. ab', (text) => parseDate(text, vocabulary)],
  ['date: clock shapes', (n) => '1:1:'.repeat(n) + '12:30', (text) => parseDate(text, vocabulary)],
  ['date: a dotted time after a date', (n) => '14.1.2025' + ' '.repeat(n) + 'ab.'.repeat(n) + '7.4', (text) => parseDate(text, vocabulary)],
  ['byline: separators', (n) => 'By A, '.repeat(n) + 'b.', (text) => parseByline(text, vocabulary)],
  ['source: prefixes and stops', (n) => 'Theo ' + '. '.repeat(n) + 'x', (text) => sourceOf(text, vocabulary)],
  ['lead source: capitals and brackets', (n) => 'A'.repeat(n) + ' (' + 'b'.repeat(n), leadSource],
  ['lead source: a place and its state', (n) => 'A, Bb '.repeat(n) + '(', leadSource],
  ['lead source: a place and a two-word outlet', (n) => 'A, ' + 'BB '.repeat(n) + 'x', leadSource],
  ['lead source: a place, a date and a bracket', (n) => 'Aa, ' + '1 a '.repeat(n) + '(', leadSource],
  ['breadcrumb: separators', (n) => 'Home ' + '> '.repeat(n) + 'x', (text) => crumbsOf(text, vocabulary)]
]

describe('pattern growth (n against 10n)', () => {
  it.each(cases)('%s', (_name, make, run) => {
    expect(growth(make, run, 2000)).toBeLessThan(MAX_RATIO)
  })
})

describe('pipeline growth (n against 10n)', () => {
  const pages: Array<[string, (n: number) => string]> = [
    ['one long line', (n) => 'word '.repeat(n * 20)],
    ['many short lines', (n) => Array.from({length: n}, (_, i) => `Line ${i}`).join('\n')],
    ['identical lines', (n) => Array(n).fill('The same line of text, again and again.').join('\n')],
    ['lines alike at the start (near-duplicate candidates)', (n) => Array.from({length: n}, (_, i) => `Chủ tịch Hạ viện Belarus trả lời phỏng vấn về hợp tác số ${i} giữa hai nước trong năm tới.`).join('\n\n')],
    ['one block of headlines', (n) => Array.from({length: n}, (_, i) => `Headline number ${i} about the harbour and the city`).join('\n')],
    ['repeated headline pairs', (n) => Array.from({length: n}, (_, i) => `Story ${i} about the port\n\nStory ${i} about the port\n\nA teaser paragraph for story ${i} that reads like prose.`).join('\n')],
    ['section headings', (n) => Array.from({length: n}, () => 'Most read\nA headline of another story here').join('\n\n')],
    ['one long article, then many small clusters between list headings', (n) => {
      const article = Array.from({length: n}, (_, i) => `Paragraph ${i} of a long story that runs on, with words enough to read as prose.`).join('\n\n')
      const rest = Array.from({length: n}, (_, i) => `Most read\n\nA lone paragraph number ${i} that reads like prose and stands between two headings.`).join('\n\n')
      return `Headline of the story\n\n${article}\n\n${rest}`
    }],
    ['paragraphs printed again after the lead', (n) => {
      const paragraphs = Array.from({length: n}, (_, i) => `Paragraph ${i} of a story that runs on and on, with words enough to read as prose.`)
      return ['Headline of the story', paragraphs.join('\n'), 'The lead of the story, a sentence long enough to be prose on any page.', ...paragraphs].join('\n\n')
    }]
  ]
  it.each(pages)('%s', (_name, make) => {
    expect(growth(make, (page) => clean(page, {maxBytes: 1 << 30}), 500)).toBeLessThan(MAX_RATIO)
  })
})
