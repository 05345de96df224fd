/**
 * inline-related: on a page that separates paragraphs with blank lines, headlines glued under a
 * paragraph in the same block (`lead`, then `Headline A`, `Headline B`, no blank line between)
 * are a box of links set into the article, not its text. A list that the paragraph introduces
 * (it ends with a colon, the items have bullets) is text; a photo credit under a caption is the caption's.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {creditOf} from '../parse/cues.js'
import {context, decide, inArticle, isOpen} from './decide.js'

export default function inlineRelated(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    if (!tree.data.blankSeparated || tree.data.article === null) return
    const ctx = context(tree, file, settings)
    for (const node of tree.children) {
      if (node.type !== 'block' || node.children.length < 2) continue
      // The block's last paragraph and the lines glued under it.
      let last = -1
      node.children.forEach((line, k) => {
        if (line.shape.prose) last = k
      })
      const paragraph = node.children[last]
      const rest = node.children.slice(last + 1)
      if (paragraph === undefined || rest.length === 0 || paragraph.shape.end === ':') continue
      if (creditOf(paragraph, settings.vocabulary) !== undefined) continue
      // A photo credit alone under the paragraph ("Foto: TASR") makes that paragraph a caption.
      if (rest.some((line) => creditOf(line, settings.vocabulary)?.text === '')) continue
      if (!rest.every((line) => isOpen(line) && inArticle(tree, line.index) && line.shape.headline && !line.shape.bullet)) continue
      for (const line of rest) {
        decide(ctx, line, 'related', 'inline-related', 'headline glued under a paragraph: a box of links in the article')
        tree.data.related.push({index: line.index, headline: line.text})
      }
    }
  }
}
