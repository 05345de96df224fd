/**
 * Layout: where the article lies on the page. Chrome around an article is mostly lists, and
 * list teasers read like prose, so "the longest run of prose" is not enough. The article is
 * the cluster of free prose (prose that is not a list item, a caption or a link) with the most
 * text, joined with neighbouring clusters that read as article (paragraph after paragraph)
 * rather than as a list (headline, teaser, headline, teaser).
 */
import type {BlockNode, LineNode, ListRun, Span} from '../types.js'
import type {Vocabulary} from '../lexicon/index.js'
import {
  altTextStem, creditOf, Cue, doubledHalf, isCommentsHeading, isFileName, isGalleryCounter, isGalleryItem, isFooterLine, isMediaTagged, isNotice, isWholePhrase, markerOf, memo, paywallPhrase, phraseIn, phrasesIn, phraseStarting, promotionTerms,
  readMoreOf, wordsOf
} from './cues.js'
import {bylineOfLine} from '../metadata/byline.js'
import {isDateLine} from '../metadata/date.js'
import {sourceOfLine} from '../metadata/source.js'
import {hasCrumbArrow} from '../metadata/breadcrumb.js'

const MAX_GAP = 8 // non-blank lines between two paragraphs of one article (captions, headings, an image)
const MAX_TRAILING = 4 // short lines after a footer ("Mobile version", "Back to top")
const MAX_FOOTER_GAP = 2 // unlabelled lines inside a footer ("KHU VỰC PHÍA NAM")
const MAX_FOOTER_GAP_WORDS = 12 // an unlabelled footer line is short: a region, a link, an address
const MAX_FOOTER_CHARS = 250 // footer lines are short; a paragraph that mentions a company is not one
const MIN_FOOTER_LINES = 2
const MIN_ARTICLE_LIKE = 0.5 // share of a cluster's paragraphs that are not teasers under a headline
const MIN_FAR_SHARE = 0.3 // a cluster past a long gap joins only with this share of the main cluster's text
const MIN_SEPARATED = 0.6 // share of paragraphs alone in their block on a page that separates them
const MIN_ACCENTED = 0.5 // share of paragraphs with non-ASCII letters on a page with diacritics
const LEAD_REACH = 12 // non-blank lines between a standfirst and the first paragraph: byline, date, share, image
const MIN_STANDFIRST_WORDS = 12
const MIN_STANDFIRST_CHARS = 70
const MIN_OPENING_STANDFIRST_CHARS = 120 // headlines run to about a hundred characters
const MAX_FOOTER_PROSE_WORDS = 20 // "Copyright 2025 X. All rights reserved." is a sentence, not article text
const MIN_FOOTER_TERMS = 2
const NOTICE_HINT = /\u00A9|\b(?:19|20)\d\d\b/
const MAX_NOTICE_WORDS = 60 // a copyright notice is a sentence or two, not a paragraph
const MIN_CODA_WORDS = 2 // "Thank you." closes an interview
const MAX_END_ITEMS = 10 // items of a list that ends the page
const MAX_DATELINE_CHARS = 100

export interface Layout {
  article: Span | null
  footer: Span | null
  /** Blocks that are cookie or consent banners. */
  banners: Set<number>
  blankSeparated: boolean
  accented: boolean
  /** Lines of blocks that hold several headlines (see gluedListLines); all 0 unless blankSeparated. */
  gluedLists: Uint8Array
  /** Whether the article starts at the heading of a box of key points. */
  keyPoints: boolean
}

