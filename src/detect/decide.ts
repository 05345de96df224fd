import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {Vocabulary} from '../lexicon/index.js'
import {CONTENT_LABELS, type Label, type LineNode, type PageTree, type Span} from '../types.js'
import {creditOf, isGalleryItem} from '../parse/cues.js'
import {isFooterProse, neighbour} from '../parse/layout.js'

const CONTENT: ReadonlySet<Label> = new Set(CONTENT_LABELS)

/** What a detector's transformer works with. */
export interface Context {
  tree: PageTree
  lines: readonly LineNode[]
  file: VFile
  settings: Settings
}

export function context(tree: PageTree, file: VFile, settings: Settings): Context {
  return {tree, lines: tree.data.lines, file, settings}
}

/**
 * Records a decision on a line unless an earlier detector already decided it; returns whether
 * it did. Lines left out of the text are reported as vfile messages with their position and
 * rule id when the caller asked for the file.
 */
export function decide(context: Context, line: LineNode, label: Label, rule: string, reason: string): boolean {
  if (line.decision !== undefined) return false
  line.decision = {line: line.index + 1, label, rule, reason}
  if (context.settings.report && !CONTENT.has(label) && label !== 'blank') report(context.file, line, rule, reason)
  return true
}

function report(file: VFile, line: LineNode, rule: string, reason: string): void {
  // A vfile message is an Error; its stack trace is useless here and costs more than the rest.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    file.info(reason, {place: line.position, ruleId: rule, source: 'dechrome'})
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Lines not yet decided. */
export function isOpen(line: LineNode): boolean {
  return line.decision === undefined
}

/** Whether a line lies in the article span. */
export function inArticle(tree: PageTree, index: number): boolean {
  const span = tree.data.article
  return span !== null && index >= span.start && index <= span.end
}

/** The region of a line: before the article, in it, or after it. */
export function regionOf(tree: PageTree, index: number): 'head' | 'article' | 'tail' {
  const span: Span | null = tree.data.article
  if (span === null) return 'tail'
  return index < span.start ? 'head' : index > span.end ? 'tail' : 'article'
}

/** Quotes a line for a reason, shortened. */
export function quote(text: string, max = 40): string {
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`
}

const CODA_LINES = 5 // furniture after the article: byline, source, date, within a few lines
const LEAD_ZONE_LINES = 10 // furniture between the lead and the first paragraph: byline, date, share
// Rules whose lines are lists after the article: the article's furniture does not come after them.
const LIST_RULES = new Set(['repeat-list', 'section-list', 'media-list', 'slug', 'consent', 'footer'])

/**
 * The open lines right after the article: where bylines, sources and dates follow the last
 * paragraph. Lines other detectors took (a doubled link, an empty "Source:") are skipped;
 * a section heading ends the coda, and so does a list unless the caller looks past lists (a
 * strict pattern such as a source credit may follow a list of links set under the article).
 */
export function codaLines(context: Context, isMarker: (line: LineNode) => boolean, throughLists = false): LineNode[] {
  const {tree, lines} = context
  const span = tree.data.article
  if (span === null) return []
  const coda: LineNode[] = []
  for (let i = span.end + 1; i < lines.length && coda.length < CODA_LINES; i++) {
    const line = lines[i]!
    if (line.blank) continue
    if (isMarker(line) || (!throughLists && LIST_RULES.has(line.decision?.rule ?? ''))) break
    if (isOpen(line)) coda.push(line)
  }
  return coda
}

/**
 * The open lines between the lead and the first paragraph after it: where a byline, a date and
 * share buttons often stand. Text ends the zone; lines other detectors took, a caption, a copyright notice and a repeat of an earlier paragraph do
 * not, as none of them will be on the cleaned page.
 */
export function leadZone(context: Context): LineNode[] {
  const {tree, lines} = context
  const span = tree.data.article
  if (span === null) return []
  const zone: LineNode[] = []
  const earlier = new Set<string>() // keys of the lines above, filled up to `filled` when first asked
  let filled = 0
  const repeatsEarlier = (line: LineNode) => {
    for (; filled < line.index; filled++) earlier.add(lines[filled]!.key)
    return earlier.has(line.key)
  }
  let seen = 0
  for (let i = span.start + 1; i <= span.end && seen < LEAD_ZONE_LINES; i++) {
    const line = lines[i]!
    if (line.blank || !isOpen(line)) continue
    if (line.shape.prose) {
      if (leavesPage(context, line) || repeatsEarlier(line)) continue
      break
    }
    seen++
    zone.push(line)
  }
  return zone
}

/** A line of prose that will not be on the cleaned page: a caption or a footer's notice. */
export function leavesPage(context: Context, line: LineNode): boolean {
  const vocabulary = context.settings.vocabulary
  return captionReason(context.lines, line, context.tree.data.title, vocabulary) !== undefined || isFooterProse(line, vocabulary)
}

const MAX_CAPTION_CHARS = 400
const MIN_CAPTION_WORDS = 3
// Rules of lines that are an image on the page: the line under one is its caption.
const IMAGE_RULES = new Set(['media-file', 'alt-text'])

/**
 * Why a line is an image caption, or undefined: it carries a photo credit, or the block prints
 * it twice (figure and figcaption), or it is text right under an image artefact or under the
 * title repeated as alt text, or it stands right above a line that is only a credit. The
 * caption detector decides with it; the lead zone looks past such lines.
 */
export function captionReason(lines: readonly LineNode[], line: LineNode, title: number | null, vocabulary: Vocabulary): string | undefined {
  if (line.blank || line.shape.chars > MAX_CAPTION_CHARS) return undefined
  if (creditOf(line, vocabulary) !== undefined) return 'image caption with a photo credit'
  if (inGalleryItem(lines, line)) return 'caption of a photo in a gallery, under its position'
  const next = lines[line.index + 1]
  if (next !== undefined && !next.blank && next.key === line.key) return 'image caption printed twice in one block'
  if ((line.shape.sentenceEnd || line.shape.prose) && isUnderImage(lines, line, title)) return 'text right under an image'
  if (line.shape.words >= MIN_CAPTION_WORDS && next !== undefined && !next.blank && creditOf(next, vocabulary)?.text === '') {
    return 'caption above its credit line'
  }
  // Under it, alone with it in a block: "PHOTO JEAN-SIMON GAGNÉ, LE COURRIER DE QUÉBEC" then the caption.
  const above = lines[line.index - 1]
  if (line.shape.words >= MIN_CAPTION_WORDS && above !== undefined && !above.blank && (lines[line.index - 2]?.blank ?? true) &&
    (next === undefined || next.blank) && creditOf(above, vocabulary)?.text === '') {
    return 'caption under its credit line'
  }
  return undefined
}

const MAX_BLOCK_READ = 5 // a gallery item's block is a few lines: no longer one is read whole

/** The line stands under a gallery's position ("Foto 2 di 12") in its small block: the photo's caption or credit. */
function inGalleryItem(lines: readonly LineNode[], line: LineNode): boolean {
  let start = line.index
  while (start > 0 && !lines[start - 1]!.blank && line.index - start < MAX_BLOCK_READ) start--
  let end = line.index
  while (lines[end + 1] !== undefined && !lines[end + 1]!.blank && end - start < MAX_BLOCK_READ) end++
  return start !== line.index && isGalleryItem(lines.slice(start, end + 1))
}

/** The line right above, past blanks, is an image: a file name, an alt text, the title again. */
function isUnderImage(lines: readonly LineNode[], line: LineNode, title: number | null): boolean {
  const above = neighbour(lines, line.index, -1)
  if (above === undefined) return false
  if (above.decision !== undefined && IMAGE_RULES.has(above.decision.rule)) return true
  return title !== null && above.index > title && above.key === lines[title]!.key
}


/** The open, non-blank lines before the article, nearest first. */
export function headLines(context: Context): LineNode[] {
  const {tree, lines} = context
  const end = tree.data.article?.start ?? 0
  const head: LineNode[] = []
  for (let i = end - 1; i >= 0; i--) if (!lines[i]!.blank && isOpen(lines[i]!)) head.push(lines[i]!)
  return head
}
