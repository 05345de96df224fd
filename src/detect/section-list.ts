/**
 * section-list: a section heading the lexicon knows (`Tin bài liên quan`, `Đọc nhiều`,
 * `Most read`, `Lesen Sie auch`) and the list under it. After the article the section runs to
 * the next heading, the footer or the end of the page; inside the article it is a box of
 * headlines that ends where running text resumes, and a tags heading takes the short tags of its
 * block. Before the article, words such as "Video" or
 * "Mới nhất" are menu items, not headings: position decides there (outside-article). The
 * heading's kind gives the label (related, media, ui for comments, weather); items of a
 * related list that are weather reports are `weather`.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import type {MarkerLabel} from '../lexicon/index.js'
import {markerOf} from '../parse/cues.js'
import {isDateLine} from '../metadata/date.js'
import {itemLabel, splitItems} from '../parse/lists.js'
import {context, decide, isOpen, quote, regionOf, type Context} from './decide.js'

export default function sectionList(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lines = ctx.lines
    const markers: number[] = []
    for (const line of lines) if (!line.blank && markerOf(line, vocabulary) !== undefined) markers.push(line.index)
    markers.forEach((m, k) => {
      const marker = lines[m]!
      const region = regionOf(tree, m)
      if (region === 'head' || marker.decision?.label === 'footer') return
      const label = markerOf(marker, vocabulary)!
      const heading = quote(marker.text)
      decide(ctx, marker, label, 'section-list', `section heading ${heading}`)
      // In the article only a list heading opens a box; a comments or tags heading there is a widget.
      const members = region === 'article' ? (label === 'ui' ? tagMembers(lines, m) : boxMembers(lines, m)) : sectionMembers(ctx, m, markers[k + 1] ?? lines.length)
      labelItems(ctx, members, label, heading)
    })
  }
}

/**
 * Inside the article: the headlines under the heading in its block; or, if the heading stands
 * alone, in the block right under it. The box ends at its block, or at the first line of text.
 */
function boxMembers(lines: readonly LineNode[], marker: number): number[] {
  const members: number[] = []
  let i = marker + 1
  if (lines[i]?.blank) {
    while (lines[i]?.blank) i++
    // Under a heading alone, items of a headline and its teaser, a block each, while blocks keep that shape.
    const teasered: number[] = []
    for (let item = teaserItem(lines, i); item !== undefined && teasered.length < 2 * MAX_BOX_ITEMS; item = teaserItem(lines, nextBlock(lines, item[item.length - 1]!))) {
      teasered.push(...item)
    }
    if (teasered.length > 0) return teasered
  }
  for (; i < lines.length && !lines[i]!.blank; i++) {
    const line = lines[i]!
    if (!isOpen(line) || !line.shape.headline) break
    members.push(i)
  }
  return members
}

const MAX_TAG_WORDS = 4

/** Under a tags heading in the article: the rest of its block when every line is a short tag ("Marisqueo", "Noia"), else none. */
function tagMembers(lines: readonly LineNode[], marker: number): number[] {
  const members: number[] = []
  for (let i = marker + 1; i < lines.length && !lines[i]!.blank; i++) {
    const line = lines[i]!
    if (!isOpen(line) || line.shape.words > MAX_TAG_WORDS || line.shape.sentenceEnd) return []
    members.push(i)
  }
  return members
}

const MAX_TEASER_WORDS = 30 // a teaser is a sentence; the article's paragraphs run longer
const MAX_BOX_ITEMS = 6 // a box set into the article holds a few links

/** The block at `start` when it is a headline and a one-sentence teaser, both open: its two lines. */
function teaserItem(lines: readonly LineNode[], start: number): number[] | undefined {
  const headline = lines[start]
  const teaser = lines[start + 1]
  const after = lines[start + 2]
  if (headline === undefined || teaser === undefined || headline.blank || teaser.blank || (after !== undefined && !after.blank)) return undefined
  if (!isOpen(headline) || !isOpen(teaser) || !headline.shape.headline || !teaser.shape.sentenceEnd || teaser.shape.words > MAX_TEASER_WORDS) return undefined
  return [start, start + 1]
}

function nextBlock(lines: readonly LineNode[], end: number): number {
  let i = end + 1
  while (lines[i]?.blank) i++
  return i
}

/**
 * After the article: every open line to the next heading or the footer. A block of widgets
 * after the list's items (a newsletter sign-up, buttons) ends it: what follows is the page's.
 */
function sectionMembers(ctx: Context, marker: number, nextMarker: number): number[] {
  const {tree, lines} = ctx
  let stop = nextMarker
  if (tree.data.footer !== null && tree.data.footer.start > marker) stop = Math.min(stop, tree.data.footer.start)
  const members: number[] = []
  for (let i = marker + 1; i < stop; i++) {
    const line = lines[i]!
    if (line.blank) continue
    if (isOpen(line)) members.push(i)
    else if (members.length > 0 && isWidgetBlock(tree, line)) break
  }
  return members
}

/** The first line of a block every line of which an earlier detector found to be a widget or a promotion. */
function isWidgetBlock(tree: PageTree, line: LineNode): boolean {
  const block = tree.data.blocks[line.block]!.children
  return block[0] === line && block.every((item) => item.decision?.label === 'ui')
}

function labelItems(ctx: Context, members: readonly number[], label: MarkerLabel, heading: string): void {
  const {lines, tree, settings} = ctx
  for (const item of splitItems(lines, members)) {
    const itemKind = itemLabel(lines, item, label, settings.vocabulary)
    for (const i of item) {
      const line = lines[i]!
      const role = isDateLine(line, settings.vocabulary) ? 'date' : line.shape.headline ? 'headline' : line.shape.prose ? 'teaser' : 'item'
      if (decide(ctx, line, itemKind, 'section-list', `${role} in the list under ${heading}`) && itemKind === 'related' && role === 'headline') {
        tree.data.related.push({index: i, headline: line.text})
      }
    }
  }
}
