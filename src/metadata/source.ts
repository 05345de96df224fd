/**
 * The agency or publication credited for a whole story: a line such as `(theo TTXVN)`,
 * `Nguồn: Reuters`, `Source: Local Times`, `(AFP)`, or the prefix of the lead:
 * `TPO - …`, `(Dân trí) - …`, `MANILA (Reuters) - …`, `JAKARTA, KOMPAS.com - …`,
 * `МОСКВА, 12 мар — РИА Новости. …`.
 */
import {afterTokens, firstToken, tokens, type Vocabulary} from '../lexicon/index.js'
import {Cue, memo} from '../parse/cues.js'
import type {LineNode} from '../types.js'

/** sourceOf for a line, computed once. */
export function sourceOfLine(line: LineNode, vocabulary: Vocabulary): string | undefined {
  // Most lines are answered by their length or their first word, read in the key already lower-cased.
  if (line.norm.length > MAX_SOURCE_LINE || (line.norm.charCodeAt(0) !== 0x28 && !startsWithPrefix(line.key, vocabulary))) return undefined
  return memo(line, Cue.source, sourceOfNorm, vocabulary)
}

/** Whether the first word, as `tokens` splits it ("D'après" is "d"), starts a source prefix. */
function startsWithPrefix(key: string, vocabulary: Vocabulary): boolean {
  return vocabulary.sourcePrefixes.startsWith(firstToken(key))
}

const sourceOfNorm = (line: LineNode, vocabulary: Vocabulary) => sourceOf(line.norm, vocabulary)

const MAX_SOURCE_WORDS = 8
const SHORT_PREFIX_CHARS = 4 // "Com", "Avec", "Via", "Theo"
const MAX_PARTICLE_CHARS = 3 // "de", "da", "la" inside a name

/** Capitalised words or short particles only: "La Presse Canadienne", "Agência Lusa", "TTXVN". */
function isNameLike(name: string): boolean {
  return name.split(' ').every((word) => /^[\p{Lu}\d]/u.test(word) || word.length <= MAX_PARTICLE_CHARS)
}
const MAX_SOURCE_LINE = 80

/** The text without the given characters at its end. */
function trimTrailing(text: string, characters: string): string {
  let end = text.length
  while (end > 0 && characters.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** The source a credit line names, or undefined. */
export function sourceOf(norm: string, vocabulary: Vocabulary): string | undefined {
  if (norm.length > MAX_SOURCE_LINE) return undefined
  // A credit starts with a bracket or a source word: most lines stop here.
  if (!norm.startsWith('(') && !vocabulary.sourcePrefixes.startsWith(norm.slice(0, norm.indexOf(' ') >>> 0).toLowerCase().replace(/[:.]$/, ''))) return undefined
  const bracketed = norm.startsWith('(') && norm.endsWith(')')
  const inner = bracketed ? norm.slice(1, -1).trim() : norm
  const words = tokens(inner.toLowerCase())
  const prefix = vocabulary.sourcePrefixes.prefixOf(words)
  if (prefix > 0) {
    const name = trimTrailing(afterTokens(inner, prefix), '. ')
    if (name === '' || name.split(' ').length > MAX_SOURCE_WORDS) return undefined
    // After a bare preposition ("Com Lusa", "Avec AFP") only a name: "Com Lula fora da disputa" is a subheading.
    if (prefix === 1 && words[0]!.length <= SHORT_PREFIX_CHARS && !isNameLike(name)) return undefined
    // A credit names something: it starts with a capital letter, a digit or is a web address.
    return /^[\p{Lu}\d]/u.test(name) || /^(?:https?:\/\/|www\.)/.test(name) ? name : undefined
  }
  // "(AFP)", "(Reuters)": a bracketed name alone on its line.
  if (bracketed && words.length > 0 && words.length <= 3 && /^\p{Lu}/u.test(inner) && !/[.!?:]/.test(inner)) return inner
  return undefined
}

// "TPO - ", "TTO – ", "TTXVN - ": an outlet's initials, five characters at most: a longer word
// in capitals is the place of a dateline ("MAYNILA — ", "LONDON - ").
const INITIALS = /^(\p{Lu}[\p{Lu}\d.&]{1,4})\s?[-\u2013\u2014]\s/u
// "(Dân trí) - ": a bracketed name.
const BRACKETED = /^\(([^()]{2,40})\)\s?[-\u2013\u2014]\s/u
// "MANILA (Reuters) - ", "WASHINGTON (AP) — ": a place in capitals, then the agency.
const PLACE_AGENCY = /^\p{Lu}[\p{Lu}\s,.'-]{1,40}(?:,\s\p{Lu}[\p{Ll}.]{1,12}(?:\s\p{Lu}[\p{Ll}.]{1,12})?\s)?\(([^()]{2,40})\)\s?[-\u2013\u2014]\s/u
// "JAKARTA, KOMPAS.com - ", "BANDUNG, KOMPAS DAERAH - ": a place in capitals, a comma, then the
// outlet (two words only in capitals: "Jumat malam" is a time of day).
const PLACE_OUTLET = /^\p{Lu}[\p{Lu}\s.'-]{1,30},\s?([\p{L}\d][\p{L}\d.]{1,30}|\p{Lu}[\p{Lu}\d.]{1,20}\s\p{Lu}[\p{Lu}\d.]{1,20})\s?[-\u2013\u2014]\s/u

// "МОСКВА, 12 мар — РИА Новости. ": a place in capitals, a date, a dash, the agency and a full stop.
const PLACE_DATE_AGENCY = /^\p{Lu}[\p{Lu}\s.'-]{1,30},\s?[\p{L}\d .]{2,20}\s[-\u2013\u2014]\s([\p{L}\d][\p{L}\d .&-]{1,40}?)\.\s/u

// "Madrid, 14 mar (EFE).- ": a place, a date, the agency in brackets, a full stop and a dash.
const PLACE_DATE_BRACKETED = /^\p{Lu}[\p{L}\s.'-]{1,30},\s[\p{L}\d .]{2,20}\s\(([^()]{2,40})\)\.?\s?[-\u2013\u2014]/u

/**
 * The source named at the start of the lead, or undefined. The place may carry its state or
 * country in capitals and small letters, as the AP writes it: "LAKEWOOD, Ohio (AP) —".
 */
export function leadSource(norm: string): string | undefined {
  const match = BRACKETED.exec(norm) ?? PLACE_AGENCY.exec(norm) ?? PLACE_DATE_AGENCY.exec(norm) ?? PLACE_DATE_BRACKETED.exec(norm) ??
    PLACE_OUTLET.exec(norm) ?? INITIALS.exec(norm)
  return match?.[1]?.trim()
}
