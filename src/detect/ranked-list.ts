/**
 * ranked-list: numbers alone on their lines counting up (1, 2, 3…) with a headline after each:
 * a "most read" ranking in any language.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {context, decide} from './decide.js'

const MIN_RANKS = 3
const RANK = /^\d{1,2}\.?$/

export default function rankedList(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const nonBlank = ctx.lines.filter((line) => !line.blank)
    let k = 0
    while (k < nonBlank.length) {
      const run = rankRun(nonBlank, k)
      if (run.length >= MIN_RANKS * 2) {
        for (const line of run) {
          const isRank = RANK.test(line.norm)
          if (decide(ctx, line, 'related', 'ranked-list', isRank ? 'rank number of a "most read" list' : 'headline of a ranked list') && !isRank) {
            tree.data.related.push({index: line.index, headline: line.text})
          }
        }
        k += run.length
      } else k++
    }
  }
}

/** From position k: rank 1, a headline, rank 2, a headline, … as long as the ranks count up. */
function rankRun(lines: readonly LineNode[], k: number): LineNode[] {
  const run: LineNode[] = []
  let expected = 1
  for (let i = k; i + 1 < lines.length; i += 2) {
    const rank = lines[i]!
    const headline = lines[i + 1]!
    if (!RANK.test(rank.norm) || parseInt(rank.norm, 10) !== expected || !headline.shape.headline) break
    run.push(rank, headline)
    expected++
  }
  return run
}
