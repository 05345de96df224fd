import {francAll} from 'franc'
import type {LineNode} from '../types.js'
import {isWordCharAt} from '../parse/chars.js'
import {ALSO_LATIN, WITHOUT_TRIGRAMS, CLOSE_LANGUAGES, FRANC_CODES, FRANC_SCRIPTS, LATIN_ALPHABETS} from './languages.js'

const SAMPLE_CHARS = 300 // franc needs a few sentences: on 100 characters of an English lead full of names it said French
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
  for (const prose of [true, false]) {
    for (const line of content) {
      if (sample.length >= SAMPLE_CHARS) break
      if (line.shape.prose === prose) sample += `${line.norm} `
    }
  }
  if (sample.length < MIN_SAMPLE_CHARS) return null
  const text = sample.slice(0, SAMPLE_CHARS)
  const candidates = candidatesFor(text, only)
  const code = byLetters(text, candidates) ?? byTrigrams(text, candidates, content)
  return ISO_1[code] ?? null
}

/**
 * franc's answer; between two languages it tells apart badly, the one whose own words the
 * article uses more, and the group's first (the more published) when its words do not decide.
 */
function byTrigrams(text: string, candidates: string[], content: readonly LineNode[]): string {
  const [best, second] = francAll(text, {only: candidates, minLength: MIN_SAMPLE_CHARS})
  const group = second === undefined ? undefined : CLOSE_GROUPS.get(best![0])
  if (group === undefined || !group.codes.has(second![0])) return best![0]
  return byOwnWords(content, group.owner) ?? group.first
}

/** Each language of a close group to the group's languages and its words, each word to the language that writes it. */
const CLOSE_GROUPS = new Map<string, {codes: ReadonlySet<string>; first: string; owner: ReadonlyMap<string, string>}>()
for (const words of CLOSE_LANGUAGES) {
  const group = {codes: new Set(Object.keys(words)), first: Object.keys(words)[0]!, owner: new Map<string, string>()}
  for (const [code, own] of Object.entries(words)) for (const word of own) group.owner.set(word, code)
  for (const code of group.codes) CLOSE_GROUPS.set(code, group)
}

/** The language whose own words the article's prose holds most of; undefined on a tie or none. */
function byOwnWords(content: readonly LineNode[], owner: ReadonlyMap<string, string>): string | undefined {
  const counts = new Map<string, number>()
  for (const line of content) {
    if (!line.shape.prose) continue
    for (const word of line.norm.split(/[^\p{L}\p{M}-]+/u)) {
      const code = owner.get(word)
      if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1)
    }
  }
  let found: string | undefined
  let most = 0
  for (const [code, count] of counts) {
    if (count > most) [found, most] = [code, count]
    else if (count === most) found = undefined
  }
  return found
}

const MIN_MARKED_SHARE = 0.15 // of the sample's letters: Vietnamese runs near 0.4, most languages under 0.1
const MIN_COVER = 0.95 // of the marked letters, written by the one language
const MAX_OTHER_COVER = 0.8 // written by any other candidate

/**
 * The one candidate whose alphabet holds the sample's marked letters when those letters are
 * many and no other candidate writes most of them, or else a candidate franc has no model of
 * named by its own letters; undefined when franc must decide. Costs a pass over a few hundred
 * characters instead of franc's trigram comparison with every candidate.
 */
function byLetters(text: string, candidates: readonly string[]): string | undefined {
  // Each marked letter once, with how often it occurs: a candidate is checked against the distinct letters.
  const marked: number[] = []
  let markedCount = 0
  let letters = 0
  const lower = text.toLowerCase()
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (code >= 0x61 && code <= 0x7a) letters++
    else if (code > 0x7f && isWordCharAt(lower, i) && !(code >= 0x30 && code <= 0x39)) {
      letters++
      markedCount++
      if (TIMES[code] === 0) marked.push(code)
      TIMES[code] = TIMES[code]! + 1
    }
  }
  const times = marked.map((code) => TIMES[code]!)
  for (const code of marked) TIMES[code] = 0
  if (letters === 0) return undefined
  const covering = markedCount / letters >= MIN_MARKED_SHARE ? byCover(marked, times, markedCount, candidates) : undefined
  return covering ?? byOwnLetters(marked, times, markedCount, letters, candidates)
}

