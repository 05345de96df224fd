/**
 * Normalization for matching. The output never carries these forms: it carries the input's
 * own lines, trimmed. They exist so that the same line typed twice (NFC and NFD, a no-break
 * space, a curly quote) compares equal.
 */

import {isWordCharAt, WORD_CHAR} from './chars.js'

// Zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// Every Unicode space separator, tab and the odd control whitespace, as one class.
// \s covers the no-break and the other Unicode spaces; zero-width characters are INVISIBLE.
const SPACES = /\s+/g

// What a line needs beyond lower-casing, found in one scan of its char codes (a regular
// expression with a large character class costs ten times as much on accented text).
const NFC = 1 // a character NFC may change: the line may be decomposed
const FOLD = 2 // invisible characters, odd or doubled whitespace, a space at an edge
const KEY = 4 // quotes, dashes, an ellipsis or a dotted capital I for the matching key
const WORD = 8 // a letter or a digit (not a flag: counted into words)
const SURROGATE = 16 // half of a character beyond the Basic Multilingual Plane (not a flag)
const FLAGS = NFC | FOLD | KEY

/**
 * What each character of the Basic Multilingual Plane asks of a line, looked up in one load.
 * NFC leaves a string alone when none of its characters is a combining mark, a Hangul jamo, a
 * character that NFC replaces (Ω, Å, the CJK compatibility ideographs) or beyond the plane
 * (Unicode's quick check): precomposed text, accented or not, is not normalized again.
 */
const CHAR_NEEDS = (() => {
  const table = new Uint8Array(0x10000)
  const set = (code: number, need: number) => (table[code] = table[code]! | need)
  for (let code = 0; code < 0x10000; code++) if (WORD_CHAR[code] === 1) set(code, WORD)
  for (let code = 0; code < 0x20; code++) set(code, FOLD)
  set(0x7f, FOLD)
  for (let code = 0x1100; code < 0x1200; code++) set(code, NFC)
  for (let code = 0xd800; code < 0xe000; code++) set(code, NFC)
  for (let code = 0xd800; code < 0xdc00; code++) set(code, SURROGATE)
  // The plane as one string (surrogates as spaces), searched for marks with one expression, and
  // normalized 256 characters at a time: a block that NFC changes is tested one character at a time.
  const codes = new Uint16Array(0x10000)
  for (let code = 0; code < 0x10000; code++) codes[code] = code >= 0xd800 && code < 0xe000 ? 0x20 : code
  let plane = ''
  for (let start = 0; start < 0x10000; start += 0x1000) plane += String.fromCharCode(...codes.subarray(start, start + 0x1000))
  for (const match of plane.matchAll(/\p{M}/gu)) set(match.index, NFC)
  for (let block = 0x80; block < 0x10000; block += 0x100) {
    const chars = plane.slice(block, block + 0x100)
    if (chars.normalize('NFC') === chars) continue
    for (let code = block; code < block + 0x100; code++) if (plane[code]!.normalize('NFC') !== plane[code]) set(code, NFC)
  }
  for (const code of [0xa0, 0xad, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff]) set(code, FOLD)
  for (let code = 0x2000; code <= 0x200d; code++) set(code, FOLD)
  for (const code of [0xab, 0xbb, 0x130, 0x307, 0x2026, 0x2032, 0x2033, 0x2212]) set(code, KEY)
  for (let code = 0x2012; code <= 0x2015; code++) set(code, KEY)
  for (let code = 0x2018; code <= 0x201f; code++) set(code, KEY)
  return table
})()

// Words (runs between single spaces) of the line `needs` last read, those with a letter or a
// digit, and whether it had a character beyond ASCII: valid when it needs no folding.
let wordsRead = 0
let letterWordsRead = 0
let nonAsciiRead = false

function needs(value: string): number {
  return needsIn(value, 0, value.length)
}

/**
 * `needs` over `text` from `from` to `to`: buildPage reads each line in the page itself, one
 * flat string, rather than through the slice made of it (reading a slice goes through its parent).
 */
