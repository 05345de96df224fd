/**
 * outside-article: what is left before the article's lead or after its end once the other
 * detectors have run (the end moves up to the last paragraph they left, and its coda). Position is the evidence: nothing there is article text. The label
 * follows the line's shape: a temperature is weather; before the article short lines are
 * navigation and longer ones links to other stories; after it short lines are widgets and the
 * rest links to other stories. A line with a copyright sign, an e-mail address, a phone number
 * or two footer words is a footer line wherever it stands. A long line of capitalised words without punctuation before the
 * article is a menu run together (`Thời sự Thế giới Kinh doanh …`).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {isNotice, isTemperature} from '../parse/cues.js'
import {settleArticleEnd} from '../parse/layout.js'
import {context, decide, isOpen, regionOf} from './decide.js'

const MIN_HEADLINE_WORDS = 5 // fewer words before the article are a menu item
const MAX_WIDGET_WORDS = 3 // after the article
const MIN_MENU_CAPITALS = 0.6 // share of words capitalised in a menu run together on one line

export default function outsideArticle(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    if (tree.data.article !== null) tree.data.article = settleArticleEnd(ctx.lines, tree.data.article, settings.vocabulary)
    const noArticle = tree.data.article === null
    const aboveFooter = footerPreamble(tree)
    for (const line of ctx.lines) {
      if (!isOpen(line)) continue
      const region = regionOf(tree, line.index)
      if (region === 'article') continue
      const where = noArticle ? 'on a page without article text' : region === 'head' ? 'before the article' : 'after the article'
      if (isTemperature(line.norm)) decide(ctx, line, 'weather', 'outside-article', `weather widget ${where}`)
      else if (line.index >= aboveFooter) decide(ctx, line, 'footer', 'outside-article', `the publisher's text right above the footer`)
      else if (isNotice(line, settings.vocabulary)) decide(ctx, line, 'footer', 'outside-article', `copyright or contact line ${where}`)
      else if (region === 'head' && (line.shape.words < MIN_HEADLINE_WORDS || isMenuBar(line.norm))) decide(ctx, line, 'ui', 'outside-article', `navigation ${where}`)
      else if (region === 'tail' && line.shape.words <= MAX_WIDGET_WORDS) decide(ctx, line, 'ui', 'outside-article', `widget or navigation ${where}`)
      else {
        decide(ctx, line, 'related', 'outside-article', `link to another story ${where}`)
        if (line.shape.headline) tree.data.related.push({index: line.index, headline: line.text})
      }
    }
  }
}

/**
 * The first line of the publisher's paragraphs right above its footer, after the article and its
 * lists (an acknowledgement, a notice about agency material): blocks that open with a sentence
 * and that no detector touched. A list's item opens with its headline, and stops the run.
 */
function footerPreamble(tree: PageTree): number {
  const {lines, blocks, footer, article} = tree.data
  if (footer === null || article === null) return Infinity
  let first = Infinity
  for (let i = footer.start - 1; i > article.end; i--) {
    if (lines[i]!.blank) continue
    const block = blocks[lines[i]!.block]!.children
    const opening = block[0]!
    if (opening.index <= article.end || !block.every(isOpen) || !opening.shape.prose || !opening.shape.sentenceEnd) break
    first = opening.index
    i = opening.index
  }
  return first
}

function isMenuBar(norm: string): boolean {
  if (/[.,:;!?()"\d]/.test(norm)) return false
  const words = norm.split(' ')
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= MIN_MENU_CAPITALS
}
