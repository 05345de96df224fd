/**
 * doubled-link: a line that is one headline twice (`Headline Headline`): a link card whose
 * title and image alt text innerText ran together. Article text never repeats itself so.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {doubledHalf} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function doubledLink(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (!isOpen(line)) continue
      const half = doubledHalf(line.norm)
      if (half === undefined) continue
      decide(ctx, line, 'related', 'doubled-link', 'link card: the same headline twice on one line')
      tree.data.related.push({index: line.index, headline: half})
    }
  }
}
