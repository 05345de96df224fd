/**
 * What a single line says about itself: tests shared by the layout step and the detectors.
 * Each takes a line (or its folded text) and the vocabulary; none looks at other lines.
 */
import type {LineNode} from '../types.js'
import {firstToken, tokens, type LineSet, type MarkerLabel, type PhraseSet, type Scan, type Vocabulary} from '../lexicon/index.js'
import {isWordCharAt} from './chars.js'

/** The word tokens of a line, computed once. */
export function wordsOf(line: LineNode): string[] {
  line.tokens ??= tokens(line.key)
  return line.tokens
}

const scanUncached = (line: LineNode, vocabulary: Vocabulary): Scan => vocabulary.index.scan(line.key)

/** The line's scan against every phrase set of the vocabulary, computed once. */
export function scanOf(line: LineNode, vocabulary: Vocabulary): Scan {
  return memo(line, Cue.scan, scanUncached, vocabulary)
}

/** The first phrase of a set in a line. */
export function phraseIn(line: LineNode, set: PhraseSet, vocabulary: Vocabulary): string | undefined {
  for (const [id, start, length] of scanOf(line, vocabulary)) if (id === set.id) return wordsOf(line).slice(start, start + length).join(' ')
  return undefined
}

/** The phrases of a set in a line, longest at each place, not overlapping. */
export function phrasesIn(line: LineNode, set: PhraseSet, vocabulary: Vocabulary): string[] {
  const found: string[] = []
  let next = 0
  for (const [id, start, length] of scanOf(line, vocabulary)) {
    if (id !== set.id || start < next) continue
    const phrase = wordsOf(line).slice(start, start + length).join(' ')
    if (!found.includes(phrase)) found.push(phrase)
    next = start + length
  }
  return found
}

/** Words of the set's phrase that starts the line, or 0. */
export function phraseStarting(line: LineNode, set: PhraseSet, vocabulary: Vocabulary): number {
  for (const [id, start, length] of scanOf(line, vocabulary)) {
    if (start > 0) break
    if (id === set.id) return length
  }
  return 0
}

/**
 * Whether the whole line is one phrase of the set (`Đăng nhập`, `Share`). A line with more
 * words than the set's longest phrase is not split into tokens: it has at least as many.
 */
export function isWholePhrase(line: LineNode, set: LineSet): boolean {
  return line.shape.letterWords <= set.longest && set.has(wordsOf(line).join(' '))
}

/** Not computed yet (a cue's value may be undefined). */
const UNSET: unique symbol = Symbol('unset')

/** The slot of each cue in a line's cues. */
export const Cue = {scan: 0, marker: 1, readMore: 2, credit: 3, mediaTag: 4, altText: 5, footer: 6, inset: 7, byline: 8, source: 9, date: 10} as const
export type Cue = (typeof Cue)[keyof typeof Cue]
const CUES = 11

/**
 * The cues of one line, each computed once: the layout step and several detectors ask the same
 * questions of the same lines, and the vocabulary is fixed for a run. An array of slots rather
 * than a map or named fields: every call site reads its slot by number, one element load.
 */
export type LineCues = unknown[]

/** A cue of a line, computed by `compute(line, vocabulary)` the first time it is asked for. */
export function memo<T>(line: LineNode, cue: Cue, compute: (line: LineNode, vocabulary: Vocabulary) => T, vocabulary: Vocabulary): T {
  const cues = (line.cues ??= new Array<unknown>(CUES).fill(UNSET))
  let value = cues[cue]
  if (value === UNSET) value = cues[cue] = compute(line, vocabulary)
  return value as T
}

const MAX_MARKER_WORDS = 8 // section headings are short

/** The label of the list a section heading introduces (`Tin bài liên quan`, `Most read`), or undefined. */
export function markerOf(line: LineNode, vocabulary: Vocabulary): MarkerLabel | undefined {
  return memo(line, Cue.marker, markerOfUncached, vocabulary)
}

