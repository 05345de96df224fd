/**
 * consent: a cookie or consent banner (`We use cookies to give you the best experience…`,
 * `Yes, I'm happy`, `Manage my cookies`): outside the article, a block in which a line speaks
 * of cookies or consent beside a button is the banner, buttons included; inside the article, an
 * embed's small placeholder of that shape. The layout step found
 * the blocks (so that a banner is never taken for the article's last paragraph).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {context, decide, isOpen, regionOf} from './decide.js'

const MAX_PLACEHOLDER_LINES = 3

export default function consent(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const node of tree.children) {
      if (node.type !== 'block') continue
      const first = node.children[0]!
      // Inside the article only a small block on a page that sets its paragraphs apart: an embed's
      // placeholder ("This content is not shown because you have not accepted social media cookies" /
      // "Change cookie settings"), not a paragraph about cookies.
      const inArticle = regionOf(tree, first.index) === 'article'
      if (!tree.data.banners.has(first.block) || (inArticle && (!tree.data.blankSeparated || node.children.length > MAX_PLACEHOLDER_LINES))) continue
      for (const line of node.children) {
        if (isOpen(line)) decide(ctx, line, 'ui', 'consent', 'cookie or consent banner')
      }
    }
  }
}
