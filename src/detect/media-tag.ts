/**
 * media-tag: a single line tagged as media (`[Video] …`, `VIDEO: …`, `▶ …`) that no list
 * took: an embedded video's or gallery's title. Where the tag is also a credit's label (`Foto`
 * in Croatian or Polish), a line that is only the label and a name (`Foto: Pixsell`) is a
 * photo's credit, left to the caption rule.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import type {Vocabulary} from '../lexicon/index.js'
import {creditOf, isMediaTagged} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

// A word of a sentence: three letters or more, starting lower-case ("pogledajte", "kako").
const SENTENCE_WORD = /(?:^|[\s/])\p{Ll}\p{L}{2}/u

export default function mediaTag(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (isOpen(line) && !line.shape.prose && isMediaTagged(line, settings.vocabulary) && !isBareCredit(line, settings.vocabulary)) {
        decide(ctx, line, 'media', 'media-tag', 'title of an embedded video or gallery')
      }
    }
  }
}

/** Only a credit's label and a name or an agency: `Foto: Piotr Zieliński / PAP`. */
function isBareCredit(line: LineNode, vocabulary: Vocabulary): boolean {
  const credit = creditOf(line, vocabulary)
  return credit !== undefined && credit.text === '' && !SENTENCE_WORD.test(credit.credit)
}
