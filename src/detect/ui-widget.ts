/**
 * ui-widget: widgets and navigation: a line the lexicon knows whole (`Nhảy đến nội dung`,
 * `Skip to content`, `Phiên bản di động`), a text-size control (`aa`, `A- A+`), a line of
 * symbols only, a "follow us" line (`Theo dõi Tinmoi.vn trên`), a label with nothing after
 * its colon (`Nguồn:`), a label over a list of tags (`Từ khóa: a, b, c`), a share button
 * (`Compartir en Whatsapp`), a row of them (`Ibahagi: Facebook X Viber Messenger`), or a short
 * line with a widget's words (`4 min read`, `Temps de lecture 4 min`, `opens in a new tab`).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {lineKey, tokens, type Vocabulary} from '../lexicon/index.js'
import {isWholePhrase, phraseIn, phraseStarting, wordsOf} from '../parse/cues.js'
import {context, decide, isOpen} from './decide.js'

const MAX_WIDGET_WORDS = 8 // widget lines are short
const MAX_TAG_LIST_WORDS = 30 // a label and its tags, not a sentence
const MAX_FOLLOW_WORDS = 6
const MAX_FRAGMENT_LINE_WORDS = 6 // "Temps de lecture 4 min.", "1.2K comments"
const MAX_SHARE_TARGET_WORDS = 3 // "Share on Facebook", "Chia sẻ lên Zalo"
const TEXT_SIZE = /^(?:a[+\-\u2212]?\s?){1,4}$/i
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const DOMAIN = /\p{L}\.(?:vn|com|net|org|info|news|co|uk|de|fr|es|it|id|br|pt|tv)\b/iu

export default function uiWidget(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (!isOpen(line) || line.shape.words > MAX_WIDGET_WORDS * 2) continue
      const reason = widgetReason(line, vocabulary)
      if (reason !== undefined) decide(ctx, line, 'ui', 'ui-widget', reason)
    }
  }
}

const MAX_ROW_LABEL_WORDS = 3

/**
 * Buttons on one line, each a whole widget phrase (`Facebook X WhatsApp Email`), perhaps under
 * a label no lexicon knows (`Ibahagi: …`): platform names are the same in every language.
 */
function isButtonRow(norm: string, vocabulary: Vocabulary): boolean {
  const colon = norm.indexOf(': ')
  const label = colon < 0 ? '' : norm.slice(0, colon)
  const buttons = (label !== '' && label.split(' ').length <= MAX_ROW_LABEL_WORDS ? norm.slice(colon + 2) : norm).split(' ')
  // Most lines stop at their first word.
  if (buttons.length < 2 || !vocabulary.ui.has(lineKey(buttons[0]!))) return false
  let known = 1
  for (let i = 1; i < buttons.length; i++) if (vocabulary.ui.has(lineKey(buttons[i]!))) known++
  // The first a known button, and a stray unknown platform ("Viber") only among three or more known.
  return known >= 2 && (known === buttons.length || (buttons.length - known === 1 && known >= 3))
}

function widgetReason(line: LineNode, vocabulary: Vocabulary): string | undefined {
  const norm = line.norm
  if (!LETTER_OR_DIGIT.test(norm)) return 'symbols only'
  if (norm.length <= 8 && TEXT_SIZE.test(norm)) return 'text-size widget'
  // A list of tags after its label runs as long as the tags do: "Từ khóa: xe tải cấm giờ cao điểm Hà Nội".
  const colon = norm.indexOf(':')
  if (colon > 0 && colon < norm.length - 1 && !line.shape.sentenceEnd && line.shape.words <= MAX_TAG_LIST_WORDS) {
    const label = tokens(norm.slice(0, colon).toLowerCase()).join(' ')
    const isCredit = vocabulary.sourcePrefixes.has(label) || vocabulary.bylinePrefixes.has(label) ||
      vocabulary.editorPrefixes.has(label) || vocabulary.creditWords.has(label)
    // "Related: Lakewood residents urged to test water" is one link's headline, for read-more; tags come in a list.
    const isLink = vocabulary.readMorePrefixes.has(label) && !norm.includes(',', colon)
    if (!isCredit && !isLink && vocabulary.emptyLabels.has(label)) return 'label over a list of tags or links'
  }
  if (line.shape.words > MAX_WIDGET_WORDS) return undefined
  const words = wordsOf(line)
  if (isWholePhrase(line, vocabulary.ui)) return 'widget or navigation text'
  if (isButtonRow(norm, vocabulary)) return 'row of buttons (share, follow)'
  if (norm.endsWith(':') && vocabulary.emptyLabels.has(words.join(' '))) return 'label with nothing after it'
  const share = phraseStarting(line, vocabulary.sharePrefixes, vocabulary)
  if (share > 0 && words.length - share <= MAX_SHARE_TARGET_WORDS && !line.shape.sentenceEnd) return 'share button'
  const fragment = phraseIn(line, vocabulary.uiFragments, vocabulary)
  if (fragment !== undefined && (fragment.includes(' ') || /\d/.test(norm)) && line.shape.words <= MAX_FRAGMENT_LINE_WORDS) {
    return `widget text ("${fragment}")`
  }
  // "Follow us on" is one whatever follows, and however it ends ("Follow us on Instagram!"); a
  // shorter prefix needs a platform after it ("Síguenos en Google News") or the site's name,
  // and no sentence.
  const follow = phraseStarting(line, vocabulary.followPrefixes, vocabulary)
  if (follow > 0 && line.shape.words <= MAX_FOLLOW_WORDS &&
    (follow >= 3 || vocabulary.promoTerms.has(words.slice(follow).join(' ')) || (DOMAIN.test(norm) && !line.shape.sentenceEnd))) {
    return '"follow us" link'
  }
  return undefined
}
