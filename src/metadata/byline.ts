/**
 * Author lines: `By Jane Doe`, `Par Marie Dupont`, `Hoàng Nam`, `Lan Anh (tổng hợp)`,
 * `Nguyễn Văn A - Trần Thị B`, `Reporting by X; Editing by Y` (the reporter is the author).
 */
import {afterTokens, tokens, type Vocabulary} from '../lexicon/index.js'
import {creditOf, Cue, memo, phraseStarting} from '../parse/cues.js'
import {sourceOfLine} from './source.js'
import {parseDate} from './date.js'
import type {LineNode} from '../types.js'

/** Whether the line opens with a byline or editor prefix (`By`, `Par`, `Penulis:`), whatever follows. */
export function startsWithBylinePrefix(line: LineNode, vocabulary: Vocabulary): boolean {
  return phraseStarting(line, vocabulary.bylinePrefixes, vocabulary) > 0 || phraseStarting(line, vocabulary.editorPrefixes, vocabulary) > 0
}

/** A byline with its prefix and names that parse: `By JOHN KAMAU and AMINA WANJIRU` (not a kicker such as `Por qué importa`). */
export function isCreditedByline(line: LineNode, vocabulary: Vocabulary): boolean {
  return startsWithBylinePrefix(line, vocabulary) && bylineOfLine(line, vocabulary) !== undefined
}

/** A bare name with its outlet after it ("Rizky Ananda - SurabayaKini", "Ngọc Anh/VOV.VN"): a byline, never a headline. */
export function isNameWithOutlet(line: LineNode, vocabulary: Vocabulary): boolean {
  if (bylineOfLine(line, vocabulary) === undefined) return false
  const parts = line.norm.split(NAME_SEPARATOR)
  return parts.length > 1 && OUTLET.test(parts[parts.length - 1]!.trim())
}

/** parseByline for a line, computed once. */
export function bylineOfLine(line: LineNode, vocabulary: Vocabulary): Byline | undefined {
  return memo(line, Cue.byline, bylineOfNorm, vocabulary)
}

// A photo credit alone on its line ("PHOTO JEAN-SIMON GAGNÉ, LE COURRIER DE QUÉBEC") names the photographer, not the author.
// Nor does a source credit ("Avec La Presse Canadienne") name one.
const bylineOfNorm = (line: LineNode, vocabulary: Vocabulary) =>
  creditOf(line, vocabulary)?.text === '' || sourceOfLine(line, vocabulary) !== undefined ? undefined : parseByline(line.norm, vocabulary)

