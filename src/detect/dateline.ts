/**
 * dateline: the publication date and time (`07:14 | 08/08/2024 GMT+7`, `Publié le 12 mars 2025
 * à 10h32`, `Updated 3 hours ago`): a short line that is a date and little else, near the
 * title, between the lead and the text, or just after the article. A date far above the title is the site header's date of
 * the day, which is navigation.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import type {Vocabulary} from '../lexicon/index.js'
import {markerOf, phraseIn, wordsOf} from '../parse/cues.js'
import {dateOfLine} from '../metadata/date.js'
import {bylineOfLine} from '../metadata/byline.js'
import {codaLines, context, decide, headLines, leadZone} from './decide.js'

const MAX_CHARS = 100 // datelines are short
const MAX_LEFTOVER = 2 // words besides the date: a city, "by", a label
const REACH = 4 // non-blank lines between the title (or the lead) and its dateline

export default function dateline(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lines = ctx.lines
    const anchors = [tree.data.title, tree.data.article?.start].filter((i): i is number => i !== null && i !== undefined)
    for (const line of headLines(ctx)) {
      if (!isDateline(line, vocabulary)) continue
      if (anchors.some((anchor) => nonBlankBetween(lines, line.index, anchor) <= REACH)) {
        decide(ctx, line, 'dateline', 'dateline', 'publication date near the title')
      } else decide(ctx, line, 'ui', 'dateline', "a date far above the title: the site header's date")
    }
    for (const line of leadZone(ctx)) {
      if (isDateline(line, vocabulary)) decide(ctx, line, 'dateline', 'dateline', 'publication date between the lead and the text')
    }
    for (const line of codaLines(ctx, (candidate) => markerOf(candidate, vocabulary) !== undefined)) {
      if (isDateline(line, vocabulary)) decide(ctx, line, 'dateline', 'dateline', 'publication date after the article')
    }
  }
}

/** A short line that is a date, a time or a relative date ("3 hours ago") and little else. */
export function isDateline(line: LineNode, vocabulary: Vocabulary): boolean {
  if (line.shape.chars > MAX_CHARS || line.shape.prose) return false
  // "(Katharina Pichler, 28.1.2025)" is the byline, with its date.
  if (line.norm.startsWith('(') && bylineOfLine(line, vocabulary) !== undefined) return false
  const parsed = dateOfLine(line, vocabulary)
  if (parsed.leftover > MAX_LEFTOVER) return false
  if (parsed.iso !== null) return true
  // A relative date: a number and a date word ("3 hours ago", "2 giờ trước") and nothing else.
  return parsed.leftover === 0 && wordsOf(line).some((word) => /^\d+$/.test(word)) && phraseIn(line, vocabulary.dateWords, vocabulary) !== undefined
}

function nonBlankBetween(lines: readonly LineNode[], a: number, b: number): number {
  let count = 0
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (!lines[i]!.blank) count++
  return count
}
