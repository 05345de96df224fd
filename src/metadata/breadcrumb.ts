/**
 * Breadcrumbs: `Trang chủ Thế giới Phân tích`, `Home › Culture › Books`,
 * `Accueil > Politique`. With separators the crumbs are the parts; without them, as innerText
 * gives a breadcrumb of links, each crumb starts with a capital letter.
 */
import {afterTokens, tokens, type Vocabulary} from '../lexicon/index.js'
import {matchKey} from '../parse/normalize.js'

// Lines are folded to single spaces: one optional space either side.
const SEPARATOR = / ?[\u203A\u00BB>/|\u2192\u00B7\u2022] ?/u
const MAX_CRUMB_WORDS = 5
const CONNECTORS = new Set(['&', '-', '\u2013', '+'])

/** Whether the line starts with a home link (`Trang chủ`, `Home`, `Accueil`). */
export function homeLinkWords(norm: string, vocabulary: Vocabulary): number {
  return vocabulary.homeLinks.prefixOf(tokens(norm.toLowerCase()))
}

/** The crumbs of a breadcrumb line without the home link, or undefined if it does not read as one. */
/** The line without the home link it starts with (`Trang chủ Thế giới` → `Thế giới`). */
export function withoutHomeLink(norm: string, vocabulary: Vocabulary): string {
  const home = homeLinkWords(norm, vocabulary)
  return home > 0 ? afterTokens(norm, home) : norm
}

export function crumbsOf(norm: string, vocabulary: Vocabulary): string[] | undefined {
  if (SEPARATOR.test(norm)) {
    const parts = norm.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '')
    if (parts.length > 0 && vocabulary.homeLinks.has(tokens(parts[0]!.toLowerCase()).join(' '))) parts.shift()
    return parts.length > 0 && parts.every(isCrumb) ? parts : undefined
  }
  const rest = withoutHomeLink(norm, vocabulary)
  const crumbs: string[] = []
  let joined = false
  for (const word of rest.split(' ')) {
    if (word === '') continue
    // "Nation & World", "Văn hóa - Văn nghệ": a connector joins the words on both sides into one crumb.
    const connector = CONNECTORS.has(word)
    if ((/^\p{Lu}/u.test(word) && !joined) || crumbs.length === 0) crumbs.push(word)
    else crumbs[crumbs.length - 1] += ` ${word}`
    joined = connector
  }
  return crumbs.length > 0 && crumbs.every((crumb) => crumb.split(' ').length <= MAX_CRUMB_WORDS) ? crumbs : undefined
}

/**
 * The path without a last part that is the page's title: `Portada > España > Madrid > <the
 * title>` is the path to the article, the article itself included.
 */
export function withoutTitleCrumb({norm, key}: {norm: string; key: string}, titleKey: string | undefined): string {
  // Most lines do not end with the title: a string comparison tells, before any splitting.
  if (titleKey === undefined || !key.endsWith(titleKey)) return norm
  const parts = norm.split(SEPARATOR)
  if (parts.length < 2 || matchKey(parts[parts.length - 1]!.trim()) !== titleKey) return norm
  const last = norm.lastIndexOf(parts[parts.length - 1]!)
  return norm.slice(0, last).replace(/ ?[\u203A\u00BB>/|\u2192\u00B7\u2022] ?$/u, '')
}

/** Whether the line has separators between short parts: `Home › World › Europe`. */
/**
 * Whether a line has a breadcrumb's arrow: `›` or `→` anywhere, `»` or `>` set between words. A
 * guillemet closing a quotation (« … ») is none: French titles are often a quotation.
 */
export function hasCrumbArrow(norm: string): boolean {
  return ARROWS.test(norm) || (!norm.includes('\u00AB') && SPACED_ARROWS.test(norm))
}

const ARROWS = /[\u203A\u2192]/u
const SPACED_ARROWS = /\s[\u00BB>]\s/u

export function hasCrumbSeparators(norm: string): boolean {
  const parts = norm.split(SEPARATOR)
  return parts.length >= 2 && parts.every((part) => isCrumb(part.trim()))
}

// What a section's name never holds: a clock time ("8:47 AM"), a degree ("2°", a weather
// reading whose "m/s" splits at the slash), a label before a colon ("TRENDING: …").
const NOT_IN_CRUMB = /\d[:.]\d\d|°|: /u
const TWO_LETTERS = /\p{L}.*\p{L}/u

/** A short part with two letters or more, of none of the shapes a section's name never has. */
function isCrumb(part: string): boolean {
  return TWO_LETTERS.test(part) && part.split(' ').length <= MAX_CRUMB_WORDS && !NOT_IN_CRUMB.test(part)
}
