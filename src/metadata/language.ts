import {franc} from 'franc'
import type {LineNode} from '../types.js'
import {FRANC_CODES} from './languages.js'

const SAMPLE_CHARS = 320 // franc's cost grows with the sample; this much prose names the language
const MIN_SAMPLE_CHARS = 40 // below this franc guesses
const ISO_1: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FRANC_CODES).map(([one, three]) => [three, one]))

/**
 * The article's language (ISO 639-1) from a bounded sample of its prose, with franc limited to
 * the candidate languages: on short or mixed text the full model names exotic languages.
 * `null` when franc cannot tell (`und`) or the article has too little text.
 */
export function detectLanguage(content: readonly LineNode[], only: readonly string[]): string | null {
  let sample = ''
  // Prose first: it carries the most trigrams of the language; subheadings only as a fallback.
  for (const line of [...content].sort((a, b) => Number(b.shape.prose) - Number(a.shape.prose))) {
    if (sample.length >= SAMPLE_CHARS) break
    sample += `${line.norm} `
  }
  if (sample.length < MIN_SAMPLE_CHARS) return null
  const code = franc(sample.slice(0, SAMPLE_CHARS), {only: [...only], minLength: MIN_SAMPLE_CHARS})
  return ISO_1[code] ?? null
}
