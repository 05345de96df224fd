/**
 * breadcrumb: the section path above the article: a line that starts with a home link
 * (`Trang chủ Thế giới Phân tích`, `Home › Culture › Books`), a line of short parts
 * between arrows or slashes, or a line that repeats a navigation item of the page's header and
 * continues with sub-sections (`Kinh doanh Vĩ mô` under a menu that has `Kinh doanh`), or the
 * section's name alone right above the title, repeating a menu item (`Binnenland`).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {crumbsOf, hasCrumbSeparators, withoutTitleCrumb} from '../metadata/breadcrumb.js'
import {context, decide, headLines, quote} from './decide.js'
import {phraseStarting} from '../parse/cues.js'

const MAX_WORDS = 15
const MAX_SECTION_WORDS = 3
const MAX_SECTION_LINES = 3
const BETWEEN_SEPARATORS = 'section path between separators'
const HOME_LINK = 'section path starting with the home link'

export default function breadcrumb(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    if (tree.data.article === null) return
    const ctx = context(tree, file, settings)
    // Only above the title, when there is one.
    const head = headLines(ctx).filter((line) => tree.data.title === null || line.index < tree.data.title)
    const navigation = new Set(head.filter((line) => line.shape.words <= 3).map((line) => line.key))
    const titleKey = tree.data.title === null ? undefined : ctx.lines[tree.data.title]!.key
    const paths: Array<{line: LineNode; reason: string}> = []
    for (const line of head) {
      if (line.shape.prose || line.shape.sentenceEnd) continue
      // A path may end with the title itself: the path is what comes before it.
      const path = withoutTitleCrumb(line, titleKey)
      if (path.split(' ').length > MAX_WORDS) continue
      const reason = crumbReason(line, path, navigation, settings)
      if (reason !== undefined) paths.push({line, reason: path === line.norm ? reason : `${reason}, ending with the title`})
    }
    // A page prints one breadcrumb: of the lines that are only parts between separators or start
    // with the home link, the one nearest the title is it ("Log in | Subscribe" above it is the
    // header's, and so is a menu that starts with "Home").
    let last: LineNode | undefined
    for (const {line, reason} of paths) if (isPathShaped(reason) && line.index > (last?.index ?? -1)) last = line
    for (const {line, reason} of paths) {
      if (isPathShaped(reason) && line !== last) continue
      decide(ctx, line, 'breadcrumb', 'breadcrumb', reason)
    }
    // The section's name above the title, alone or one crumb a line, its first crumb repeating a menu item.
    const above = head.find((line) => tree.data.title !== null && line.index < tree.data.title)
    const path = above === undefined ? [] : sectionPath(ctx.lines, above, tree.data.title!, tree)
    const first = path[0]
    if (first !== undefined && path.length <= MAX_SECTION_LINES && path.every((line) => isSectionName(line))) {
      // The name repeats a menu item, or names a part of one: "UK News" under a menu with "News".
      const item = head.find((line) => line.index < first.index && (line.key === first.key || (path.length === 1 && (isPartOf(first, line) || isInMenuRow(first, line)))))
      if (item !== undefined) {
        const reason = item.key === first.key ? 'section name above the title, repeating a menu item' : isInMenuRow(first, item)
          ? 'section name above the title, an item of the menu printed on one line'
          : `section name above the title, a part of the menu's ${quote(item.text)}`
        for (const line of path) if (decide(ctx, line, 'breadcrumb', 'breadcrumb', reason)) tree.data.wholeCrumbs.add(line.index)
      }
    }
  }
}

function isPathShaped(reason: string): boolean {
  return reason.startsWith(BETWEEN_SEPARATORS) || reason.startsWith(HOME_LINK)
}

/**
 * The lines that may be the section's path, ending right above the title: the block they
 * stand in. On a page without blank lines that block is the menu and the title too: there the
 * path is the section names right above the title, from the highest that repeats a line above
 * it (the menu's item).
 */
function sectionPath(lines: readonly LineNode[], above: LineNode, title: number, tree: PageTree): LineNode[] {
  const block = tree.data.blocks[above.block]!.children
  if (lines[title]!.block !== above.block) return lines.slice(block[0]!.index, above.index + 1)
  let start = above.index
  for (let i = above.index; i > above.index - MAX_SECTION_LINES && i > block[0]!.index && isSectionName(lines[i]!); i--) {
    if (repeatsAbove(lines, i)) start = i
  }
  return lines.slice(start, above.index + 1)
}

/** Whether a line above line `index` has its key. */
function repeatsAbove(lines: readonly LineNode[], index: number): boolean {
  for (let i = 0; i < index; i++) if (lines[i]!.key === lines[index]!.key) return true
  return false
}

/** A name of two or three words whose last word is a menu item: "UK News", "Local News" under "News". */
function isPartOf(name: LineNode, item: LineNode): boolean {
  return name.shape.words >= 2 && name.shape.words <= MAX_SECTION_WORDS && item.shape.words === 1 && name.key.endsWith(` ${item.key}`)
}

const MIN_MENU_ROW_WORDS = 4

/** A menu printed on one line, capitalised words without a stop ("Nación Metrópoli Mundo Cartera"), that has the name among its words. */
function isInMenuRow(name: LineNode, row: LineNode): boolean {
  if (row.shape.words < MIN_MENU_ROW_WORDS || row.shape.sentenceEnd || row.shape.prose || !row.norm.split(' ').every((word) => /^\p{Lu}/u.test(word))) return false
  return ` ${row.key} `.includes(` ${name.key} `)
}

function isSectionName(line: LineNode): boolean {
  return line.decision === undefined && line.shape.words <= MAX_SECTION_WORDS && !line.shape.sentenceEnd && /^\p{Lu}/u.test(line.norm)
}

function crumbReason(line: LineNode, path: string, navigation: ReadonlySet<string>, settings: Settings): string | undefined {
  const vocabulary = settings.vocabulary
  if (phraseStarting(line, vocabulary.homeLinks, vocabulary) > 0 && line.shape.words >= 2 && crumbsOf(path, vocabulary) !== undefined) {
    return HOME_LINK
  }
  if (hasCrumbSeparators(path) && /[\u203A\u00BB>/|\u2192]/u.test(path)) return BETWEEN_SEPARATORS
  const crumbs = crumbsOf(path, vocabulary)
  if (crumbs !== undefined && crumbs.length >= 2 && line.shape.words <= 8) {
    const first = crumbs[0]!.toLowerCase()
    if ([...navigation].some((item) => item === first && item !== line.key)) return 'section path that repeats a navigation item'
  }
  return undefined
}