/** A heading's words without a count after it ("Bình luận (3)"), or before a comments heading ("3 comentarios"). */
function headingKey(line: LineNode, vocabulary: Vocabulary): string {
  let words = wordsOf(line)
  if (words.length > 1 && DIGITS.test(words[words.length - 1]!)) words = words.slice(0, -1)
  else if (words.length > 1 && DIGITS.test(words[0]!) && vocabulary.commentHeadings.has(words.slice(1).join(' '))) words = words.slice(1)
  return words.join(' ')
}

const DIGITS = /^\d+$/

/** A comments section's heading (`Comments`, `Bình luận (3)`). */
export function isCommentsHeading(line: LineNode, vocabulary: Vocabulary): boolean {
  return markerOf(line, vocabulary) === 'ui' && vocabulary.commentHeadings.has(headingKey(line, vocabulary))
}

function markerOfUncached(line: LineNode, vocabulary: Vocabulary): MarkerLabel | undefined {
  if (line.blank || line.shape.words > MAX_MARKER_WORDS) return undefined
  const marker = vocabulary.markers.get(headingKey(line, vocabulary))
  if (marker !== undefined) return marker
  // A weather box is headed by the word and a place: "Thời tiết Hà Nội", "Weather in London".
  if (line.shape.words > MAX_WEATHER_HEADING || line.shape.sentenceEnd) return undefined
  const heading = phraseStarting(line, vocabulary.weatherMarkers, vocabulary)
  // The place after the word is a name: "El tiempo en Madrid", not the subheading "El tiempo de las promesas".
  if (heading === 0) return undefined
  const rest = tokens(line.norm).slice(heading)
  return rest.length === 0 || rest.some((word) => CAPITALISED.test(word)) ? 'weather' : undefined
}

const MAX_WEATHER_HEADING = 5

const SEPARATORS = [':', '|', '\u00BB', '>', '\u203A']
const FIRST_WORD_SCAN = 24
const FIRST_WORD = /[\p{L}\p{N}]+/u
const PREFIX_SCAN = 40 // a read-more prefix sits in the first few words

/** The headline of a link set in the text (`Xem thêm: Giá vàng tăng`, `Read more: …`), or undefined. */
export function readMoreOf(line: LineNode, vocabulary: Vocabulary): string | undefined {
  return memo(line, Cue.readMore, readMoreOfUncached, vocabulary)
}

function readMoreOfUncached(line: LineNode, vocabulary: Vocabulary): string | undefined {
  const norm = line.norm
  // Only a line whose first word can start a read-more prefix needs looking at.
  const first = norm.slice(0, FIRST_WORD_SCAN).match(FIRST_WORD)?.[0]
  if (first === undefined || !vocabulary.readMorePrefixes.startsWith(first.toLowerCase())) return undefined
  const head = norm.slice(0, PREFIX_SCAN + 1)
  let cut = -1
  for (const separator of SEPARATORS) {
    const at = head.indexOf(separator)
    if (at > 0 && (cut < 0 || at < cut)) cut = at
  }
  if (cut > 0) {
    const before = tokens(norm.slice(0, cut).toLowerCase()).join(' ')
    const rest = norm.slice(cut + 1).trim()
    if (vocabulary.readMorePrefixes.has(before) && rest.split(' ').length >= 2) return rest
    return undefined
  }
  // Without a separator, only a prefix of two words or more followed by a capitalised headline.
  const words = norm.slice(0, PREFIX_SCAN * 2).split(' ')
  for (let n = 2; n <= 4 && n < words.length - 1; n++) {
    const prefix = tokens(words.slice(0, n).join(' ').toLowerCase()).join(' ')
    if (vocabulary.readMorePrefixes.has(prefix) && /^\p{Lu}/u.test(words[n]!)) return words.slice(n).join(' ')
  }
  return undefined
}

export interface Credit {
  /** The caption without the credit ('' when the line is only a credit). */
  text: string
  credit: string
}

const MAX_CREDIT_CHARS = 80
const MAX_CREDIT_WORDS = 10

/**
 * The photo credit a caption carries: `(Ảnh: Quang Vinh)`, `. Ảnh: TTXVN`, `Photo: Reuters`,
 * `(AFP)` after a sentence, or a line that is only a credit.
 */
export function creditOf(line: LineNode, vocabulary: Vocabulary): Credit | undefined {
  return memo(line, Cue.credit, creditOfUncached, vocabulary)
}

