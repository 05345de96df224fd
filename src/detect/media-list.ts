/**
 * media-list: a block of short lines many of which carry a media tag (`[Video] …`, `VIDEO: …`)
 * is a list of videos or galleries; its untagged lines are the same kind of item. So is a block
 * whose first line is tagged (`VÍDEOS: veja os destaques`) and heads the items under it, and a
 * short block with a video's running time on a line of its own (`Play video` / title / `01:24`),
 * unless it is one of the items under a list heading of another kind (a "Most read" list whose
 * items are a time and a headline): that list is section-list's.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {isGalleryCounter, isMediaTagged, markerOf} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

const MIN_ITEMS = 3 // a list has three items or more; fewer tagged lines are single embeds (media-tag)
const MIN_TAGGED = 0.4 // share of the block's open lines that carry a tag

export default function mediaList(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    // Whether the blocks since the last heading are items under a heading of another kind
    // ("Most read" over blocks of a clock time and a headline): their times are when, not how long.
    let underOtherHeading = false
    for (const node of tree.children) {
      if (node.type !== 'block') continue
      const open = node.children.filter((line) => isOpen(line) && !line.shape.prose)
      // A photo gallery's position over its picture's caption: "1 / 12".
      for (const line of open) if (isGalleryCounter(line.norm)) decide(ctx, line, 'media', 'media-list', "a photo gallery's position")
      if (isVideoEmbed(node.children)) {
        if (underOtherHeading) continue
        for (const line of open) decide(ctx, line, 'media', 'media-list', 'embedded video: its title and running time')
        continue
      }
      const heading = node.children.length === 1 ? markerOf(node.children[0]!, settings.vocabulary) : undefined
      underOtherHeading = heading !== undefined && heading !== 'media'
      if (open.length < MIN_ITEMS) continue
      const tagged = open.filter((line) => isMediaTagged(line, settings.vocabulary)).length
      const headed = open[0] === node.children[0] && isMediaTagged(open[0]!, settings.vocabulary)
      if (!headed && (tagged < MIN_ITEMS || tagged / open.length < MIN_TAGGED)) continue
      for (const line of open) decide(ctx, line, 'media', 'media-list', reasonFor(line, tagged, open.length, settings))
    }
  }
}

// A running time alone (`01:24`), or a player's position over it (`00:00 / 01:12`).
const DURATION = /^(?:\d{1,2}:\d{2}(?::\d{2})? ?\/ ?)?\d{1,2}:\d{2}(?::\d{2})?$/
const MAX_EMBED_LINES = 4

/** A few short lines, one of them a running time alone (`01:24`), none of them prose. */
function isVideoEmbed(block: readonly LineNode[]): boolean {
  return block.length >= 2 && block.length <= MAX_EMBED_LINES && block.some((line) => DURATION.test(line.norm)) && !block.some((line) => line.shape.prose)
}

function reasonFor(line: LineNode, tagged: number, total: number, settings: Settings): string {
  const tag = isMediaTagged(line, settings.vocabulary) ? 'media-tagged item' : 'item'
  return `${tag} of a video or gallery list (${tagged} of ${total} lines tagged)`
}
