import {phraseKey} from '../parse/normalize.js'

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Whether each character of the Basic Multilingual Plane is a letter or a digit, looked up
 * instead of tested: a Unicode regular expression costs several nanoseconds a character and
 * every line of a page is tokenised. Built once when the module loads, never changed.
 */
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000)
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    if (LETTER_OR_DIGIT.test(String.fromCharCode(code))) table[code] = 1
  }
  return table
})()

/** Whether the character at `i` is part of a word (a letter or a digit of any script). */
export function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdfff) return WORD_CHAR[code] === 1
  // A surrogate pair: a letter beyond the Basic Multilingual Plane (rare in news text).
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code))
}

/** Splits folded, lower-cased text into word tokens (letters and digits of any script). */
export function tokens(key: string): string[] {
  const words: string[] = []
  let start = -1
  for (let i = 0; i < key.length; ) {
    const code = key.charCodeAt(i)
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < key.length
    if (pair ? isWordCharAt(key, i) : WORD_CHAR[code] === 1) {
      if (start < 0) start = i
    } else if (start >= 0) {
      words.push(key.slice(start, i))
      start = -1
    }
    i += pair ? 2 : 1
  }
  if (start >= 0) words.push(key.slice(start))
  return words
}

/**
 * A set of phrases matched by whole words: `findIn` looks for any phrase as a run of tokens,
 * `prefixOf` for a phrase the tokens start with. Phrases are indexed by their first word, so a
 * token that starts no phrase costs one map lookup: linear in the line's length, with no
 * regular expression built from the data.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, {longest: number; phrases: Set<string>}>()
  private count = 0
  /** Set when the set joins a LexiconIndex: its place in the index's scans. */
  index: LexiconIndex | undefined
  id = -1

  constructor(list: Iterable<string>) {
    for (const phrase of list) {
      const words = tokens(phraseKey(phrase))
      if (words.length === 0) continue
      let entry = this.byFirst.get(words[0]!)
      if (entry === undefined) {
        entry = {longest: 0, phrases: new Set()}
        this.byFirst.set(words[0]!, entry)
      }
      const joined = words.join(' ')
      if (!entry.phrases.has(joined)) this.count++
      entry.phrases.add(joined)
      entry.longest = Math.max(entry.longest, words.length)
    }
  }

  get size(): number {
    return this.count
  }

  /** The longest phrase starting at `from`, in words, or 0 (for the index's scan). */
  longestAt(words: readonly string[], from: number): number {
    return this.prefixOf(words, from)
  }

  /** Entries for the index: first word → this set's longest phrase from that word. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys()
  }

  /** The first phrase of the set in a line's words (via the line's one scan when indexed). */
  inLine(words: readonly string[], scan?: Scan): string | undefined {
    if (scan === undefined) return this.findIn(words)
    for (const [set, start, length] of scan) if (set === this.id) return words.slice(start, start + length).join(' ')
    return undefined
  }

  /** The set's phrases in a line, longest at each place, not overlapping (via the line's scan when indexed). */
  allInLine(words: readonly string[], scan?: Scan): string[] {
    if (scan === undefined) return this.findAll(words)
    const found: string[] = []
    let next = 0
    for (const [set, start, length] of scan) {
      if (set !== this.id || start < next) continue
      const phrase = words.slice(start, start + length).join(' ')
      if (!found.includes(phrase)) found.push(phrase)
      next = start + length
    }
    return found
  }

  /** Words of the set's phrase that starts the line (via the line's scan when indexed). */
  startOfLine(words: readonly string[], scan?: Scan): number {
    if (scan === undefined) return this.prefixOf(words)
    for (const [set, start, length] of scan) {
      if (start > 0) break
      if (set === this.id) return length
    }
    return 0
  }

  /** Whether some phrase of the set starts with this word. */
  startsWith(word: string): boolean {
    return this.byFirst.has(word)
  }

  /** Whether the phrase (words joined by single spaces) is in the set. */
  has(phrase: string): boolean {
    const space = phrase.indexOf(' ')
    return this.byFirst.get(space < 0 ? phrase : phrase.slice(0, space))?.phrases.has(phrase) ?? false
  }

  /** The first phrase found anywhere in the tokens, or undefined. */
  findIn(words: readonly string[]): string | undefined {
    for (let i = 0; i < words.length; i++) {
      const length = this.prefixOf(words, i)
      if (length > 0) return length === 1 ? words[i] : words.slice(i, i + length).join(' ')
    }
    return undefined
  }

  /** The distinct phrases found in the tokens, taking the longest phrase at each position and not overlapping. */
  findAll(words: readonly string[]): string[] {
    const found: string[] = []
    for (let i = 0; i < words.length; i++) {
      const length = this.prefixOf(words, i)
      if (length === 0) continue
      const phrase = words.slice(i, i + length).join(' ')
      if (!found.includes(phrase)) found.push(phrase)
      i += length - 1
    }
    return found
  }

  /** The number of tokens from `from` on that form the longest phrase of the set, or 0. */
  prefixOf(words: readonly string[], from = 0): number {
    const entry = this.byFirst.get(words[from]!)
    if (entry === undefined) return 0
    let joined = ''
    let best = 0
    for (let n = 0; n < entry.longest && from + n < words.length; n++) {
      joined = n === 0 ? words[from]! : `${joined} ${words[from + n]}`
      if (entry.phrases.has(joined)) best = n + 1
    }
    return best
  }
}

/** One match of a line's scan: the set's id, the first word and the length in words. In word order. */
export type Scan = Array<[set: number, start: number, length: number]>

/**
 * All phrase sets of a vocabulary under one index of first words: a line is scanned once, one
 * map lookup a word, and every set's matches are read off that scan. Detectors ask many sets
 * about the same lines; this keeps the cost one pass over the words.
 */
export class LexiconIndex {
  private readonly sets: PhraseSet[] = []
  private readonly byFirst = new Map<string, PhraseSet[]>()

  add(set: PhraseSet): void {
    set.id = this.sets.length
    set.index = this
    this.sets.push(set)
    for (const word of set.firstWords()) {
      const sets = this.byFirst.get(word)
      if (sets === undefined) this.byFirst.set(word, [set])
      else sets.push(set)
    }
  }

  scan(words: readonly string[]): Scan {
    const matches: Scan = []
    for (let i = 0; i < words.length; i++) {
      const sets = this.byFirst.get(words[i]!)
      if (sets === undefined) continue
      for (const set of sets) {
        const length = set.longestAt(words, i)
        if (length > 0) matches.push([set.id, i, length])
      }
    }
    return matches
  }
}

const WORD = /[\p{L}\p{N}]+/gu

/** The text after its first `count` word tokens (as `tokens` counts them), trimmed of separators. */
export function afterTokens(text: string, count: number): string {
  if (count === 0) return text
  const word = new RegExp(WORD.source, WORD.flags)
  let seen = 0
  let match: RegExpExecArray | null
  while ((match = word.exec(text)) !== null) {
    if (++seen === count) return text.slice(match.index + match[0].length).replace(/^[\s:|\-\u2013\u2014,.]+/u, '')
  }
  return ''
}