function creditOfUncached(line: LineNode, vocabulary: Vocabulary): Credit | undefined {
  const norm = line.norm
  // "(Ảnh: Hồng Quân)." : a stop after the bracket changes nothing.
  const close = norm.endsWith(')') ? norm.length - 1 : norm.endsWith(').') ? norm.length - 2 : -1
  if (close > 0) {
    const open = norm.lastIndexOf('(')
    if (open >= 0) {
      const inner = norm.slice(open + 1, close).trim()
      const text = norm.slice(0, open).trim()
      const labelled = labelledCredit(inner, vocabulary)
      if (labelled !== undefined) return {text, credit: labelled}
      // "(AFP)", "(KOMPAS.com/NAMA)" after a sentence: an agency's or photographer's credit.
      if (open > 0 && SENTENCE_END.test(text) && isAgencyShaped(inner)) return {text, credit: inner}
      // "(ABC News: Jane Doe)": an outlet's name and its photographer, after a sentence or alone.
      if ((open === 0 || SENTENCE_END.test(text)) && OUTLET_CREDIT.test(inner) && isCreditText(inner)) return {text, credit: inner}
    }
  }
  // A labelled credit after the caption: "… Minsk. Ảnh: TTXVN", "… — Photo: Reuters".
  // indexOf first, as below: most lines have no colon, and the backward search costs more.
  const colon = norm.indexOf(':') < 0 ? -1 : norm.lastIndexOf(':')
  if (colon > 0) {
    const head = norm.slice(0, colon)
    const credit = norm.slice(colon + 1).trim()
    const boundary = Math.max(head.lastIndexOf('. '), head.lastIndexOf('| '), head.lastIndexOf('- '), head.lastIndexOf('\u2013 '), head.lastIndexOf('\u2014 '), head.lastIndexOf('/ '))
    const label = boundary >= 0 ? head.slice(boundary + 2) : head
    if (isCreditLabel(label, vocabulary) && isCreditText(credit)) {
      // A full stop stays with the caption; a dash or a bar between caption and credit goes.
      return {text: boundary < 0 ? '' : head[boundary] === '.' ? head.slice(0, boundary + 1).trim() : head.slice(0, boundary).trim(), credit}
    }
    // In a language the lexicons do not know: a sentence, then one capitalised word and a colon
    // ("… в Лиссабоне. Фото: пресс-служба"), is a caption and its credit.
    const sentence = head.lastIndexOf('. ')
    if (sentence > 0 && /^\p{Lu}\p{Ll}{1,11}$/u.test(head.slice(sentence + 2)) && isCreditText(credit) && head.slice(0, sentence).split(' ').length >= 3) {
      return {text: head.slice(0, sentence + 1).trim(), credit}
    }
  }
  return abbreviatedCredit(norm, vocabulary) ?? signedCredit(norm, vocabulary) ?? slashedCredit(norm) ?? capitalCredit(norm, vocabulary) ?? barredCredit(norm) ??
    capitalNameAfterSentence(norm)
}

// Two or three words in capitals of four letters or more: a photographer's name ("ANXO IGLESIAS"),
// not a slogan that closes a paragraph ("SAVE OUR LIBRARIES").
const NAME_IN_CAPITALS = /^\p{Lu}[\p{Lu}'\u2019.-]{3,}(?: \p{Lu}[\p{Lu}'\u2019.-]{3,}){1,2}$/u

/**
 * A photographer's name in capitals after the caption's sentence, without a label, in any
 * language: "Mariscadoras amosan berberecho morto no banco de Testos, este martes. ANXO IGLESIAS".
 */
function capitalNameAfterSentence(norm: string): Credit | undefined {
  const split = afterSentence(norm)
  return split !== undefined && split.credit.length <= MAX_CREDIT_CHARS && NAME_IN_CAPITALS.test(split.credit) ? split : undefined
}

const MIN_CAPTION_SENTENCE_WORDS = 3

/** The line split after its last sentence, when that sentence has a few words: the caption, and what follows it. */
function afterSentence(norm: string): Credit | undefined {
  // indexOf first: most lines have no ". ", and the backward search costs more.
  if (norm.indexOf('. ') < 0) return undefined
  const sentence = norm.lastIndexOf('. ')
  const text = norm.slice(0, sentence + 1)
  return text.split(' ').length >= MIN_CAPTION_SENTENCE_WORDS ? {text, credit: norm.slice(sentence + 2)} : undefined
}