export function findLayout(
  lines: readonly LineNode[],
  blocks: readonly BlockNode[],
  lists: readonly ListRun[],
  vocabulary: Vocabulary,
  isTemplate: (line: LineNode) => boolean
): Layout {
  const footer = findFooter(lines, vocabulary)
  const inList = new Uint8Array(lines.length)
  for (const run of lists) inList.fill(1, run.start, run.end + 1)
  const boundary = new Uint8Array(lines.length)
  for (const run of lists) boundary[run.start] = 1
  if (footer) boundary[footer.start] = 1

  const banners = consentBlocks(lines, blocks, vocabulary, footer)
  const blankSeparated = blankSeparatedPage(lines, vocabulary, inList)
  const gluedLists = blankSeparated ? gluedListLines(lines, vocabulary) : new Uint8Array(lines.length)
  const free: number[] = []
  const freeKeys = new Set<string>()
  for (const line of lines) {
    if (line.blank) continue
    if (banners.has(line.block)) boundary[line.index] = 1
    const marker = markerOf(line, vocabulary)
    // Headings of lists of links bound the article; a comments or tags heading is a widget.
    if (marker !== undefined && marker !== 'ui') boundary[line.index] = 1
    else if (marker === undefined &&
      line.shape.prose && !inList[line.index] && !(footer && line.index >= footer.start) && !isTemplate(line) &&
      !isInset(line, vocabulary) && !isFooterProse(line, vocabulary) &&
      !boundary[line.index] && !gluedLists[line.index] &&
      // A paragraph printed again further down is a repeat to drop, not more of the article.
      !freeKeys.has(line.key) &&
      // A newsletter or "follow us" box, or a subscription wall, is no paragraph of the text: what follows it is the coda.
      promotionTerms(blocks[line.block]!.children, vocabulary) === undefined && paywallPhrase(line, vocabulary) === undefined
    ) {
      free.push(line.index)
      freeKeys.add(line.key)
    }
  }
  const accented = share(free, (i) => lines[i]!.shape.nonAscii) >= MIN_ACCENTED
  if (free.length === 0) return {article: null, footer, banners, blankSeparated, accented, gluedLists, keyPoints: false}

  // A source credit on its own line between paragraphs ("Avec La Presse Canadienne") ends the text
  // too: only the lines between free paragraphs are asked.
  const clusters = clusterProse(lines, free, boundary, (line) => !line.shape.prose && sourceOfLine(line, vocabulary) !== undefined)
  const isFree = new Uint8Array(lines.length)
  for (const i of free) isFree[i] = 1
  const best = mainCluster(lines, clusters, isFree, vocabulary)
  let first = best
  let last = best
  const bestMass = mass(lines, clusters[best]!)
  // A neighbour joins when it reads as article and is near, or far but weighty: a publisher's
  // legal paragraph below the lists is not the article's second half.
  const joins = (cluster: readonly number[], before: readonly number[], after: readonly number[]) => {
    const gap = gapBetween(lines, before, after)
    if (isArticleLike(lines, cluster, isFree, vocabulary)) return gap <= MAX_GAP || mass(lines, cluster) >= MIN_FAR_SHARE * bestMass
    // A lone paragraph joins across a box the page set into the text (a newsletter sign-up, an
    // advertisement's label), when nothing else stands between.
    return cluster.length === 1 && !isTeaser(lines, cluster[0]!, vocabulary) && gap <= MAX_GAP && onlyInserts(lines, blocks, before, after, vocabulary)
  }
  while (first > 0 && joins(clusters[first - 1]!, clusters[first - 1]!, clusters[first]!)) first--
  // The article does not run past a comments section (its heading over the comments, in one block).
  // Only where blocks are set apart: on a page without blank lines a comment count's block is the whole page.
  const comments = blankSeparated ? commentsSection(lines, clusters[best]![0]!, vocabulary) : -1
  if (comments >= 0) {
    boundary[comments] = 1
    clusters[best] = clusters[best]!.filter((i) => i < comments)
  }
  const beforeComments = (cluster: readonly number[]) => comments < 0 || cluster[0]! < comments
  while (last < clusters.length - 1 && !crossesFooter(clusters[last + 1]!, footer) && beforeComments(clusters[last + 1]!) &&
    joins(clusters[last + 1]!, clusters[last]!, clusters[last + 1]!)) last++
  const firstProse = clusters[first]![0]!
  const opening = findStandfirst(lines, blocks, firstProse, boundary, vocabulary) ?? firstProse
  const start = boxHeading(lines, opening, vocabulary)
  const lastCluster = clusters[last]!
  const end = extendCoda(lines, lastCluster[lastCluster.length - 1]!, boundary, vocabulary, footer)
  return {article: {start, end}, footer, banners, blankSeparated, accented, gluedLists, keyPoints: start !== opening}
}

const MAX_BUTTON_WORDS = 4
const MAX_BANNER_LINES = 16 // a banner is a block of a few lines, its links included
const MIN_LIST_HEADLINES = 2 // headlines in one block make it a list of links
const MIN_INTRO_WORDS = 5 // "The advisory covers customers in the following areas:"; "Read more:" introduces links
const MIN_LIST_HEADLINE_WORDS = 4 // shorter lines are menu items, table cells, labels

/**
 * On a page that puts each paragraph in a block of its own, a block holding two headlines or
 * more (with teasers between them) is a list of links, whatever heading it has. Its lines from
 * the first headline on; a paragraph before that headline is the article's. Bylines, dates,
 * breadcrumbs and credits are headline-shaped too, and do not count.
 */
