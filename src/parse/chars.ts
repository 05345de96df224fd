/** Characters of words: letters and digits of any script, told by a table. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * Whether each character of the Basic Multilingual Plane is a letter or a digit, looked up
 * instead of tested: a Unicode regular expression costs several nanoseconds a character and
 * every line of a page is tokenised. Built once when the module loads, never changed.
 */
export const WORD_CHAR = (() => {
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

/**
 * Words with a letter or a digit in them, in folded text: separators such as " - " are no words.
 * Jumps from word to word by native search, and reads a word only until it finds a letter.
 */
export function countLetterWords(norm: string): number {
  let count = 0
  for (let start = 0; start < norm.length; ) {
    let end = norm.indexOf(' ', start)
    if (end < 0) end = norm.length
    for (let i = start; i < end; i++) {
      if (isWordCharAt(norm, i)) {
        count++
        break
      }
    }
    start = end + 1
  }
  return count
}