const MAX_BARRED_CREDIT_WORDS = 5

/**
 * A short credit after the caption's sentence and a bar, in any language: "… pradėti darbai. |
 * Aisto Valančiaus nuotr." (a name, then the word for photo). A bar after a sentence sets the
 * credit apart; the credit is capitalised and no sentence itself.
 */
function barredCredit(norm: string): Credit | undefined {
  const bar = norm.indexOf(' | ')
  if (bar <= 0) return undefined
  const text = norm.slice(0, bar)
  const credit = norm.slice(bar + 3)
  if (!SENTENCE_END.test(text) || text.split(' ').length < 3 || !CAPITALISED.test(credit) || credit.includes('. ') || credit.includes(' | ')) return undefined
  return credit.split(' ').length <= MAX_BARRED_CREDIT_WORDS && isCreditText(credit) ? {text, credit} : undefined
}

const TWO_CAPITALS = /^\p{Lu}{2}/u

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

const PHOTOGRAPHER_AGENCY = /^\p{Lu}[\p{Lu}.'-]*(?: \p{Lu}[\p{Lu}.'-]*){1,3} ?\/ ?\p{Lu}[\p{Lu}\d.&-]{1,15}$/u

/**
 * A credit line in capitals, its label a credit word and no colon: "PHOTO JEAN-SIMON GAGNÉ, LE
 * COURRIER DE QUÉBEC" (Québec's dailies print it so, above or under the caption), or a
 * photographer's name and an agency's ("RICARDO VAZ MENDES/LUSA"). All in
 * capitals, so that a caption that opens with the word ("Photo shows the bridge") is none.
 */
function capitalCredit(norm: string, vocabulary: Vocabulary): Credit | undefined {
  // Two capitals first (most lines fail here), then the whole line in capitals.
  if (norm.length > MAX_CREDIT_CHARS || isLowerAscii(norm.charCodeAt(0)) || isLowerAscii(norm.charCodeAt(1)) || !TWO_CAPITALS.test(norm)) return undefined
  const space = norm.indexOf(' ')
  if (space <= 0 || norm.toUpperCase() !== norm) return undefined
  // Without a label, a photographer and an agency with a slash: "RICARDO VAZ MENDES/LUSA".
  if (PHOTOGRAPHER_AGENCY.test(norm)) return {text: '', credit: norm}
  const credit = norm.slice(space + 1)
  return isCreditLabel(norm.slice(0, space), vocabulary) && isCreditText(credit) ? {text: '', credit} : undefined
}

// A capitalised word, a slash and a capitalised name of up to four words: "Ljósmynd/Veitur", "Foto/Ansa".
const SLASHED_CREDIT = /^\p{Lu}\p{Ll}{1,11}\/\p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){0,3}$/u

/**
 * A credit set after the caption's sentence with a slash between the label and the name, in any
 * language: "Starfsmenn við vinnu á lögn. Ljósmynd/Veitur". The sentence comes first, so a line
 * that is only "Ukraine/Russia" is none.
 */
function slashedCredit(norm: string): Credit | undefined {
  const split = norm.indexOf('/') < 0 ? undefined : afterSentence(norm)
  return split !== undefined && SLASHED_CREDIT.test(split.credit) ? split : undefined
}

/**
 * A credit after the copyright sign, a credit word before or after it: "Un bus sur le
 * Vieux-Port. © Photo Nicolas Vallauri", "… Photo © AFP". The sign follows a sentence, so a
 * publisher's notice ("© 2025 Example Media") is none.
 */
