/**
 * source: a credit for the whole story (`(theo TTXVN)`, `Nguồn: Reuters`, `Source: …`,
 * `(AFP)`) above the article, between its lead and its text, or in the few lines after it. An empty `Nguồn:` is a widget
 * (ui-widget); a photo credit belongs to its caption.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {markerOf} from '../parse/cues.js'
import {sourceOfLine} from '../metadata/source.js'
import {codaLines, context, decide, headLines, leadZone} from './decide.js'

export default function source(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const coda = codaLines(ctx, (line) => markerOf(line, vocabulary) !== undefined, true)
    const zone = leadZone(ctx)
    for (const line of [...headLines(ctx), ...zone, ...coda]) {
      const name = sourceOfLine(line, vocabulary)
      if (name !== undefined) decide(ctx, line, 'source', 'source', `the story is credited to ${name}`)
    }
  }
}
