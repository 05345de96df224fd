/**
 * media-file: a bare file name or a link to an image or a video (`img_2025_0412-3.jpg`),
 * left in the text where an image stood.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {isFileName} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function mediaFile(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (isOpen(line) && isFileName(line.norm)) decide(ctx, line, 'media', 'media-file', 'file name of an image or a video')
    }
  }
}