function signedCredit(norm: string, vocabulary: Vocabulary): Credit | undefined {
  // indexOf first: V8 searches forward far faster than backward, and most lines have no sign.
  if (norm.indexOf('\u00A9') < 0) return undefined
  const sign = norm.lastIndexOf('\u00A9')
  // Alone at the start, an agency's or photographer's name: "© Belga / Jan Verhaeghe", "© AFP"
  // ("© Example Media", "© 2025 …" and a notice's words are the publisher's).
  if (sign === 0) {
    const credit = norm.slice(1).trim()
    const notice = vocabulary.footerTerms.findIn(tokens(credit.toLowerCase())) !== undefined // "© RIPRODUZIONE RISERVATA"
    return CAPITALISED.test(credit) && !YEAR_START.test(credit) && isCreditText(credit) && isAgencyShaped(credit) && !notice ? {text: '', credit} : undefined
  }
  if (sign < 0) return undefined
  let text = norm.slice(0, sign).trimEnd()
  let credit = norm.slice(sign + 1).trim()
  // "… Photo ©": the credit word before the sign stays out of the caption.
  const before = text.lastIndexOf(' ')
  if (before > 0 && isCreditLabel(text.slice(before + 1), vocabulary)) text = text.slice(0, before).trimEnd()
  // "© Photo Nicolas Vallauri": nor does one after it.
  const after = credit.indexOf(' ')
  if (after > 0 && isCreditLabel(credit.slice(0, after), vocabulary)) credit = credit.slice(after + 1)
  if (!SENTENCE_END.test(text) || YEAR_START.test(credit) || !CAPITALISED.test(credit) || !isCreditText(credit)) return undefined
  return {text, credit}
}

