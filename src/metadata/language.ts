import {franc} from 'franc'
import type {LineNode} from '../types.js'
import {FRANC_CODES, FRANC_SCRIPTS} from './languages.js'

const SAMPLE_CHARS = 100 // franc's cost grows with the sample; 100 characters of prose named all 24 fixtures' languages
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
  const text = sample.slice(0, SAMPLE_CHARS)
  const code = franc(text, {only: candidatesFor(text, only), minLength: MIN_SAMPLE_CHARS})
  return ISO_1[code] ?? null
}

const SCRIPTS = {
  Latin: /\p{Script=Latin}/gu, Cyrillic: /\p{Script=Cyrillic}/gu, Arabic: /\p{Script=Arabic}/gu,
  Devanagari: /\p{Script=Devanagari}/gu, Ethiopic: /\p{Script=Ethiopic}/gu, Hebrew: /\p{Script=Hebrew}/gu
} as const

/**
 * franc's cost is the candidates it compares, and filtering its models by `only` costs as much
 * again on every call: the candidates are cut to the sample's script first (plus the languages
 * franc tells by their script alone, which cost nothing to compare).
 */
function candidatesFor(text: string, only: readonly string[]): string[] {
  let best: string | undefined
  let most = 0
  for (const [script, letters] of Object.entries(SCRIPTS)) {
    const count = text.match(letters)?.length ?? 0
    if (count > most) {
      most = count
      best = script
    }
  }
  return only.filter((code) => FRANC_SCRIPTS[code] === undefined || FRANC_SCRIPTS[code] === best)
}
