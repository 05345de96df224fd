/**
 * repeat-list: a list of links to other articles found by repetition: each item is a headline,
 * the same headline again (its image's alt text or a second link) and often a teaser,
 * two items or more in a row. Items that are weather reports are `weather`; under a `Video`
 * or comments heading the items take that heading's label.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {itemLabel, sectionLabels} from '../parse/lists.js'
import {context, decide} from './decide.js'

export default function repeatList(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const runs = tree.data.lists
    if (runs.length === 0) return
    const ctx = context(tree, file, settings)
    const sections = sectionLabels(ctx.lines, tree.data.article?.end ?? -1, settings.vocabulary)
    for (const run of runs) {
      const listLabel = sections[run.start] ?? 'related'
      for (const group of run.groups) {
        const item = [group.headline, group.repeat, group.teaser].filter((i): i is number => i !== null)
        const label = itemLabel(ctx.lines, item, listLabel, settings.vocabulary)
        const headline = ctx.lines[group.headline]!
        const what = label === 'weather' ? 'weather report' : label === 'related' ? 'link to another article' : `${label} item`
        const reason = `${what} in a list of ${run.groups.length} repeated headlines`
        for (const i of item) decide(ctx, ctx.lines[i]!, label, 'repeat-list', i === group.teaser ? `teaser of a ${reason}` : reason)
        if (label === 'related') tree.data.related.push({index: headline.index, headline: headline.text})
      }
    }
  }
}