const YEAR_START = /^(?:19|20)\d\d\b/
// One to four capitalised words, a colon, then a capitalised name: "Tasman News: Lucy Barnard", "AAP: Supplied".
const OUTLET_CREDIT = /^\p{Lu}[\p{L}.&'-]*(?: \p{Lu}[\p{L}.&'-]*){0,3}: \p{Lu}\p{L}*(?: \p{Lu}[\p{L}.'-]*){0,3}$/u

// Three letters at least: "Mr.", "Dr.", "St." are titles, not labels.
const ABBREVIATION = /^\p{Lu}\p{Ll}{2,5}$/u
const ABBREVIATION_TRIES = 3 // the last few ". " of the line

/**
 * A credit after an abbreviated label: a sentence, the label with its dot, then a capitalised
 * name without a full stop. The label is a credit word of the lexicons (`fot.`), or, in a
 * language they do not know, a capitalised abbreviation (`Tiltas per Nerį vakare. Nuotr.
 * Vilniaus miesto savivaldybės`).
 */
function abbreviatedCredit(norm: string, vocabulary: Vocabulary): Credit | undefined {
  if (SENTENCE_END.test(norm) || norm.indexOf('. ') < 0) return undefined
  let at = norm.lastIndexOf('. ')
  for (let tries = 0; at > 0 && tries < ABBREVIATION_TRIES; tries++, at = norm.lastIndexOf('. ', at - 1)) {
    const start = norm.lastIndexOf(' ', at - 1) + 1
    const text = norm.slice(0, start).trimEnd()
    const credit = norm.slice(at + 2)
    const label = norm.slice(start, at)
    if ((ABBREVIATION.test(label) || isCreditLabel(label, vocabulary)) && SENTENCE_END.test(text) && CAPITALISED.test(credit) && isCreditText(credit)) {
      return {text, credit}
    }
  }
  return undefined
}

const SENTENCE_END = /[.!?\u2026]$/u
const MAX_LABEL_WORDS = 3
const CAPITALISED = /^\p{Lu}/u

/** The credit inside a caption's brackets: `Ảnh: Quang Vinh`, or without the colon `Foto Ansa`, `Photo by Jane Doe`. */
function labelledCredit(inner: string, vocabulary: Vocabulary): string | undefined {
  const colon = inner.indexOf(':')
  if (colon <= 0) {
    // A label of one to three words, then a capitalised name.
    for (let space = inner.indexOf(' '), words = 1; space > 0 && words <= MAX_LABEL_WORDS; space = inner.indexOf(' ', space + 1), words++) {
      const credit = inner.slice(space + 1)
      if (CAPITALISED.test(credit) && isCreditLabel(inner.slice(0, space), vocabulary) && isCreditText(credit)) return credit
    }
    return undefined
  }
  const credit = inner.slice(colon + 1).trim()
  return isCreditLabel(inner.slice(0, colon), vocabulary) && isCreditText(credit) ? credit : undefined
}

function isCreditLabel(label: string, vocabulary: Vocabulary): boolean {
  const words = tokens(label.toLowerCase())
  if (words.length === 0 || words.length > 4) return false
  if (vocabulary.creditWords.has(words.join(' '))) return true
  // An outlet's name in capitals before a photo word: "ST PHOTO", "TRIBUNE PHOTO" ("EXCLUSIVE VIDEO" heads a story).
  return words.length > 1 && vocabulary.photoWords.has(words[words.length - 1]!) && label === label.toUpperCase() && /\p{Lu}/u.test(label)
}

function isCreditText(credit: string): boolean {
  return credit.length > 0 && credit.length <= MAX_CREDIT_CHARS && credit.split(' ').length <= MAX_CREDIT_WORDS
}

/** `AFP`, `EFE`, `KOMPAS.com/NAMA`, `Reuters/Jane Doe`: short, with an all-capitals word or a slash. */
function isAgencyShaped(inner: string): boolean {
  const words = inner.split(' ')
  if (words.length > 4 || inner.length > 40) return false
  return inner.includes('/') || words.some((word) => word.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(word) && /\p{Lu}{2}/u.test(word))
}

const MAX_TAG_CHARS = 20 // a tag is a word or two at the start
// Play buttons and camera emoji (as code points: emoji are two UTF-16 units).
const MEDIA_SYMBOLS = new Set([0x25b6, 0x25ba, 0x25b7, 0x1f3a5, 0x1f4f7, 0x1f4f9, 0x1f3ac, 0x1f4fa])

/** Starts with a media tag: `[Video] …`, `(Ảnh) …`, `VIDEO: …`, `▶ …`. */
export function isMediaTagged(line: LineNode, vocabulary: Vocabulary): boolean {
  return memo(line, Cue.mediaTag, isMediaTaggedUncached, vocabulary)
}

function isMediaTaggedUncached(line: LineNode, vocabulary: Vocabulary): boolean {
  const norm = line.norm
  if (norm.length === 0) return false
  if (MEDIA_SYMBOLS.has(norm.codePointAt(0)!)) return true
  const open = norm[0]
  if (open === '[' || open === '(') {
    const close = norm.indexOf(open === '[' ? ']' : ')')
    return close > 1 && close < 30 && vocabulary.mediaTags.has(tokens(norm.slice(1, close).toLowerCase()).join(' '))
  }
  const head = norm.slice(0, MAX_TAG_CHARS)
  for (const separator of [':', '|', ' -', ' \u2013']) {
    const at = head.indexOf(separator)
    if (at > 0 && vocabulary.mediaTags.has(tokens(head.slice(0, at).toLowerCase()).join(' '))) return true
  }
  return false
}

// A photo gallery's position: "1 / 12", or a word for photo, the number, a short word, the count ("Foto 1 di 12", "Photo 3 of 12").
const GALLERY_COUNTER = /^(?:\p{L}{2,10}\.? )?(\d{1,3})(?: ?\/ ?| \p{Ll}{1,4} )(\d{1,3})$/u

/** A photo gallery's position, no greater than the count ("24/7" and "12/05" are none). */
export function isGalleryCounter(norm: string): boolean {
  const match = norm.length <= MAX_COUNTER_CHARS ? GALLERY_COUNTER.exec(norm) : null
  return match !== null && +match[1]! >= 1 && +match[1]! <= +match[2]! && +match[2]! >= 2
}

const MAX_COUNTER_CHARS = 24
const MAX_GALLERY_ITEM_LINES = 4

/** A block that opens with a photo gallery's position ("Foto 2 di 12"), the picture's caption and credit under it. */
export function isGalleryItem(block: readonly LineNode[]): boolean {
  return block.length <= MAX_GALLERY_ITEM_LINES && isGalleryCounter(block[0]!.norm)
}
const MIN_DOUBLED_CHARS = 12 // "A A" with a real headline in it, not "ok ok"

/** The half of a line that is one text twice (`Headline Headline`: a link's title and alt text), or undefined. */
export function doubledHalf(norm: string): string | undefined {
  const length = norm.length
  if (length < 2 * MIN_DOUBLED_CHARS + 1 || length % 2 === 0) return undefined
  const half = (length - 1) / 2
  if (norm.charCodeAt(half) !== 32) return undefined
  return norm.startsWith(norm.slice(half + 1)) ? norm.slice(0, half) : undefined
}

const FILE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'bmp', 'tif', 'tiff', 'heic', 'mp4', 'mov', 'webm', 'm4v', 'mp3', 'm4a', 'pdf'])