function gluedListLines(lines: readonly LineNode[], vocabulary: Vocabulary): Uint8Array {
  const glued = new Uint8Array(lines.length)
  const seen = new Set<string>()
  // Shape first (cheap); the lexicon and furniture tests only for blocks that could be lists.
  const shaped = (line: LineNode) => line.shape.headline && line.shape.words >= MIN_LIST_HEADLINE_WORDS && !line.shape.bullet && !seen.has(line.key)
  // A repeat of an earlier line (the title as an image's alt text), a widget or a footer's line (a company, its address and phone) is no list headline.
  const isHeadline = (line: LineNode) =>
    !isWholePhrase(line, vocabulary.ui) && phraseStarting(line, vocabulary.followPrefixes, vocabulary) === 0 &&
    phraseStarting(line, vocabulary.homeLinks, vocabulary) === 0 && !isInset(line, vocabulary) && !isFurniture(line, vocabulary) && !isNotice(line, vocabulary)
  const headlines = new Set<number>()
  let start = 0
  while (start < lines.length) {
    if (lines[start]!.blank) {
      start++
      continue
    }
    let end = start
    let candidates = 0
    // Items a sentence introduces ("… in the following areas:" over them) are text, in their block or the next.
    const introduced = neighbour(lines, start, -1)
    let itemised = introduced !== undefined && introduced.shape.end === ':' && introduced.shape.words >= MIN_INTRO_WORDS
    for (let i = start; i < lines.length && !lines[i]!.blank; i++) {
      const line = lines[i]!
      end = i
      if (shaped(line)) candidates++
      if (line.shape.end === ':' || line.shape.bullet) itemised = true
    }
    if (candidates >= MIN_LIST_HEADLINES && !itemised) {
      headlines.clear()
      for (let i = start; i <= end; i++) if (shaped(lines[i]!) && isHeadline(lines[i]!)) headlines.add(i)
      if (headlines.size >= MIN_LIST_HEADLINES) {
        // The headlines, and the teaser right under each.
        for (let i = start; i <= end; i++) {
          if (headlines.has(i) || (lines[i]!.shape.prose && i > start && headlines.has(i - 1))) glued[i] = 1
        }
      }
    }
    for (let i = start; i <= end; i++) seen.add(lines[i]!.key)
    start = end + 1
  }
  return glued
}

/** Whether the page separates its paragraphs with blank lines (most paragraphs alone in a block). */
function blankSeparatedPage(lines: readonly LineNode[], vocabulary: Vocabulary, inList: Uint8Array): boolean {
  const prose = lines.filter((line) => line.shape.prose && !inList[line.index] && !isInset(line, vocabulary))
  return share(prose.map((line) => line.index), (i) => isAlone(lines, i)) >= MIN_SEPARATED
}

/**
 * A cookie or consent notice (a sentence or two about cookies): the footer search steps over
 * one printed at the foot of the page, under the publisher's notice.
 */
function isCookieNotice(line: LineNode, vocabulary: Vocabulary): boolean {
  return line.shape.words <= MAX_NOTICE_WORDS && phraseIn(line, vocabulary.consentTerms, vocabulary) !== undefined
}

/**
 * Blocks that are cookie or consent banners: a line about cookies and a button beside it, or a
 * cookie notice below the publisher's footer, where no article text stands.
 */
function consentBlocks(lines: readonly LineNode[], blocks: readonly BlockNode[], vocabulary: Vocabulary, footer: Span | null): Set<number> {
  const about = new Set<number>()
  const buttons = new Set<number>()
  for (const line of lines) {
    // A banner is a small block: on a page without blank lines the one block is the whole page.
    if (line.blank || blocks[line.block]!.children.length > MAX_BANNER_LINES) continue
    if (line.shape.words <= MAX_BUTTON_WORDS && !line.shape.sentenceEnd) buttons.add(line.block)
  }
  for (const line of lines) {
    if (line.blank) continue
    // Only blocks with a button, or below the footer; a banner's text is a few sentences.
    const belowFooter = footer !== null && line.index > footer.end
    const small = blocks[line.block]!.children.length <= MAX_BANNER_LINES
    if (small && (belowFooter || buttons.has(line.block)) && isCookieNotice(line, vocabulary)) about.add(line.block)
  }
  return about
}

/**
 * A footer sentence is no article text: a short line with a footer word ("Terms of use |
 * Privacy policy"), a short sentence that is a notice (two footer words, a copyright sign, an
 * e-mail address or a phone number: "Copyright 2025 X. All rights reserved."), or any with a
 * copyright sign or two footer words (an agency's notice).
 */
export function isFooterProse(line: LineNode, vocabulary: Vocabulary): boolean {
  // A sentence needs more than one footer word: "Anyone with information should phone police" is news.
  if (line.shape.words <= MAX_FOOTER_PROSE_WORDS) return line.shape.sentenceEnd ? isNotice(line, vocabulary) : isFooterLine(line, vocabulary)
  // A notice this long carries its year or the sign: no other paragraph needs its words read.
  if (line.shape.words > MAX_NOTICE_WORDS || !NOTICE_HINT.test(line.norm)) return false
  return line.norm.includes('\u00A9') || phrasesIn(line, vocabulary.footerTerms, vocabulary).length >= MIN_FOOTER_TERMS
}

