/**
 * lead-widgets: short lines between the lead and the first paragraph that no detector named:
 * a comment count (`87`), a reading time, a "listen" button. A portal sets its byline, date and
 * buttons there; a subheading there would be followed by text, and is left alone, as is a live
 * blog's first entry time when the article has several, and the heading of a list of key points.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {neighbour} from '../parse/layout.js'
import {context, decide, leadZone, leavesPage} from './decide.js'

const MAX_WIDGET_WORDS = 4
const MIN_ENTRY_TIMES = 3 // times alone on their lines in the article: a live blog's entries
const MIN_ITEM_WORDS = 5 // an item of a list, not a button ("Share:" over "Facebook")

// A clock time alone on its line: "11:45", "09.12", "10h30".
const CLOCK_ONLY = /^\d{1,2}[:.h]\d{2}$/

export default function leadWidgets(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of leadZone(ctx)) {
      if (line.shape.words > MAX_WIDGET_WORDS || line.shape.sentenceEnd) continue
      // A live blog stamps each entry with its time: the first entry's is no widget either.
      if (CLOCK_ONLY.test(line.norm) && clocksIn(tree) >= MIN_ENTRY_TIMES) continue
      let next = neighbour(ctx.lines, line.index, 1)
      // A heading ending with a colon over the items under it ("Key points:") heads a list of the article.
      if (line.shape.end === ':' && next !== undefined && next.decision === undefined && next.shape.words >= MIN_ITEM_WORDS) continue
      // The next line that will stay on the page: a caption or a notice under a subheading is no text.
      while (next !== undefined && next.decision === undefined && next.shape.prose && leavesPage(ctx, next)) next = neighbour(ctx.lines, next.index, 1)
      if (next !== undefined && next.shape.prose && next.decision === undefined) continue
      decide(ctx, line, 'ui', 'lead-widgets', 'widget between the lead and the text')
    }
  }
}

/** Lines of the article that are only a clock time. */
function clocksIn(tree: PageTree): number {
  const span = tree.data.article
  let clocks = 0
  if (span !== null) for (let i = span.start; i <= span.end; i++) if (CLOCK_ONLY.test(tree.data.lines[i]!.norm)) clocks++
  return clocks
}