const MAX_NAME_WORDS = 5 // Vietnamese names run to four or five syllables
const MAX_NAME_CHARS = 40
const MAX_BYLINE_CHARS = 120
const MAX_LOWER_SYLLABLE = 4
const MAX_BARE_WORDS = 8 // two names with a role: "Nguyễn Văn An - Trần Thị Bình (tổng hợp)" is nine tokens
// Lower-case particles inside names: "Ludwig van Beethoven", "Maria da Silva".
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'binti', 'al', 'el', 'ibn', 'ter', 'y'])
// Between names: commas, semicolons, ampersands, dashes, bars, middle dots and bullets, and the word
// "and" in several languages.
// Lines are folded to single spaces, so a separator has at most one space either side.
const NAME_SEPARATOR = / ?[,;&/] ?| [-\u2013\u2014|\u00b7\u2022] | (?:và|and|et|und|dan|en|och|og|[yeia]) /u
const DATED_IN_BRACKETS = /^\(([^(),\d]{3,60}), ([^()]{1,40})\)$/u
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'\u2019]*(?:-\p{Lu}?[\p{Ll}\p{M}'\u2019]*)*\.?$/u // "Fortin", "Marie-Ève", "Abdul-rahman"
const LOWER_WORD = /^[\p{Ll}\p{M}'\u2019-]+$/u
const GLUED_PREFIX = /^\p{Lu}\p{Ll}{1,3}(?=\p{Lu}\p{Ll})/u
const CAPS_WORD = /^[\p{Lu}\p{M}'\u2019-]{2,}$/u

export interface Byline {
  names: string[]
  /** The line credits an editor (`Editor: …`), who is not an author. */
  editor: boolean
}

/**
 * The people an author line names, or undefined when it is not one. With a prefix ("By") the
 * names run until the first part that is not a name (an outlet, a place, "Editing by …").
 * Without one, every part must be a name.
 */
export function parseByline(line: string, vocabulary: Vocabulary): Byline | undefined {
  if (line.length > MAX_BYLINE_CHARS) return undefined
  // "(Katharina Pichler, 28.1.2025)": the author and the date in brackets after the text.
  const dated = DATED_IN_BRACKETS.exec(line)
  if (dated !== null && parseDate(dated[2]!, vocabulary).leftover === 0) return parseByline(dated[1]!, vocabulary)
  // "ByTom Baker": a page's text may glue the prefix to the name it labels.
  const glued = GLUED_PREFIX.exec(line)
  const norm = glued !== null && vocabulary.bylinePrefixes.has(glued[0].toLowerCase()) ? `${glued[0]} ${line.slice(glued[0].length)}` : line
  const words = tokens(norm.toLowerCase())
  // Without a prefix, a name line is short and has no digits: most lines stop here.
  if (!vocabulary.bylinePrefixes.startsWith(words[0] ?? '') && !vocabulary.editorPrefixes.startsWith(words[0] ?? '') &&
      (words.length > MAX_BARE_WORDS || /\d/.test(norm))) return undefined
  const editor = vocabulary.editorPrefixes.prefixOf(words)
  const prefix = editor > 0 ? editor : vocabulary.bylinePrefixes.prefixOf(words)
  let rest = prefix > 0 ? afterTokens(norm, prefix) : norm
  const role = trailingParenthesis(rest)
  if (role !== undefined && (prefix > 0 || isRole(role.inner, vocabulary))) rest = rest.slice(0, role.at)
  rest = rest.trim()
  // A name may end with an initial ("J."); any other final stop ends a sentence.
  if (rest === '' || (/[.!?]$/.test(rest) && !/\b\p{Lu}\.$/u.test(rest))) return undefined
  const parts = rest.split(NAME_SEPARATOR).flatMap(splitCapsName).map((part) => part.trim()).filter((part) => part !== '')
  if (parts.length === 0) return undefined
  if (prefix > 0) {
    const names: string[] = []
    for (const part of parts) {
      // "By Sarah Collins, Crime Reporter": the role after the name is no second author.
      if (!isName(part) || isRole(part, vocabulary)) break
      // "By Aditya Kulkarni, Mumbai": one word after a full name is the reporter's town.
      if (names.length > 0 && !part.includes(' ') && names[0]!.includes(' ')) break
      names.push(part)
    }
    return names.length > 0 ? {names, editor: editor > 0} : undefined
  }
  // "Most read", "Trang chủ / Thời sự" are shaped like names ("Hà my"), but the lexicons know
  // them as a section heading and a home link.
  if (vocabulary.markers.has(words.join(' ')) || vocabulary.homeLinks.prefixOf(words) > 0) return undefined
  // "Ngọc Anh/VOV.VN": the outlet after the name is no author; "Uxía Barreiro · Noia": one word after a
  // full name and a middle dot is the town ("Ahmad Fauzi, Sutrisno" names two reporters).
  let people = parts.length > 1 && OUTLET.test(parts[parts.length - 1]!) ? parts.slice(0, -1) : parts
  const last = people[people.length - 1]!
  if (people.length > 1 && !last.includes(' ') && people[0]!.includes(' ') && rest.endsWith(`\u00b7 ${last}`)) people = people.slice(0, -1)
  // "Senior Reporter" under the byline is a role, not a second author.
  if (!people.every((part) => isName(part)) || isRole(people.join(' '), vocabulary)) return undefined
  // A bare name line has at least two words in its first name: one word could be anything.
  return people[0]!.split(' ').length >= 2 ? {names: people, editor: false} : undefined
}

const LOWER_PREFIX = /^\p{Ll}{1,3} (?=\p{Lu})/u
const MAX_LOOSE_WORDS = 6

/**
 * A name after a short lower-case word that no lexicon lists as a byline prefix, because it is
 * also a common word (Romanian `de Andrei Popescu`). Only the byline detector asks, and only of
 * the lines where a byline stands (between the title and the text).
 */
export function looseByline(norm: string, vocabulary: Vocabulary): Byline | undefined {
  const prefix = LOWER_PREFIX.exec(norm)
  if (prefix === null || norm.split(' ').length > MAX_LOOSE_WORDS) return undefined
  const byline = parseByline(norm.slice(prefix[0].length), vocabulary)
  return byline !== undefined && !byline.editor ? byline : undefined
}

/** `(tổng hợp)`, `(Montval, correspondante)`: a role word, perhaps with a place. */
const MAX_ROLE_CHARS = 40

/** A parenthesis closing the text, `(tổng hợp)`: where it opens and what it holds. */
function trailingParenthesis(text: string): {at: number; inner: string} | undefined {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(')')) return undefined
  const open = trimmed.lastIndexOf('(')
  const inner = trimmed.slice(open + 1, -1)
  return open < 0 || inner.length === 0 || inner.length > MAX_ROLE_CHARS || inner.includes(')') ? undefined : {at: open, inner}
}

/** "JANE DOE Associated Press": a name in capitals, then the outlet in title case; the outlet is dropped. */
function splitCapsName(part: string): string[] {
  const words = part.trim().split(' ')
  let caps = 0
  while (caps < words.length && CAPS_WORD.test(words[caps]!)) caps++
  return caps >= 2 && caps < words.length ? [words.slice(0, caps).join(' ')] : [part]
}

// An outlet after the names: "VOV.VN", "TTXVN", "g1.globo.com".
// An outlet: initials ("VOV.VN"), a domain, or a brand in one word with a capital inside ("SurabayaKini", "VnExpress").
const OUTLET = /^(?:[\p{Lu}\d]{2,}(?:\.\p{L}{2,})*|[\p{L}\d-]+\.[a-z]{2,}|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*)$/u

function isRole(inner: string, vocabulary: Vocabulary): boolean {
  const words = tokens(inner.toLowerCase())
  if (words.length === 0) return false
  if (vocabulary.bylineRoles.has(words.join(' '))) return true
  for (let i = 0; i < words.length; i++) {
    if (vocabulary.bylineRoles.has(words[i]!) || (i + 1 < words.length && vocabulary.bylineRoles.has(`${words[i]} ${words[i + 1]}`))) return true
  }
  return false
}

/**
 * A person's name: one to five words, each capitalised (or all in capitals, or a lower-case
 * particle); a short lower-case last word is tolerated in a short name ("Hà my").
 */
export function isName(part: string): boolean {
  if (part.length > MAX_NAME_CHARS || /\d/.test(part)) return false
  const words = part.split(' ')
  if (words.length > MAX_NAME_WORDS) return false
  if (words.every((word) => CAPS_WORD.test(word))) return words.length >= 2
  let lower = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (NAME_WORD.test(word)) continue
    if (PARTICLES.has(word) && i > 0 && i < words.length - 1) continue
    // A short last syllable typed in lower case ("Hà my") is tolerated; not a lower-case word inside.
    if (i > 0 && i === words.length - 1 && words.length <= 3 && word.length <= MAX_LOWER_SYLLABLE && LOWER_WORD.test(word) && ++lower <= 1) continue
    return false
  }
  return true
}
