/**
 * slug: a de-accented lower-case title (`infographic gia vang tang manh`) or a URL
 * slug: what an image or an infographic leaves in the text. On a page written with diacritics
 * such a line cannot be prose; elsewhere it counts only outside the article, where a line
 * with no capital letter and no punctuation is no sentence either.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {isSlug} from '../parse/cues.js'
import {context, decide, isOpen, regionOf} from './decide.js'

export default function slug(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (!isOpen(line) || !isSlug(line.norm)) continue
      const hyphenated = !line.norm.includes(' ')
      if (tree.data.accented || hyphenated || regionOf(tree, line.index) !== 'article') {
        decide(ctx, line, 'infographic', 'slug', tree.data.accented ? 'de-accented lower-case slug of an image or infographic' : 'lower-case slug of an image or infographic')
      }
    }
  }
}
