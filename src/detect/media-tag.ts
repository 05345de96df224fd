/**
 * media-tag: a single line tagged as media (`[Video] …`, `VIDEO: …`, `▶ …`) that no list
 * took: an embedded video's or gallery's title.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {isMediaTagged} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function mediaTag(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (isOpen(line) && !line.shape.prose && isMediaTagged(line, settings.vocabulary)) {
        decide(ctx, line, 'media', 'media-tag', 'title of an embedded video or gallery')
      }
    }
  }
}
