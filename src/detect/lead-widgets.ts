/**
 * lead-widgets: short lines between the lead and the first paragraph that no detector named:
 * a comment count (`87`), a reading time, a "listen" button. A portal sets its byline, date and
 * buttons there; a subheading there would be followed by text, and is left alone.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {neighbour} from '../parse/layout.js'
import {context, decide, leadZone, leavesPage} from './decide.js'

const MAX_WIDGET_WORDS = 4

export default function leadWidgets(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of leadZone(ctx)) {
      if (line.shape.words > MAX_WIDGET_WORDS || line.shape.sentenceEnd) continue
      // The next line that will stay on the page: a caption or a notice under a subheading is no text.
      let next = neighbour(ctx.lines, line.index, 1)
      while (next !== undefined && next.decision === undefined && next.shape.prose && leavesPage(ctx, next)) next = neighbour(ctx.lines, next.index, 1)
      if (next !== undefined && next.shape.prose && next.decision === undefined) continue
      decide(ctx, line, 'ui', 'lead-widgets', 'widget between the lead and the text')
    }
  }
}