/** A line set into the text rather than part of it: a caption, a link, a media item. */
function isInset(line: LineNode, vocabulary: Vocabulary): boolean {
  return memo(line, Cue.inset, isInsetUncached, vocabulary)
}

function isInsetUncached(line: LineNode, vocabulary: Vocabulary): boolean {
  return (
    creditOf(line, vocabulary) !== undefined || readMoreOf(line, vocabulary) !== undefined ||
    doubledHalf(line.norm) !== undefined || isMediaTagged(line, vocabulary) || isFileName(line.norm) || isGalleryCounter(line.norm) ||
    altTextStem(line, vocabulary) !== undefined
  )
}

function clusterProse(lines: readonly LineNode[], free: readonly number[], boundary: Uint8Array, isBreak: (line: LineNode) => boolean): number[][] {
  const clusters: number[][] = [[free[0]!]]
  for (let k = 1; k < free.length; k++) {
    const previous = free[k - 1]!
    const current = free[k]!
    let gap = 0
    let split = false
    for (let i = previous + 1; i < current && !split; i++) {
      if (boundary[i]) split = true
      else if (!lines[i]!.blank && (++gap > MAX_GAP || isBreak(lines[i]!))) split = true
    }
    if (split) clusters.push([current])
    else clusters[clusters.length - 1]!.push(current)
  }
  return clusters
}

/** Non-blank lines between the end of one cluster and the start of the next. */
function gapBetween(lines: readonly LineNode[], before: readonly number[], after: readonly number[]): number {
  let gap = 0
  for (let i = before[before.length - 1]! + 1; i < after[0]!; i++) if (!lines[i]!.blank) gap++
  return gap
}

/**
 * Whether every line between two clusters is a known insert: a newsletter or app promotion's
 * block, a widget's words, a caption, a link or a box of links under its heading ("Mehr zum
 * Thema" and two headlines, in one block). A cookie banner is not one: the article does not
 * run across it.
 */
function onlyInserts(lines: readonly LineNode[], blocks: readonly BlockNode[], before: readonly number[], after: readonly number[], vocabulary: Vocabulary): boolean {
  let inserts = 0
  let promotion = -1 // the last block found to be a promotion
  for (let i = before[before.length - 1]! + 1; i < after[0]!; i++) {
    const line = lines[i]!
    if (line.blank) continue
    if (line.block !== promotion && promotionTerms(blocks[line.block]!.children, vocabulary) !== undefined) promotion = line.block
    // An interviewer's question right above the paragraph goes with it.
    if (i === neighbour(lines, after[0]!, -1)?.index && isQuestion(lines, line)) continue
    if (line.block !== promotion && !isWholePhrase(line, vocabulary.ui) && !isInset(line, vocabulary) && !isLinkBox(blocks[line.block]!, vocabulary) &&
      !isGalleryItem(blocks[line.block]!.children)) return false
    inserts++
  }
  return inserts > 0
}

/** A block that is a list's heading and headlines only: a box of links set into the text. */
function isLinkBox(block: BlockNode, vocabulary: Vocabulary): boolean {
  const [heading, ...items] = block.children
  const marker = heading === undefined ? undefined : markerOf(heading, vocabulary)
  return marker !== undefined && marker !== 'ui' && items.length > 0 && items.every((item) => item.shape.headline)
}

/**
 * A paragraph right under a headline: a link's teaser. Under an interviewer's question it is the
 * answer; under a button ("In bài") or a captioned photo ("… (Ảnh: …/TTXVN)") it is text.
 */
function isTeaser(lines: readonly LineNode[], index: number, vocabulary: Vocabulary): boolean {
  const above = neighbour(lines, index, -1)
  return above !== undefined && above.shape.headline && above.shape.words >= MIN_LIST_HEADLINE_WORDS && !isQuestion(lines, above) &&
    !isWholePhrase(above, vocabulary.ui) && creditOf(above, vocabulary) === undefined
}

const MIN_QUESTION_WORDS = 5

/**
 * An interviewer's question: a sentence of a few words ending in a question mark, answered by
 * the paragraph right under it. It is text of the article, though too short to be prose by shape.
 */
function isQuestion(lines: readonly LineNode[], line: LineNode): boolean {
  if (line.shape.end !== '?' || line.shape.words < MIN_QUESTION_WORDS || line.shape.prose) return false
  const answer = neighbour(lines, line.index, 1)
  return answer !== undefined && answer.shape.prose
}

/**
 * The article's cluster: the one with the most text, leaving out a list of teasers under a
 * list's heading ("More news", then headline, long teaser, headline, long teaser…), which may
 * hold more text than a short article.
 */
