/**
 * promo: a subscription wall's line (`La suite est réservée aux abonnés`), or a newsletter or
 * app promotion set into the page (`Sign up to Shelf Life` / `Free
 * weekly newsletter`, `Recibe cada tarde el boletín… Apúntate`, `Participe do canal do g1 no
 * WhatsApp`): a block of short lines with a call to action and another promotion word.
 * A single word proves nothing (an article may be about WhatsApp); a call to action with a
 * second such word, in a short block, does.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {paywallPhrase, promotionTerms} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

export default function promo(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lead = tree.data.article?.start
    // A subscription wall ("Il vous reste 75 % de cet article à lire", "Already a subscriber?") on its own line.
    for (const line of ctx.lines) {
      const phrase = isOpen(line) && line.index !== lead ? paywallPhrase(line, vocabulary) : undefined
      if (phrase !== undefined) decide(ctx, line, 'ui', 'promo', `subscription wall ("${phrase}")`)
    }
    for (const node of tree.children) {
      if (node.type !== 'block') continue
      // The whole block speaks (a button may be decided already); only its open lines are decided here.
      const lines = node.children
      if (!lines.some(isOpen) || lines.some((line) => line.index === lead)) continue
      const terms = promotionTerms(lines, vocabulary)
      if (terms === undefined) continue
      for (const line of lines) if (isOpen(line)) decide(ctx, line, 'ui', 'promo', reasonFor(line, terms))
    }
  }
}

function reasonFor(line: LineNode, terms: ReadonlySet<string>): string {
  return `${line.shape.prose ? 'text' : 'line'} of a newsletter or app promotion (${[...terms].slice(0, 3).join(', ')})`
}
