/**
 * promo: a newsletter or app promotion set into the page (`Sign up to Shelf Life` / `Free
 * weekly newsletter`, `Recibe cada tarde el boletín… Apúntate`, `Participe do canal do g1 no
 * WhatsApp`): a block of short lines with a call to action and another promotion word.
 * A single word proves nothing (an article may be about WhatsApp); a call to action with a
 * second such word, in a short block, does.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {phraseIn, phrasesIn} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

const MAX_BLOCK_LINES = 6
const MAX_LINE_WORDS = 40 // a promotion is a sentence or two, not a paragraph
const MAX_ALONE_WORDS = 25 // on a line of its own, shorter still
const MIN_TERMS = 2 // distinct promotion words, a call to action among them
const MIN_TERMS_ALONE = 3 // a promotion on a line of its own has to say more: it may be a sentence of the article

export default function promo(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lead = tree.data.article?.start
    for (const node of tree.children) {
      if (node.type !== 'block' || node.children.length > MAX_BLOCK_LINES) continue
      // The whole block speaks (a button may be decided already); only its open lines are decided here.
      const lines = node.children
      const maxWords = lines.length === 1 ? MAX_ALONE_WORDS : MAX_LINE_WORDS
      if (!lines.some(isOpen) || lines.some((line) => line.shape.words > maxWords || line.index === lead)) continue
      // A call to action first: most blocks have none, and need no further reading.
      if (!lines.some((line) => phraseIn(line, vocabulary.callsToAction, vocabulary) !== undefined)) continue
      const terms = new Set<string>()
      for (const line of lines) {
        for (const term of phrasesIn(line, vocabulary.promoTerms, vocabulary)) terms.add(term)
        for (const term of phrasesIn(line, vocabulary.callsToAction, vocabulary)) terms.add(term)
      }
      if (terms.size < (lines.length === 1 ? MIN_TERMS_ALONE : MIN_TERMS)) continue
      for (const line of lines) if (isOpen(line)) decide(ctx, line, 'ui', 'promo', reasonFor(line, terms))
    }
  }
}

function reasonFor(line: LineNode, terms: ReadonlySet<string>): string {
  return `${line.shape.prose ? 'text' : 'line'} of a newsletter or app promotion (${[...terms].slice(0, 3).join(', ')})`
}