function needsIn(text: string, from: number, to: number): number {
  const length = to - from
  let flags = 0
  let spaces = 0
  let letterWords = 0
  let codes = 0 // every code or-ed: 0x80 or more when one is beyond ASCII
  let lettered = false // the current word has a letter or a digit
  let previous = 0x20 // a space at the start needs folding
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    const bits = CHAR_NEEDS[code]!
    flags |= bits
    codes |= code
    if (code === 0x20) {
      spaces++
      if (previous === 0x20) flags |= FOLD
      lettered = false
      previous = code
      continue
    }
    // Only until the word has its letter: the rest of the word needs no test.
    if (!lettered && (bits & (WORD | SURROGATE)) !== 0 && ((bits & WORD) !== 0 || isWordCharAt(text, i))) {
      lettered = true
      letterWords++
    }
    previous = code
  }
  if (previous === 0x20 && length > 0) flags |= FOLD
  // Without folding there is no space at an edge and none doubled: the words are the spaces and one.
  wordsRead = length === 0 ? 0 : spaces + 1
  letterWordsRead = letterWords
  nonAsciiRead = codes >= 0x80
  return flags & FLAGS
}

/** NFC, invisible characters removed, whitespace folded to single spaces, trimmed. Case kept. */
export function fold(value: string): string {
  return foldWith(value, needs(value))
}

function foldWith(value: string, flags: number): string {
  const nfc = flags & NFC ? value.normalize('NFC') : value
  return flags & FOLD ? nfc.replace(INVISIBLE, '').replace(SPACES, ' ').trim() : nfc
}

/**
 * A line's folded text and matching key at once: what buildPage needs, in one scan for most
 * lines. The same scan counts the words (all, and those with a letter or a digit) and sees
 * non-ASCII characters; the counts are -1 where folding changed the text (count them in
 * `norm`), and `folded` says whether it did (otherwise `norm` is the line as given). `page`
 * and `from`: the string the line was sliced from, and where, to read the line there.
 */
export function foldAndKey(value: string, page = value, from = 0): {norm: string; key: string; words: number; letterWords: number; nonAscii: boolean; folded: boolean} {
  const flags = needsIn(page, from, from + value.length)
  const norm = foldWith(value, flags)
  const key = flags & KEY ? keyOf(norm) : norm.toLowerCase()
  return flags & FOLD
    ? {norm, key, words: -1, letterWords: -1, nonAscii: false, folded: true}
    : {norm, key, words: wordsRead, letterWords: letterWordsRead, nonAscii: nonAsciiRead, folded: false}
}

/** The matching key of a folded line: lower case, quotes and dashes folded, an ellipsis as three dots. */
export function matchKey(folded: string): string {
  return needs(folded) & KEY ? keyOf(folded) : folded.toLowerCase()
}

function keyOf(folded: string): string {
  const lower = folded.toLowerCase()
  let key = ''
  let from = 0
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if ((CHAR_NEEDS[code]! & KEY) === 0) continue
    const swap = keyChar(code, lower, i)
    if (swap === undefined) continue
    key += lower.slice(from, i) + swap
    from = i + 1
  }
  return from === 0 ? lower : key + lower.slice(from)
}

/**
 * What a character becomes in the matching key: quotes and dashes folded, an ellipsis as three
 * dots, and the combining dot that lower-casing a capital dotted İ leaves after its i dropped
 * ("İLGİLİ" must match "İlgili"); undefined to keep it.
 */
function keyChar(code: number, text: string, i: number): string | undefined {
  if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032) return "'"
  if ((code >= 0x201c && code <= 0x201f) || code === 0x2033 || code === 0xab || code === 0xbb) return '"'
  if ((code >= 0x2012 && code <= 0x2015) || code === 0x2212) return '-'
  if (code === 0x2026) return '...'
  if (code === 0x307 && i > 0 && text.charCodeAt(i - 1) === 0x69) return ''
  return undefined
}

/** Trims a line for output: ordinary and no-break whitespace and invisible characters at either end. */
export function trimLine(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && isTrimmable(value.charCodeAt(start))) start++
  while (end > start && isTrimmable(value.charCodeAt(end - 1))) end--
  return start === 0 && end === value.length ? value : value.slice(start, end)
}

function isTrimmable(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x2060 || code === 0x3000 || code === 0xfeff || code === 0xad
  )
}

/** Folds a phrase for lexicon lookups the same way lines are folded. */
export function phraseKey(phrase: string): string {
  return matchKey(fold(phrase))
}

/** Strips the marks of Latin letters (`Thời tiết` → `thoi tiet`) for slug comparisons. */
export function deaccent(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
}
