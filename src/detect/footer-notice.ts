/**
 * footer-notice: a copyright or contact notice left inside the article (`© 2024 Example Media.
 * All rights reserved.`, `Email: newsroom@… - Phone: …`): the copyright sign, an e-mail
 * address, a phone number, or two footer words in a short line. A portal prints them between
 * paragraphs when a partner's box or a widget's legal line sits there. One footer word is not
 * enough (an article may mention a website), a sentence with an e-mail address may be the
 * article's ("write to tips@…"), and captions run first, so a credit with a copyright sign
 * stays a caption. A paragraph that opens with a footer word ("All rights reserved. This material
 * may not be reproduced …"), in one block with such a line, is the notice's too.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {isNotice, phraseStarting} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function footerNotice(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const span = tree.data.article
    if (span === null) return
    for (let i = span.start; i <= span.end; i++) {
      const line = ctx.lines[i]!
      if (!isOpen(line) || line.blank) continue
      // A sentence of the article may give an address to write to; a copyright sign is never the article's.
      if ((!line.shape.prose || line.norm.includes('\u00A9')) && isNotice(line, settings.vocabulary)) {
        decide(ctx, line, 'footer', 'footer-notice', 'copyright or contact notice inside the article')
      }
    }
    // "All rights reserved. This material … may not be reproduced …" over "Contact: editor@…":
    // a paragraph that opens with a footer word, in one block with a contact or copyright line, is the notice's.
    for (let i = span.start; i <= span.end; i++) {
      const line = ctx.lines[i]!
      if (!isOpen(line) || line.blank || !line.shape.prose) continue
      // The block first: most paragraphs stand alone or among paragraphs, and need no reading.
      const block = tree.data.blocks[line.block]!.children
      if (block.some((other) => other !== line && !other.shape.prose && isNotice(other, settings.vocabulary)) &&
        phraseStarting(line, settings.vocabulary.footerTerms, settings.vocabulary) > 0) {
        decide(ctx, line, 'footer', 'footer-notice', 'legal paragraph in one block with a copyright or contact line')
      }
    }
  }
}
