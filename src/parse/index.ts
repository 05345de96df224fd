/**
 * The parser: text → a unist tree of blocks and lines with positions, then the page's layout
 * (where the article lies, the footer, lists found by repetition) computed once for all
 * detectors.
 */
import type {Processor} from 'unified'
import type {Settings} from '../options.js'
import type {LineNode, PageTree, ProfileUse} from '../types.js'
import {countsOf} from '../profile/profile.js'
import {findLayout} from './layout.js'
import {findRepeatRuns} from './lists.js'
import {buildPage} from './page.js'

const OUTSIDE_TEMPLATE = 0.5

export function parsePage(text: string, settings: Settings): PageTree {
  const tree = buildPage(text)
  const data = tree.data
  data.profile = markTemplate(data.lines, settings)
  data.lists = findRepeatRuns(data.lines, settings.vocabulary)
  // Template prose the site prints outside its articles (a banner, a legal notice) is no article text;
  // template prose it prints inside them (a recurring sign-off) may be.
  const layout = findLayout(data.lines, data.blocks, data.lists, settings.vocabulary, (line) => line.template !== undefined && line.template.outsideShare >= OUTSIDE_TEMPLATE)
  data.article = layout.article
  data.footer = layout.footer
  data.banners = layout.banners
  data.blankSeparated = layout.blankSeparated
  data.accented = layout.accented
  data.gluedLists = layout.gluedLists
  data.keyPoints = layout.keyPoints
  return tree
}

/**
 * With a site profile learned on enough pages, marks each line frequent across the site (its
 * share of pages at or above the threshold) so that the layout does not take template prose
 * for the article, and the profile detector can drop it.
 */
function markTemplate(lines: readonly LineNode[], settings: Settings): ProfileUse | null {
  const profile = settings.profile
  if (profile === null) return null
  if (profile.pages < settings.profileMinPages) {
    return {used: false, reason: `the profile was learned on ${profile.pages} pages; at least ${settings.profileMinPages} are needed`}
  }
  let marked = 0
  for (const line of lines) {
    if (line.blank) continue
    const [pages, outside] = countsOf(profile, line.key)
    const share = pages / profile.pages
    if (share >= settings.profileThreshold) {
      line.template = {share, outsideShare: pages === 0 ? 0 : outside / pages}
      marked++
    }
  }
  return {used: true, reason: `learned on ${profile.pages} pages; ${marked} lines of this page are on at least ${Math.round(settings.profileThreshold * 100)}% of them`}
}

/** unified plugin: sets the processor's parser. */
export default function parser(this: Processor, settings: Settings): void {
  this.parser = (document: string) => parsePage(document, settings)
}
