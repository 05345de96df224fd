/**
 * The parser: text → a unist tree of blocks and lines with positions, then the page's layout
 * (where the article lies, the footer, lists found by repetition) computed once for all
 * detectors.
 */
import type {Processor} from 'unified'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {findLayout} from './layout.js'
import {findRepeatRuns} from './lists.js'
import {buildPage} from './page.js'

export function parsePage(text: string, settings: Settings): PageTree {
  const tree = buildPage(text)
  const data = tree.data
  data.lists = findRepeatRuns(data.lines, settings.vocabulary)
  const layout = findLayout(data.lines, data.lists, settings.vocabulary, () => false)
  data.article = layout.article
  data.footer = layout.footer
  data.blankSeparated = layout.blankSeparated
  data.accented = layout.accented
  return tree
}

/** unified plugin: sets the processor's parser. */
export default function parser(this: Processor, settings: Settings): void {
  this.parser = (document: string) => parsePage(document, settings)
}
