/**
 * read-more: a link to another article set in the text with its prefix:
 * `Xem thêm: Giá vàng hôm nay …`, `Read more: …`, `Lire aussi : …`, `Baca juga: …`.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {readMoreOf} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function readMore(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (!isOpen(line)) continue
      const headline = readMoreOf(line, settings.vocabulary)
      if (headline === undefined) continue
      decide(ctx, line, 'related', 'read-more', 'link to another article with a "read more" prefix')
      tree.data.related.push({index: line.index, headline})
    }
  }
}
