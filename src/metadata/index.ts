/**
 * Metadata from the decided lines: each furniture label is parsed by the module that knows its
 * form (date, byline, source, breadcrumb), the language from the kept prose.
 */
import type {Settings} from '../options.js'
import type {Caption, LineNode, Metadata, PageTree} from '../types.js'
import {creditOf} from '../parse/cues.js'
import {matchKey} from '../parse/normalize.js'
import {crumbsOf, hasCrumbSeparators, withoutHomeLink, withoutTitleCrumb} from './breadcrumb.js'
import {looseByline, parseByline} from './byline.js'
import {parseDate} from './date.js'
import {detectLanguage} from './language.js'
import {leadSource, sourceOf} from './source.js'
import {siteNameOf} from './site-name.js'
import {LANGUAGE_ZONES} from './zone.js'

const MASTHEAD_LINES = 3 // the site's name, a search or a login button: the page's first lines

export function collectMetadata(tree: PageTree, settings: Settings, content: readonly LineNode[]): Metadata {
  const vocabulary = settings.vocabulary
  const byLabel = (label: string) => tree.data.lines.filter((line) => line.decision?.label === label)
  const language = settings.language ?? detectLanguage(content, settings.francOnly)

  const zone = settings.timeZone ?? LANGUAGE_ZONES[language ?? ''] ?? null
  let published: string | null = null
  const bylines = byLabel('byline')
  // A byline may carry the date: "Autor: Petr Novák | 12. března 2025 8:15".
  for (const line of [...byLabel('dateline'), ...bylines]) {
    published = parseDate(line.norm, vocabulary, zone, language).iso
    if (published !== null) break
  }

  const authors: string[] = []
  // A byline line that repeats one of the page's first lines is the masthead's name under the author's ("Le Courrier de Québec");
  // a columnist's name printed above the title, lower down, is the author's.
  const title = tree.data.title
  const masthead = new Set(title === null ? [] : tree.data.lines.filter((line) => !line.blank).slice(0, MASTHEAD_LINES).filter((line) => line.index < title).map((line) => line.key))
  for (const line of bylines) {
    if (title !== null && line.index > title && masthead.has(line.key)) continue
    const byline = parseByline(line.norm, vocabulary) ?? looseByline(line.norm, vocabulary)
    if (byline === undefined || byline.editor) continue
    for (const name of byline.names) if (!authors.includes(name)) authors.push(name)
  }

  // One breadcrumb line, or one crumb a line: then each line is a whole crumb ("UK News").
  const section: string[] = []
  const crumbLines = byLabel('breadcrumb')
  const titleKey = tree.data.title === null ? undefined : tree.data.lines[tree.data.title]!.key
  const oneCrumbEach = (crumbLines.length > 1 || crumbLines.every((line) => tree.data.wholeCrumbs.has(line.index))) && !crumbLines.some((line) => hasCrumbSeparators(line.norm))
  for (const line of crumbLines) {
    if (!oneCrumbEach) section.push(...(crumbsOf(withoutTitleCrumb(line, titleKey), vocabulary) ?? []))
    else {
      const crumb = withoutHomeLink(line.norm, vocabulary)
      if (crumb !== '') section.push(crumb)
    }
  }
  // Where no lexicon knows the home link, it is the first crumb that repeats the menu's first item.
  const first = tree.data.lines.find((line) => !line.blank)
  if (section.length > 1 && first !== undefined && first.decision?.label !== 'breadcrumb' && matchKey(section[0]!) === first.key) section.shift()

  let source: string | null = null
  for (const line of byLabel('source')) {
    source = sourceOf(line.norm, vocabulary) ?? null
    if (source !== null) break
  }
  // The agency's dateline opens the lead, or the first paragraph under a standfirst.
  const lead = content.find((line) => line.decision?.label === 'lead')
  if (source === null && lead !== undefined) source = leadSource(lead.norm) ?? null
  const opening = content.find((line) => line.decision?.label === 'body')
  if (source === null && lead !== undefined && opening !== undefined) source = leadSource(opening.norm) ?? null

  // A credit alone on its line belongs to the caption above it.
  const captions: Caption[] = []
  for (const line of byLabel('caption')) {
    const credit = creditOf(line, vocabulary)
    if (credit !== undefined && credit.text === '' && captions.length > 0 && captions[captions.length - 1]!.credit === null) {
      captions[captions.length - 1]!.credit = credit.credit
    } else captions.push(credit === undefined ? {text: line.text, credit: null} : {text: credit.text, credit: credit.credit})
  }

  const related: string[] = []
  const seen = new Set<string>()
  for (const headline of withoutRanks([...tree.data.related].sort((a, b) => a.index - b.index).map((item) => item.headline))) {
    const key = headline.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      related.push(headline)
    }
  }

  // Words as editors count them: whitespace-separated tokens with a letter or a digit.
  let wordCount = 0
  for (const line of content) wordCount += line.shape.letterWords

  return {published, authors, section, source, siteName: siteNameOf(tree.data.lines, vocabulary), language, captions, related, wordCount}
}

// "1. Detenido un hombre…": a most-read list's rank before its headline.
const RANK = /^(\d{1,2})[.)]\s+(?=\S)/u

/**
 * The headlines without the ranks of a numbered list: only where the numbers run on from one
 * headline to the next, so that "2. Bundesliga: …" alone keeps its number.
 */
function withoutRanks(headlines: readonly string[]): string[] {
  const ranks = headlines.map((headline) => {
    const match = RANK.exec(headline)
    return match === null ? -1 : Number(match[1])
  })
  const numbered = (k: number) => ranks[k]! >= 0 && ((k > 0 && ranks[k - 1] === ranks[k]! - 1) || (k + 1 < ranks.length && ranks[k + 1] === ranks[k]! + 1))
  return headlines.map((headline, k) => (numbered(k) ? headline.replace(RANK, '') : headline))
}