function mainCluster(lines: readonly LineNode[], clusters: readonly number[][], isFree: Uint8Array, vocabulary: Vocabulary): number {
  const listed = (cluster: readonly number[]) => paragraphsOf(lines, cluster, isFree, vocabulary) === 0 && isUnderListHeading(lines, cluster[0]!, vocabulary)
  // Each cluster weighed once: comparing against the best so far must not weigh the best again.
  const masses = clusters.map((cluster) => mass(lines, cluster))
  let best = -1
  let heaviest = 0
  for (let c = 0; c < clusters.length; c++) {
    if (masses[c]! > masses[heaviest]!) heaviest = c
    if ((best < 0 || masses[c]! > masses[best]!) && !listed(clusters[c]!)) best = c
  }
  return best >= 0 ? best : heaviest
}

/** Whether a teaser's headline sits right under the heading of a list of links. */
function isUnderListHeading(lines: readonly LineNode[], teaser: number, vocabulary: Vocabulary): boolean {
  const headline = neighbour(lines, teaser, -1)
  const heading = headline === undefined ? undefined : neighbour(lines, headline.index, -1)
  const marker = heading === undefined ? undefined : markerOf(heading, vocabulary)
  return marker !== undefined && marker !== 'ui'
}

function mass(lines: readonly LineNode[], cluster: readonly number[]): number {
  let total = 0
  for (const i of cluster) total += lines[i]!.shape.chars
  return total
}

/**
 * A cluster reads as article when most of its paragraphs are not teasers: a teaser sits right
 * under a headline and is not followed by another paragraph.
 */
function isArticleLike(lines: readonly LineNode[], cluster: readonly number[], isFree: Uint8Array, vocabulary: Vocabulary): boolean {
  const paragraphs = paragraphsOf(lines, cluster, isFree, vocabulary)
  return paragraphs >= 2 && paragraphs / cluster.length >= MIN_ARTICLE_LIKE
}

/** The cluster's lines that are not teasers: not right under a headline, or followed by more text. */
function paragraphsOf(lines: readonly LineNode[], cluster: readonly number[], isFree: Uint8Array, vocabulary: Vocabulary): number {
  let paragraphs = 0
  for (const i of cluster) {
    const next = neighbour(lines, i, 1)
    const followedByText = next !== undefined && isFree[next.index] === 1
    if (!isTeaser(lines, i, vocabulary) || followedByText) paragraphs++
  }
  return paragraphs
}

function crossesFooter(cluster: readonly number[], footer: Span | null): boolean {
  return footer !== null && cluster[0]! > footer.start
}

/**
 * The article's last lines may be short sentences ("Thank you.") that are not prose by shape,
 * or a last paragraph without its full stop right above the byline; take them while nothing
 * marks them as something else.
 */
function extendCoda(lines: readonly LineNode[], end: number, boundary: Uint8Array, vocabulary: Vocabulary, footer: Span | null): number {
  return codaEnd(lines, end, lines.length - 1, vocabulary, (i) => boundary[i] === 1 || (footer !== null && i >= footer.start), () => false)
}

/**
 * Once the detectors have run, the article ends at its last paragraph they left open, and the
 * coda after it. A subheading whose paragraphs turned out to be repeats or captions no longer
 * has text under it: it goes with what follows the article, as it would on the cleaned page.
 * With no paragraph left, there is no article.
 */
export function settleArticleEnd(lines: readonly LineNode[], span: Span, vocabulary: Vocabulary): Span | null {
  let last = -1
  for (let i = span.end; i >= span.start && last < 0; i--) {
    const line = lines[i]!
    if (line.decision === undefined && line.shape.prose && !isFooterProse(line, vocabulary)) last = i
  }
  // Every paragraph was something else (repeats, captions, a list): the page has no article text.
  if (last < 0) return null
  const end = codaEnd(lines, last, span.end, vocabulary, () => false, (i) => lines[i]!.decision !== undefined)
  return end === span.end ? span : {start: span.start, end}
}

/** The last line of the coda that follows `end`, up to `limit`: lines `decided` are stepped over. */
function codaEnd(
  lines: readonly LineNode[], end: number, limit: number, vocabulary: Vocabulary,
  isBoundary: (index: number) => boolean, decided: (index: number) => boolean
): number {
  let last = end
  for (let i = end + 1; i <= limit; i++) {
    const line = lines[i]!
    if (line.blank || decided(i)) continue
    if (isBoundary(i) || isInset(line, vocabulary) || isFurniture(line, vocabulary) || isFooterProse(line, vocabulary)) break
    // An advertisement's label or a button between the last paragraphs is stepped over.
    if (isWholePhrase(line, vocabulary.ui)) continue
    const sentence = line.shape.sentenceEnd && '.!\u2026'.includes(line.shape.end) && line.shape.words >= MIN_CODA_WORDS
    const next = neighbour(lines, i, 1)
    // A last paragraph without its full stop: right above the byline, or the last line of the page.
    const lastParagraph = isParagraphLike(line) && (next === undefined || isFurniture(next, vocabulary))
    const items = listEnd(lines, line)
    if (!sentence && !lastParagraph && items < 0) break
    last = Math.min(limit, Math.max(i, items))
    i = last
  }
  return last
}

