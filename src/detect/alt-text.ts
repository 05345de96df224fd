/**
 * alt-text: an image's alt text numbered after the article (`<headline> ảnh 1`,
 * `<headline> photo 2`): the image, not text.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {altTextStem} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function altText(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (isOpen(line) && altTextStem(line, settings.vocabulary) !== undefined) {
        decide(ctx, line, 'media', 'alt-text', 'numbered alt text of an image')
      }
    }
  }
}