/** A bare file name or a URL to an image or a video: `img_2025_0412-3.jpg`. */
export function isFileName(norm: string): boolean {
  if (norm.length > 300 || norm.includes(' ')) return false
  const path = norm.split(/[?#]/, 1)[0]!
  const dot = path.lastIndexOf('.')
  return dot > 0 && FILE_EXTENSIONS.has(path.slice(dot + 1).toLowerCase())
}

/** The stem of an image's alt text numbered after the article (`<headline> ảnh 1`), or undefined. */
export function altTextStem(line: LineNode, vocabulary: Vocabulary): string | undefined {
  return memo(line, Cue.altText, altTextStemUncached, vocabulary)
}

function altTextStemUncached(line: LineNode, vocabulary: Vocabulary): string | undefined {
  const norm = line.norm
  if (line.shape.words < 5) return undefined
  // The last two words only: "… ảnh 1".
  const last = norm.lastIndexOf(' ')
  const before = norm.lastIndexOf(' ', last - 1)
  const number = norm.slice(last + 1)
  if (!/^\d{1,3}$/.test(number) || !vocabulary.photoWords.has(norm.slice(before + 1, last).toLowerCase())) return undefined
  return norm.slice(0, before)
}

// Only lower-case ASCII words and digits joined by single spaces or hyphens, three words or more.
const SLUG = /^[a-z0-9]+(?:[ -][a-z0-9]+){2,}$/

/** A de-accented lower-case slug: `infographic gia vang tang manh`. */
export function isSlug(norm: string): boolean {
  return norm.length <= 200 && SLUG.test(norm)
}

/** Contains an e-mail address. */
export function hasEmail(norm: string): boolean {
  const at = norm.indexOf('@')
  if (at <= 0) return false
  const before = norm.charCodeAt(at - 1)
  const after = norm.slice(at + 1)
  return isWordChar(before) && /^[\w-]+\.[\w.-]*[a-z]/i.test(after)
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 45
}

const MIN_PHONE_DIGITS = 8
// A numeric date (day, month and a year of four digits, in either order) or a clock time.
const DATES_AND_TIMES = /\b(?:\d{1,2}[./-] ?\d{1,2}[./-] ?(?:19|20)\d\d(?!\d)|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}(?!\d)|\d{1,2}[:.h]\d\d(?![\d.]))/g
const DATE_OR_TIME = new RegExp(DATES_AND_TIMES.source)

/** A short line that carries a phone number: eight digits or more, in groups. */
export function hasPhone(norm: string): boolean {
  if (norm.length > 120) return false
  // Dates and clock times are digits in groups too: "21. 3. 2025 ob 7.38" is no phone number.
  const text = DATE_OR_TIME.test(norm) ? norm.replace(DATES_AND_TIMES, ' ') : norm
  let digits = 0
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) digits++
    else if (isWordCharAt(text, i)) letters++ // a letter: word characters that are not ASCII digits
  }
  return digits >= MIN_PHONE_DIGITS && digits * 2 >= letters
}

/** A line of a publisher's or advertiser's footer: company, licence, address, phone, e-mail, copyright. */
export function isFooterLine(line: LineNode, vocabulary: Vocabulary): boolean {
  return memo(line, Cue.footer, isFooterLineUncached, vocabulary)
}

function isFooterLineUncached(line: LineNode, vocabulary: Vocabulary): boolean {
  const norm = line.norm
  if (norm.includes('\u00A9') || hasEmail(norm) || hasPhone(norm)) return true
  return phraseIn(line, vocabulary.footerTerms, vocabulary) !== undefined
}

const MAX_NOTICE_WORDS = 40 // footer words count only on a line short enough to be a footer's
const MIN_NOTICE_TERMS = 2

