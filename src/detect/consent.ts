/**
 * consent: a cookie or consent banner (`We use cookies to give you the best experience…`,
 * `Yes, I'm happy`, `Manage my cookies`): outside the article, a block in which a line speaks
 * of cookies or consent beside a button is the banner, buttons included. The layout step found
 * the blocks (so that a banner is never taken for the article's last paragraph).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {context, decide, isOpen, regionOf} from './decide.js'

export default function consent(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const node of tree.children) {
      if (node.type !== 'block') continue
      const first = node.children[0]!
      if (!tree.data.banners.has(first.block) || regionOf(tree, first.index) === 'article') continue
      for (const line of node.children) {
        if (isOpen(line)) decide(ctx, line, 'ui', 'consent', 'cookie or consent banner')
      }
    }
  }
}
