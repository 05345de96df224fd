/**
 * The site's own name where the page states it: a "follow us" line (`Theo dõi Tinmoi.vn
 * trên`) or a copyright notice (`© 2025 Báo Nhân Dân. All rights reserved.`).
 */
import type {LineNode} from '../types.js'
import {tokens, type Vocabulary} from '../lexicon/index.js'
import {phraseStarting} from '../parse/cues.js'

const MAX_NAME_WORDS = 5
const DOMAIN_NAME = /\p{L}[\p{L}\d-]{0,40}\.(?:vn|com|net|org|info|news|co|uk|de|fr|es|it|id|br|pt|tv)\b/u
const COPYRIGHT = /(?:\u00A9|\(c\)|copyright)\s*(?:\u00A9\s*)?(?:\d{4}(?:\s?[-\u2013]\s?\d{4})?)?\s*(?:by\s)?([^.,|]{2,60})/iu

const DASH = /\s[-\u2013\u2014]\s/u
const TRAILING_YEARS = /\s(?:19|20)\d\d(?:\s?[-\u2013]\s?\d{2,4})?$/u

const QUOTED_AFTER_FORM = /^\p{Lu}{2,4}\s[\u00AB"\u201E\u201C]([^\u00BB"\u201D\u201C]+)[\u00BB"\u201D\u201C]$/u

const REPEATED_NOTICE = /^copyright\s?(?:\d{4}(?:\s?[-\u2013]\s?\d{4})?\s?)?/iu

export function siteNameOf(lines: readonly LineNode[], vocabulary: Vocabulary): string | null {
  for (const line of lines) {
    if (line.decision?.label !== 'ui' || phraseStarting(line, vocabulary.followPrefixes, vocabulary) === 0) continue
    // The site names itself by its domain: "Theo dõi Tinmoi.vn trên".
    const domain = DOMAIN_NAME.exec(line.norm)
    if (domain) return domain[0]
  }
  for (const line of lines) {
    if (line.decision?.label !== 'footer') continue
    const match = COPYRIGHT.exec(line.norm)
    if (match === null) continue
    // "© Copyright 2025 X": the word after the sign, and its years, are no part of the name.
    let name = match[1]!.trim().replace(REPEATED_NOTICE, '')
    // Cut at the first dot of a company's abbreviation ("Zprávy a.s.", "Le Monde S.A."): its first letters go too.
    if (line.norm[match.index + match[0].length] === '.') name = name.replace(/\s\p{L}{1,2}$/u, '')
    // A dash ends the name ("© Le Quotidien du Sud 2025 - Tous droits réservés"), and the years may follow it.
    name = name.split(DASH)[0]!.replace(TRAILING_YEARS, '')
    // A company form before the name in quotes: "ТОВ «Новини Медіа»", "ООО «Вести»".
    name = name.replace(QUOTED_AFTER_FORM, '$1')
    // "© 2025 Todos os dereitos reservados": a notice of two words or more is no name.
    if (name && name.split(' ').length <= MAX_NAME_WORDS && !/^all rights/i.test(name) && vocabulary.footerTerms.prefixOf(tokens(name.toLowerCase())) < 2) return name
  }
  return null
}
