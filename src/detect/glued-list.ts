/**
 * glued-list: on a page that puts each paragraph in a block of its own, a block that holds two
 * headlines or more, with teasers between them (`Najczęściej czytane` / headline / teaser /
 * headline / teaser), is a list of links, whatever its heading says and in any language. A
 * short line heading the block belongs to it; a paragraph before the first headline does not.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {context, decide, isOpen} from './decide.js'

const MAX_HEADING_WORDS = 4
const MIN_LIST_HEADLINES = 2

export default function gluedList(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    if (!tree.data.blankSeparated) return
    const ctx = context(tree, file, settings)
    const lines = ctx.lines
    const glued = tree.data.gluedLists
    // Two headlines of which one is the page's own are the title and its standfirst, not a list of links.
    const titleBlock = tree.data.title === null ? -1 : lines[tree.data.title]!.block
    let others = 0
    for (let i = 0; i < lines.length; i++) if (glued[i] && lines[i]!.block === titleBlock && i !== tree.data.title && lines[i]!.shape.headline) others++
    for (let i = 0; i < lines.length; i++) {
      if (!glued[i] || (lines[i]!.block === titleBlock && others < MIN_LIST_HEADLINES)) continue
      // A short heading right above the list's first headline, in the same block.
      const above = lines[i - 1]
      if (above && !above.blank && !glued[i - 1] && isOpen(above) && above.shape.words <= MAX_HEADING_WORDS && !above.shape.prose) {
        decide(ctx, above, 'related', 'glued-list', 'heading of a list of links in one block')
      }
      const line = lines[i]!
      const role = line.shape.headline ? 'headline' : 'line'
      if (decide(ctx, line, 'related', 'glued-list', `${role} in a block of several headlines: a list of links`) && role === 'headline') {
        tree.data.related.push({index: i, headline: line.text})
      }
    }
  }
}
