/**
 * dup: a repeat, in this page, of an earlier line: a doubled caption, the headline repeated as
 * an image's alt text, the lead printed twice. Exact repeats match on the folded key; near
 * repeats (a quote mark or a credit apart) are found by hashing each line's first and last
 * characters into buckets and comparing only lines that share one, so the cost stays linear.
 * Short lines may repeat in an article ("Q:", "A:"), so only lines of some length count. The
 * page's title bar above the headline (`<title> - Site name`) is a repeat of the title too.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {keySimilarity} from '../parse/similarity.js'
import {wordsOf} from '../parse/cues.js'
import {context, decide, isOpen, quote} from './decide.js'

const MIN_CHARS = 20 // shorter lines may repeat legitimately
const MIN_WORDS = 4
const MIN_NEAR_CHARS = 30 // near-duplicates are compared only between lines this long
const BUCKET_CHARS = 16 // characters of the key's head and tail that name its buckets
const BUCKET_SIZE = 4 // earlier lines kept per bucket: bounds the comparisons per line
const MIN_LENGTH_RATIO = 0.8
const MIN_WORD_OVERLAP = 0.8 // lines 90% alike in letter pairs share most of their words

const TITLE_BAR_SEPARATOR = /^ ?[-|\u2013\u2014:\u00B7\u2022] /u
const MAX_SITE_WORDS = 6

export default function dup(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    // The page's own title bar above the headline: the title again, a separator and the site's name.
    if (tree.data.title !== null) {
      const title = ctx.lines[tree.data.title]!
      for (let i = 0; i < title.index; i++) {
        const line = ctx.lines[i]!
        const rest = line.key.startsWith(title.key) ? line.key.slice(title.key.length) : ''
        if (isOpen(line) && TITLE_BAR_SEPARATOR.test(rest) && rest.split(' ').length - 2 <= MAX_SITE_WORDS) {
          decide(ctx, line, 'dup', 'dup', `repeats the title (line ${title.index + 1}) with the site's name after it`)
        }
      }
    }
    const first = new Map<string, LineNode>()
    const buckets = new Map<number, LineNode[]>()
    for (const line of ctx.lines) {
      if (line.blank) continue
      const long = line.shape.chars >= MIN_CHARS || line.shape.words >= MIN_WORDS
      const earlier = first.get(line.key)
      if (earlier === undefined) first.set(line.key, line)
      else if (long && isOpen(line)) {
        decide(ctx, line, 'dup', 'dup', `repeats line ${earlier.index + 1}`)
        continue
      }
      if (line.shape.chars < MIN_NEAR_CHARS) continue
      const key = line.key
      // The buckets of the key's head and tail: hashes, so no string is built per line.
      const keys = [hashChars(key, 0, BUCKET_CHARS) * 2, hashChars(key, key.length - BUCKET_CHARS, key.length) * 2 + 1]
      if (isOpen(line)) {
        const match = nearMatch(line, keys, buckets, settings.duplicateSimilarity)
        if (match !== undefined) {
          decide(ctx, line, 'dup', 'dup', `nearly repeats line ${match.index + 1} ${quote(match.text)}`)
          continue
        }
      }
      for (const key of keys) {
        const bucket = buckets.get(key)
        if (bucket === undefined) buckets.set(key, [line])
        else {
          bucket.push(line)
          if (bucket.length > BUCKET_SIZE) bucket.shift()
        }
      }
    }
  }
}

function nearMatch(line: LineNode, keys: readonly number[], buckets: ReadonlyMap<number, LineNode[]>, threshold: number): LineNode | undefined {
  for (const key of keys) {
    for (const other of buckets.get(key) ?? []) {
      const ratio = Math.min(line.key.length, other.key.length) / Math.max(line.key.length, other.key.length)
      if (ratio < MIN_LENGTH_RATIO || wordOverlap(line, other) < MIN_WORD_OVERLAP) continue
      if (keySimilarity(line.key, other.key) >= threshold) return other
    }
  }
  return undefined
}

/** A 29-bit hash of `text` from `start` to `end` (a small integer, as map keys go). */
function hashChars(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0
  for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash & 0x1fffffff
}

/**
 * Share of the shorter line's words found in the other: a cheap filter before the letter-pair
 * comparison, which costs tens of microseconds on two paragraphs that merely start alike.
 */
function wordOverlap(a: LineNode, b: LineNode): number {
  const [short, long] = a.shape.words <= b.shape.words ? [wordsOf(a), wordsOf(b)] : [wordsOf(b), wordsOf(a)]
  if (short.length === 0) return 0
  const pool = new Set(long)
  let shared = 0
  for (const word of short) if (pool.has(word)) shared++
  return shared / short.length
}