/**
 * A line ending with a colon with items under it ("Veja a agenda:" then the dates): the last
 * item's index, or -1. The items are the rest of its block, or bullets in blocks of their own,
 * or the few short lines, each in its block, that end the page.
 */
function listEnd(lines: readonly LineNode[], line: LineNode): number {
  if (line.shape.end !== ':' || line.shape.words < 3) return -1
  const below = lines[line.index + 1]
  if (below !== undefined && !below.blank) return blockEnd(lines, line.index)
  let bullets = -1
  for (let i = line.index + 1; i < lines.length; i++) {
    if (lines[i]!.blank) continue
    if (!lines[i]!.shape.bullet) break
    bullets = i
  }
  if (bullets >= 0) return bullets
  // A few short lines that end the page (the agenda under "Veja a agenda:" once cleaned).
  let end = -1
  let items = 0
  for (let i = line.index + 1; i < lines.length; i++) {
    if (lines[i]!.blank) continue
    if (lines[i]!.shape.prose || ++items > MAX_END_ITEMS) return -1
    end = i
  }
  return end
}

function blockEnd(lines: readonly LineNode[], index: number): number {
  let end = index
  while (lines[end + 1] !== undefined && !lines[end + 1]!.blank) end++
  return end
}

/** A byline, a source credit or a dateline: what follows an article's last paragraph. */
function isFurniture(line: LineNode, vocabulary: Vocabulary): boolean {
  if (bylineOfLine(line, vocabulary) !== undefined || sourceOfLine(line, vocabulary) !== undefined) return true
  return line.shape.chars <= MAX_DATELINE_CHARS && isDateLine(line, vocabulary)
}


function isParagraphLike(line: LineNode): boolean {
  return line.shape.prose || (line.shape.words >= MIN_STANDFIRST_WORDS && line.shape.chars >= MIN_STANDFIRST_CHARS)
}

/**
 * The first comments heading after `from` that heads the comments themselves: lines under it in
 * its block, a sentence among them (a counter beside share buttons heads none), or -1.
 */
function commentsSection(lines: readonly LineNode[], from: number, vocabulary: Vocabulary): number {
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line.blank || line.shape.words > MAX_COMMENTS_HEADING_WORDS || !isCommentsHeading(line, vocabulary)) continue
    let comment = false
    let count = 0
    for (let j = i + 1; j < lines.length && !lines[j]!.blank; j++, count++) if (lines[j]!.shape.sentenceEnd) comment = true
    if (comment && count >= MIN_COMMENTS_LINES) return i
  }
  return -1
}

const MIN_COMMENTS_LINES = 3 // an author, a time, the comment
const MAX_COMMENTS_HEADING_WORDS = 6
const MIN_ROW_LINES = 3

/**
 * A line of a block of short lines that are no sentences (buttons), other than the block's first.
 * Each block is read once, whatever number of its lines are asked about (`rows` keeps the answers).
 */
function isInButtonRow(blocks: readonly BlockNode[], line: LineNode, rows: Map<number, boolean>): boolean {
  const block = blocks[line.block]!.children
  if (block[0] === line) return false
  let row = rows.get(line.block)
  if (row === undefined) {
    row = block.length >= MIN_ROW_LINES && block.every((item) => item.shape.words <= MAX_BUTTON_WORDS && !item.shape.sentenceEnd)
    rows.set(line.block, row)
  }
  return row
}

const MAX_BOX_HEADING_WORDS = 8

/**
 * The article opens with a box of key points ("What you need to know:" over its items): its
 * heading, right above the first paragraph, is the article's first line.
 */
function boxHeading(lines: readonly LineNode[], start: number, vocabulary: Vocabulary): number {
  // Past a blank line too: the cleaned text sets one between every two lines.
  const above = neighbour(lines, start, -1)
  // Two words at least: a one-word kicker ("EXCLUSIVE:") labels the story, not a box.
  if (above === undefined || above.shape.end !== ':' || above.shape.words < 2 || above.shape.words > MAX_BOX_HEADING_WORDS || markerOf(above, vocabulary) !== undefined ||
    isWholePhrase(above, vocabulary.ui) || vocabulary.emptyLabels.has(wordsOf(above).join(' '))) return start
  return above.index
}

