import {phraseKey} from '../parse/normalize.js'

const NON_WORD = /[^\p{L}\p{N}]+/u

/** Splits folded, lower-cased text into word tokens (letters and digits of any script). */
export function tokens(key: string): string[] {
  const parts = key.split(NON_WORD)
  // Leading/trailing separators leave empty strings at the ends only.
  if (parts.length > 0 && parts[0] === '') parts.shift()
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return parts
}

/**
 * A set of phrases matched by whole words: `hasIn` looks for any phrase as a run of tokens,
 * `prefixOf` for a phrase the tokens start with. Linear in the line's length times the
 * longest phrase, with no regular expression built from the data.
 */
export class PhraseSet {
  private readonly phrases = new Set<string>()
  private longest = 0

  constructor(list: Iterable<string>) {
    for (const phrase of list) {
      const words = tokens(phraseKey(phrase))
      if (words.length === 0) continue
      this.phrases.add(words.join(' '))
      if (words.length > this.longest) this.longest = words.length
    }
  }

  get size(): number {
    return this.phrases.size
  }

  has(phrase: string): boolean {
    return this.phrases.has(phrase)
  }

  /** The first phrase found anywhere in the tokens, or undefined. */
  findIn(words: readonly string[]): string | undefined {
    for (let i = 0; i < words.length; i++) {
      let joined = ''
      for (let n = 0; n < this.longest && i + n < words.length; n++) {
        joined = n === 0 ? words[i]! : `${joined} ${words[i + n]}`
        if (this.phrases.has(joined)) return joined
      }
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
    let joined = ''
    let best = 0
    for (let n = 0; n < this.longest && from + n < words.length; n++) {
      joined = n === 0 ? words[from]! : `${joined} ${words[from + n]}`
      if (this.phrases.has(joined)) best = n + 1
    }
    return best
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
