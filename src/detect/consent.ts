/**
 * consent: a cookie or consent banner (`We use cookies to give you the best experience…`,
 * `Yes, I'm happy`, `Manage my cookies`): outside the article, a block in which a line speaks
 * of cookies or consent is the banner, buttons included.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {wordsOf} from '../parse/cues.js'
import {context, decide, isOpen, regionOf} from './decide.js'

export default function consent(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const node of tree.children) {
      if (node.type !== 'block') continue
      const first = node.children[0]!
      if (regionOf(tree, first.index) === 'article') continue
      if (!node.children.some((line) => vocabulary.consentTerms.findIn(wordsOf(line)) !== undefined)) continue
      for (const line of node.children) {
        if (isOpen(line)) decide(ctx, line, 'ui', 'consent', 'cookie or consent banner')
      }
    }
  }
}