/**
 * A standfirst printed above the byline, date and share buttons, without a full stop, is not
 * prose by shape. Above the first paragraph, past such furniture, a paragraph-long line right
 * under a shorter headline (the title) is the standfirst.
 */
function findStandfirst(lines: readonly LineNode[], blocks: readonly BlockNode[], first: number, boundary: Uint8Array, vocabulary: Vocabulary): number | undefined {
  const rows = new Map<number, boolean>()
  let reach = 0
  for (let i = first - 1; i >= 0 && reach < LEAD_REACH; i--) {
    const line = lines[i]!
    if (line.blank) continue
    if (boundary[i]) return undefined
    // A row of buttons (share, text size) is one widget, however many lines it takes: known words,
    // or the lines after the first of a block of three short lines or more.
    if (isWholePhrase(line, vocabulary.ui) || isInButtonRow(blocks, line, rows)) continue
    reach++
    if (!isParagraphLike(line) || isInset(line, vocabulary) || isFurniture(line, vocabulary) || isFooterProse(line, vocabulary) || repeatsAbove(lines, i) || isListItem(lines, line)) continue
    const above = neighbour(lines, i, -1)
    // A page that opens with it (an article cleaned before): longer than a headline, right above the first paragraph.
    if (above === undefined) return reach === 1 && line.shape.chars >= MIN_OPENING_STANDFIRST_CHARS ? i : undefined
    // Longer than the headline, or a sentence with its full stop ("Some 40 stallholders will move … from July 7.").
    return (above.shape.chars < line.shape.chars || line.shape.sentenceEnd) && isTitleLike(above, vocabulary) ? i : undefined
  }
  return undefined
}

/** A line that repeats one above it (the title again as an image's alt text). */
/** An item of a list in one block under a heading that ends with a colon ("Key points:", "Das Wichtigste:"). */
function isListItem(lines: readonly LineNode[], line: LineNode): boolean {
  for (let i = line.index - 1; i >= 0 && !lines[i]!.blank; i--) if (lines[i]!.shape.end === ':') return true
  return false
}

function repeatsAbove(lines: readonly LineNode[], index: number): boolean {
  const key = lines[index]!.key
  for (let i = 0; i < index; i++) if (lines[i]!.key === key) return true
  return false
}

function isTitleLike(line: LineNode, vocabulary: Vocabulary): boolean {
  return (
    line.shape.headline && line.shape.words >= 4 && !isWholePhrase(line, vocabulary.ui) && markerOf(line, vocabulary) === undefined && !hasCrumbArrow(line.norm) &&
    phraseStarting(line, vocabulary.homeLinks, vocabulary) === 0 && !isDateLine(line, vocabulary)
  )
}

/**
 * The publisher's or advertiser's footer: a run of footer lines at the end of the page. Short
 * lines without footer words may sit inside it (a region's name, an address) or after it (a
 * "mobile version" link); the run takes the whole blocks it starts and ends in.
 */
function findFooter(lines: readonly LineNode[], vocabulary: Vocabulary): Span | null {
  let start = -1
  let end = -1
  let count = 0
  let trailing = 0
  let gap = 0
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!
    if (line.blank) continue
    if (line.shape.chars <= MAX_FOOTER_CHARS && (line.shape.prose ? isNotice(line, vocabulary) : isFooterLine(line, vocabulary) || (end >= 0 && isAddress(line)))) {
      if (end < 0) end = i
      start = i
      count++
      gap = 0
    } else if (end < 0 && markerOf(line, vocabulary) !== undefined) {
      // A list's heading under it: what lies above is not the foot of the page.
      break
    } else if ((!line.shape.prose && !line.shape.sentenceEnd && line.shape.words <= MAX_FOOTER_GAP_WORDS) || isCookieNotice(line, vocabulary)) {
      if (end < 0 ? ++trailing > MAX_TRAILING : ++gap > MAX_FOOTER_GAP) break
    } else break
  }
  if (count >= MIN_FOOTER_LINES) return {start: footerTop(lines, start, vocabulary), end: blockEdge(lines, end, 1, vocabulary)}
  return copyrightFooter(lines, vocabulary)
}

/**
 * The first line of a footer whose highest footer line is `start`: its block, up over the
 * footer's short links ("Contact", "About us") but not over a story's headline, and not into a
 * list: on a page without blank lines the block is the whole page, and what stands between a
 * list's heading ("Most read", "Tags") and the footer are the list's items.
 */