/**
 * A copyright or contact notice wherever it stands: the copyright sign, an e-mail address, a
 * phone number, or two footer words in a short line. One footer word is not enough: an
 * article's sentence may mention a website or a company.
 */
export function isNotice(line: LineNode, vocabulary: Vocabulary): boolean {
  const norm = line.norm
  if (norm.includes('\u00A9') || hasEmail(norm) || hasPhone(norm)) return true
  return line.shape.words <= MAX_NOTICE_WORDS && phrasesIn(line, vocabulary.footerTerms, vocabulary).length >= MIN_NOTICE_TERMS
}

const MAX_PROMO_LINES = 6
const MAX_PROMO_LINE_WORDS = 40 // a promotion is a sentence or two, not a paragraph
const MAX_PROMO_ALONE_WORDS = 25 // on a line of its own, shorter still
const MIN_PROMO_TERMS = 2 // distinct promotion words, a call to action among them
const MIN_PROMO_TERMS_ALONE = 3 // a promotion on a line of its own has to say more: it may be a sentence of the article
const CALL_CHARS = 40 // a call to action is a few words

/**
 * The promotion words of a block that reads as a newsletter or app promotion (`Sign up to
 * Shelf Life` / `Free weekly newsletter`), or undefined: a call to action and another promotion
 * word, in a block of a few short lines. A single word proves nothing (an article may be about
 * WhatsApp); a call to action with a second such word, in a short block, does.
 */
export function promotionTerms(block: readonly LineNode[], vocabulary: Vocabulary): Set<string> | undefined {
  if (block.length > MAX_PROMO_LINES) return undefined
  if (block.some((line) => line.shape.words > MAX_PROMO_LINE_WORDS)) return undefined
  // Alone on its line a promotion is short, unless it opens with the call ("Únete a nuestro canal …"):
  // its first words only are read, not the paragraph.
  if (block.length === 1 && block[0]!.shape.words > MAX_PROMO_ALONE_WORDS && !opensWithCall(block[0]!, vocabulary)) return undefined
  // A call to action first: most blocks have none, and need no further reading.
  if (!block.some((line) => phraseIn(line, vocabulary.callsToAction, vocabulary) !== undefined)) return undefined
  const terms = new Set<string>()
  for (const line of block) {
    for (const term of phrasesIn(line, vocabulary.promoTerms, vocabulary)) terms.add(term)
    for (const term of phrasesIn(line, vocabulary.callsToAction, vocabulary)) terms.add(term)
  }
  return terms.size >= (block.length === 1 ? MIN_PROMO_TERMS_ALONE : MIN_PROMO_TERMS) ? terms : undefined
}

/** Whether the line's first words are a call to action: the first word is looked up before any are split. */
function opensWithCall(line: LineNode, vocabulary: Vocabulary): boolean {
  if (!vocabulary.callsToAction.startsWith(firstToken(line.key))) return false
  return vocabulary.callsToAction.prefixOf(tokens(line.key.slice(0, CALL_CHARS))) > 0
}

const MAX_PAYWALL_WORDS = 30 // a subscription wall says its piece in a sentence or two

/** The subscription wall's phrase a short line carries (`La suite est réservée aux abonnés`), or undefined. */
export function paywallPhrase(line: LineNode, vocabulary: Vocabulary): string | undefined {
  return line.shape.words <= MAX_PAYWALL_WORDS ? phraseIn(line, vocabulary.paywallTerms, vocabulary) : undefined
}

/** The weather words a line uses: `thời tiết`, `storm`, `rainfall`. */
export function weatherTerms(line: LineNode, vocabulary: Vocabulary): string[] {
  return phrasesIn(line, vocabulary.weatherTerms, vocabulary)
}

// A temperature: "28°C", "28 °C", "-3°", "30 độ C".
const TEMPERATURE = /(?:^|\D)-?\d{1,2}\s?(?:°|\u00BA|độ\s?C\b)/u

/** A short weather widget line: a temperature. */
export function isTemperature(norm: string): boolean {
  // The unit first, by native search: most lines have none, and the pattern cannot skip ahead to it.
  return norm.length <= 80 && (norm.includes('\u00B0') || norm.includes('\u00BA') || norm.includes('độ')) && TEMPERATURE.test(norm)
}
