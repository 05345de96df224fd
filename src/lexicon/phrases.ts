import {phraseKey} from '../parse/normalize.js'
import {isWordCharAt, WORD_CHAR} from '../parse/chars.js'

export {isWordCharAt}

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

/** The first word token of folded, lower-cased text (as `tokens` would split it), without splitting the rest. */
export function firstToken(key: string): string {
  let start = 0
  while (start < key.length && !isWordCharAt(key, start)) start++
  let end = start
  while (end < key.length && isWordCharAt(key, end)) end++
  return key.slice(start, end)
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

  /** The set's phrases, words joined by single spaces (for the index). */
  *phrases(): IterableIterator<string> {
    for (const entry of this.byFirst.values()) yield* entry.phrases
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
 * A node of the index's word trie, keyed by the word's hash: the word itself (a hash may be
 * shared: `other` chains the words that collide), the words that may follow, and the sets
 * whose phrase ends here.
 */
interface TrieNode {
  word: string
  other: TrieNode | undefined
  next: Map<number, TrieNode> | undefined
  ends: number[] | undefined
}

// Hashes kept to 30 bits stay small integers in V8: map lookups with them allocate nothing.
const SMI_MASK = 0x3fffffff
const FNV_OFFSET = 0x811c9dc5 | 0
const FNV_PRIME = 0x01000193

/** FNV-1a over a word's UTF-16 code units, to 30 bits: the trie's key. */
function hashWord(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME)
  return hash & SMI_MASK
}

// Word boundaries of the line being scanned, reused from line to line (grown when needed).
let starts = new Int32Array(256)
let ends = new Int32Array(256)
let hashes = new Int32Array(256)

/**
 * All phrase sets of a vocabulary in one trie of words: a line is scanned once and every set's
 * matches are read off that scan. The scan reads the line's key itself: it finds the words,
 * hashes them and looks each up by its hash, so a word that starts no phrase costs no string
 * and one numeric map lookup. Detectors ask many sets about the same lines; this keeps the
 * cost one pass over the characters.
 */
export class LexiconIndex {
  private readonly root = new Map<number, TrieNode>()
  // One bit per value of a hash's low 16 bits, set for the words that start a phrase: most words
  // of a line start none, and the bit says so before any map lookup.
  private readonly starters = new Uint8Array(1 << 16)
  private count = 0

  add(set: PhraseSet): void {
    set.id = this.count++
    set.index = this
    for (const phrase of set.phrases()) {
      let level = this.root
      let node: TrieNode | undefined
      const first = phrase.split(' ', 1)[0]!
      this.starters[hashWord(first, 0, first.length) & 0xffff] = 1
      for (const word of phrase.split(' ')) {
        node = child(level, word)
        level = node.next ??= new Map()
      }
      const sets = (node!.ends ??= [])
      if (!sets.includes(set.id)) sets.push(set.id)
    }
  }

  /** Every set's longest phrase at each word of a folded, lower-cased line, in word order. Words as `tokens` splits them. */
  scan(key: string): Scan {
    const count = this.words(key)
    const matches: Scan = []
    const starters = this.starters
    for (let i = 0; i < count; i++) {
      if (starters[hashes[i]! & 0xffff] === 0) continue
      let node = find(this.root, key, i)
      if (node === undefined) continue
      // Walk as deep as the words go; a set's later (longer) match at this start replaces its shorter one.
      const first = matches.length
      for (let j = i; node !== undefined; ) {
        if (node.ends !== undefined) {
          for (const id of node.ends) {
            let k = first
            while (k < matches.length && matches[k]![0] !== id) k++
            if (k < matches.length) matches[k]![2] = j - i + 1
            else matches.push([id, i, j - i + 1])
          }
        }
        if (++j >= count || node.next === undefined) break
        node = find(node.next, key, j)
      }
    }
    return matches
  }

  /** Finds the words of `key` into the boundary buffers; returns how many. */
  private words(key: string): number {
    if (key.length >= starts.length) grow(key.length + 1)
    // Locals, not the module's bindings, in the hot loop; a line has fewer words than characters.
    const wordStarts = starts
    const wordEnds = ends
    const wordHashes = hashes
    const length = key.length
    let count = 0
    let start = -1
    let hash = 0
    for (let i = 0; i < length; i++) {
      const code = key.charCodeAt(i)
      if (WORD_CHAR[code] === 1) {
        if (start < 0) {
          start = i
          hash = FNV_OFFSET
        }
        hash = Math.imul(hash ^ code, FNV_PRIME)
      } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && isWordCharAt(key, i)) {
        // A letter beyond the Basic Multilingual Plane: both halves are part of the word.
        if (start < 0) {
          start = i
          hash = FNV_OFFSET
        }
        hash = Math.imul(Math.imul(hash ^ code, FNV_PRIME) ^ key.charCodeAt(++i), FNV_PRIME)
      } else if (start >= 0) {
        wordStarts[count] = start
        wordEnds[count] = i
        wordHashes[count] = hash & SMI_MASK
        count++
        start = -1
      }
    }
    if (start >= 0) {
      wordStarts[count] = start
      wordEnds[count] = length
      wordHashes[count] = hash & SMI_MASK
      count++
    }
    return count
  }

}

function grow(size: number): void {
  starts = new Int32Array(size)
  ends = new Int32Array(size)
  hashes = new Int32Array(size)
}

/** The node for a word at a trie level, made if missing. */
function child(level: Map<number, TrieNode>, word: string): TrieNode {
  const hash = hashWord(word, 0, word.length)
  let node = level.get(hash)
  for (let other = node; other !== undefined; other = other.other) if (other.word === word) return other
  const made: TrieNode = {word, other: node, next: undefined, ends: undefined}
  level.set(hash, made)
  return made
}

/** The node for the line's word `i` at a trie level: its hash, then the word's characters. */
function find(level: Map<number, TrieNode>, key: string, i: number): TrieNode | undefined {
  const start = starts[i]!
  const length = ends[i]! - start
  for (let node = level.get(hashes[i]!); node !== undefined; node = node.other) {
    if (node.word.length === length && key.startsWith(node.word, start)) return node
  }
  return undefined
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