function footerTop(lines: readonly LineNode[], start: number, vocabulary: Vocabulary): number {
  // A block of its own is the footer's whole: its first line may well be shaped like a headline.
  if (!sharesBlockWithText(lines, start, vocabulary)) return blockEdge(lines, start, -1, vocabulary)
  const isHeadline = (above: LineNode) => above.shape.headline && above.shape.words >= MIN_LIST_HEADLINE_WORDS && !isFooterLine(above, vocabulary) && !isAddress(above)
  const isListHeading = (above: LineNode) => markerOf(above, vocabulary) !== undefined
  const top = blockEdge(lines, start, -1, vocabulary, (above) => isHeadline(above) || isListHeading(above))
  const above = lines[top - 1]
  return above !== undefined && !above.blank && isListHeading(above) ? start : top
}

/** Whether the block of line `index` holds, above it, prose that is not a footer's: a page that did not separate its footer. */
function sharesBlockWithText(lines: readonly LineNode[], index: number, vocabulary: Vocabulary): boolean {
  for (let i = index - 1; i >= 0 && !lines[i]!.blank; i--) if (lines[i]!.shape.prose && !isFooterLine(lines[i]!, vocabulary)) return true
  return false
}

// The sign, or the word with a year or "all rights": "Copyright 2025 X Ltd.", "(c) 2025 X".
const COPYRIGHT_MARK = /\u00A9|\(c\)\s?(?:19|20)\d\d|\bcopyright\s(?:\u00A9\s?)?(?:19|20)\d\d/iu
const MAX_AFTER_COPYRIGHT = 3 // lines after the copyright notice (a licence, an age rating) still belong to it

/**
 * In a language the lexicons do not know, the copyright sign (or "Copyright 2025") still marks the footer: its
 * block, and the few lines after it to the end of the page.
 */
function copyrightFooter(lines: readonly LineNode[], vocabulary: Vocabulary): Span | null {
  let seen = 0
  for (let i = lines.length - 1; i >= 0 && seen <= MAX_AFTER_COPYRIGHT; i--) {
    const line = lines[i]!
    if (line.blank) continue
    // A paragraph of prose after the notice: the notice sits inside the page, not at its foot.
    if (line.shape.prose && !isFooterLine(line, vocabulary) && !isCookieNotice(line, vocabulary)) return null
    if (COPYRIGHT_MARK.test(line.norm) && line.shape.chars <= MAX_FOOTER_CHARS) {
      let end = i
      for (let k = i + 1; k < lines.length; k++) if (!lines[k]!.blank) end = k
      return {start: footerTop(lines, i, vocabulary), end}
    }
    seen++
  }
  return null
}

const MAX_ADDRESS_WORDS = 14
// A part that is a postcode and a town: "5014 Bergen", "08009 Barcelona", "972 31 Luleå", "LT-01103 Vilnius".
const POSTCODE_TOWN = /^(?:\p{Lu}{1,2}-)?\d{3}\s?\d{1,2}\s\p{Lu}/u

/**
 * A postal address in a few comma-separated parts, one of them a postcode and its town:
 * "Bergens Tidende AS, Krinkelkroken 1, 5014 Bergen". Only next to a footer line does it count
 * as the footer's: a headline may have commas and a number too.
 */
function isAddress(line: LineNode): boolean {
  if (line.shape.words > MAX_ADDRESS_WORDS) return false
  const parts = line.norm.split(', ')
  return parts.length >= 3 && parts.some((part) => POSTCODE_TOWN.test(part))
}

/**
 * Walks from a footer line to the edge of its block over short lines that are not sentences,
 * and not over a line `stops` names. A short sentence with a footer word that opens the block
 * is the footer's too ("Harbour Press Ltd. · 12 Quay Street, Bristol."): on a page without
 * blank lines the block is the whole page, and its first line is never the footer's neighbour.
 */
function blockEdge(lines: readonly LineNode[], index: number, step: 1 | -1, vocabulary: Vocabulary, stops?: (line: LineNode) => boolean): number {
  let edge = index
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!
    if (line.blank || line.shape.words > MAX_FOOTER_GAP_WORDS || stops?.(line)) break
    if ((line.shape.prose || line.shape.sentenceEnd) && !(step < 0 && (i === 0 || lines[i - 1]!.blank) && isFooterLine(line, vocabulary))) break
    edge = i
  }
  return edge
}

/** The next (step 1) or previous (step -1) non-blank line. */
export function neighbour(lines: readonly LineNode[], index: number, step: 1 | -1): LineNode | undefined {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) if (!lines[i]!.blank) return lines[i]
  return undefined
}

function isAlone(lines: readonly LineNode[], index: number): boolean {
  const before = lines[index - 1]
  const after = lines[index + 1]
  return (before === undefined || before.blank) && (after === undefined || after.blank)
}

function share(indices: readonly number[], test: (index: number) => boolean): number {
  if (indices.length === 0) return 0
  let hits = 0
  for (const i of indices) if (test(i)) hits++
  return hits / indices.length
}