/** The one candidate that writes nearly all the marked letters when no other writes most of them. */
function byCover(marked: readonly number[], times: readonly number[], markedCount: number, candidates: readonly string[]): string | undefined {
  // The commonest letters first: a candidate that does not write them is out after a few.
  const order = marked.map((_, k) => k).sort((a, b) => times[b]! - times[a]!)
  let found: string | undefined
  for (const code of candidates) {
    // Languages with a script of their own cannot be a sample written in another.
    if (FRANC_SCRIPTS[code] !== 'Latin' && !ALSO_LATIN.has(code)) continue
    const alphabet = ALPHABETS.get(code)
    if (alphabet === undefined) return undefined // a candidate we cannot rule out
    let missed = 0
    for (let k = 0; k < order.length && (markedCount - missed) / markedCount >= MAX_OTHER_COVER; k++) if (!alphabet.has(marked[order[k]!]!)) missed += times[order[k]!]!
    const cover = (markedCount - missed) / markedCount
    if (cover >= MIN_COVER) {
      if (found !== undefined) return undefined
      found = code
    } else if (cover >= MAX_OTHER_COVER) return undefined
  }
  return found
}

/**
 * A candidate franc has no trigram model of (Icelandic) is named by the letters only it writes
 * among the candidates (þ, ð) when they are a good share of the sample's marked letters: one
 * borrowed name does not make a page Icelandic, its running text does: they are a share of all
 * its letters too.
 */
function byOwnLetters(marked: readonly number[], times: readonly number[], markedCount: number, letters: number, candidates: readonly string[]): string | undefined {
  for (const code of candidates) {
    if (!WITHOUT_TRIGRAMS.has(code)) continue
    const own = OWN_LETTERS.get(code)
    if (own === undefined) continue
    let count = 0
    for (let k = 0; k < marked.length; k++) if (own.has(marked[k]!)) count += times[k]!
    if (count >= MIN_OWN_LETTERS && count / markedCount >= MIN_OWN_SHARE && count / letters >= MIN_OWN_LETTER_SHARE) return code
  }
  return undefined
}

const MIN_OWN_LETTERS = 3
const MIN_OWN_SHARE = 0.2 // of the marked letters: Icelandic's þ and ð run near 0.35
const MIN_OWN_LETTER_SHARE = 0.03 // of all letters (near 0.06 in Icelandic prose): an English story quoting Icelandic names has fewer

// How often each character of the plane occurs in the sample being read (300 characters: no overflow); zeros again after each read.
const TIMES = new Uint16Array(0x10000)

/** A language's marked letters as a table over the range of their codes: a test is one load. */
class Alphabet {
  private readonly low: number
  private readonly table: Uint8Array

  constructor(letters: string) {
    const codes = [...letters].map((letter) => letter.charCodeAt(0))
    this.low = codes.length === 0 ? 0 : Math.min(...codes)
    this.table = new Uint8Array(codes.length === 0 ? 0 : Math.max(...codes) - this.low + 1)
    for (const code of codes) this.table[code - this.low] = 1
  }

  has(code: number): boolean {
    return this.table[code - this.low] === 1
  }
}

const ALPHABETS = new Map(Object.entries(LATIN_ALPHABETS).map(([code, letters]) => [code, new Alphabet(letters)]))

/** Each language's letters that no other language of `LATIN_ALPHABETS` writes. */
const OWN_LETTERS = new Map(Object.entries(LATIN_ALPHABETS).map(([code, letters]) => {
  const others = new Set(Object.entries(LATIN_ALPHABETS).flatMap(([other, written]) => other === code ? [] : [...written]))
  return [code, new Set([...letters].filter((letter) => !others.has(letter)).map((letter) => letter.charCodeAt(0)))]
}))

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
  const best = latinAtLeast(text) ? 'Latin' : mostWritten(text)
  return only.filter((code) => FRANC_SCRIPTS[code] === undefined || FRANC_SCRIPTS[code] === best || (best === 'Latin' && ALSO_LATIN.has(code)))
}

/**
 * Whether Latin is the sample's script without counting every script: when its ASCII letters
 * alone are at least its characters beyond ASCII, no other script can have more letters (and
 * Latin, first of SCRIPTS, wins a tie).
 */
function latinAtLeast(text: string): boolean {
  let ascii = 0
  let beyond = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20 // upper case to lower
    if (code >= 0x61 && code <= 0x7a) ascii++
    else if (code >= 0x80) beyond++
  }
  return ascii > 0 && ascii >= beyond
}

function mostWritten(text: string): string | undefined {
  let best: string | undefined
  let most = 0
  for (const [script, letters] of Object.entries(SCRIPTS)) {
    const count = text.match(letters)?.length ?? 0
    if (count > most) {
      most = count
      best = script
    }
  }
  return best
}
