import {retext} from 'retext'
import type {Root} from 'nlcst'

// A frozen processor is immutable: sharing it across calls shares no state.
const parser = retext().freeze()

/**
 * Sentences in one line, by retext's Latin-script parser (it knows initialisms such as
 * "U.S.", decimal numbers and sentences that do not start with a capital). Used only where a
 * cheap test cannot tell a headline from running text; it costs tens of microseconds a line.
 */
export function countSentences(text: string): number {
  const tree = parser.parse(text) as Root
  let count = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode' && child.children.some((node) => node.type === 'WordNode')) count++
    }
  }
  return count
}
