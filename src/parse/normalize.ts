/**
 * Normalization for matching. The output never carries these forms: it carries the input's
 * own lines, trimmed. They exist so that the same line typed twice (NFC and NFD, a no-break
 * space, a curly quote) compares equal.
 */

// Zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// Every Unicode space separator, tab and the odd control whitespace, as one class.
// \s covers the no-break and the other Unicode spaces; zero-width characters are INVISIBLE.
const SPACES = /\s+/g
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const DASHES = /[\u2012-\u2015\u2212]/g
// Quotes, dashes, an ellipsis or a combining dot: what matchKey folds.
const NEEDS_KEY_FOLDING = /[\u2018-\u201F\u2032\u2033\u00AB\u00BB\u2012-\u2015\u2212\u2026]/
// Anything outside printable ASCII means the slow path (NFC, invisibles) is needed.
const NON_ASCII_OR_CONTROL = /[^\x20-\x7E]/

// Anything fold has to change besides NFC and plain spaces: invisibles and odd whitespace.
const ODD_SPACE = /[\u200B-\u200D\u2060\uFEFF\u00AD\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/** NFC, invisible characters removed, whitespace folded to single spaces, trimmed. Case kept. */
export function fold(value: string): string {
  if (value === '') return value
  const nonAscii = NON_ASCII_OR_CONTROL.test(value)
  const nfc = nonAscii ? value.normalize('NFC') : value
  // Most lines are clean already: native checks for spaces, one character class for the rest.
  const spaced = nfc.charCodeAt(0) === 32 || nfc.charCodeAt(nfc.length - 1) === 32 || nfc.includes('  ')
  return spaced || (nonAscii && ODD_SPACE.test(nfc)) ? nfc.replace(INVISIBLE, '').replace(SPACES, ' ').trim() : nfc
}

// Everything fold or matchKey may change in a non-ASCII line, in one class: one scan tells
// whether a line needs either (most do not).
// (A capital dotted İ is U+0130 once NFC; lower-cased it gains the combining dot matchKey folds.)
const SPECIAL = /[\u200B-\u200D\u2060\uFEFF\u00AD\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u2018-\u201F\u2032\u2033\u00AB\u00BB\u2012-\u2015\u2212\u2026\u0130]/

/** A line's folded text and matching key at once: what buildPage needs, in the fewest passes. */
export function foldAndKey(value: string): {norm: string; key: string} {
  if (value === '') return {norm: '', key: ''}
  const nonAscii = NON_ASCII_OR_CONTROL.test(value)
  const nfc = nonAscii ? value.normalize('NFC') : value
  const spaced = nfc.charCodeAt(0) === 32 || nfc.charCodeAt(nfc.length - 1) === 32 || nfc.includes('  ')
  if (!nonAscii || !SPECIAL.test(nfc)) {
    const norm = spaced ? nfc.replace(SPACES, ' ').trim() : nfc
    return {norm, key: norm.toLowerCase()}
  }
  const norm = fold(nfc)
  return {norm, key: matchKey(norm)}
}

/** The matching key of a folded line: lower case, quotes and dashes folded, an ellipsis as three dots. */
export function matchKey(folded: string): string {
  const lower = folded.toLowerCase()
  if (!NEEDS_KEY_FOLDING.test(lower) && !lower.includes('\u0307')) return lower
  // Capital dotted İ lower-cases to i and a combining dot: "İLGİLİ" must match "İlgili".
  return lower.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-').replace(/\u2026/g, '...').replace(/i\u0307/g, 'i')
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
