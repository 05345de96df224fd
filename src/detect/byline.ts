/**
 * byline: the author line: `By Jane Doe`, `Par Marie Dupont`, `Penulis: Budi Santoso`, or a
 * bare name (`Hoàng Nam`, `Lan Anh (tổng hợp)`) between the title and the lead, between the
 * lead and the first paragraph, or in the few lines after the article; there, also a name after
 * a short lower-case word (`de Andrei Popescu`). A bare name elsewhere could be a heading, so
 * position decides.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import type {Vocabulary} from '../lexicon/index.js'
import {isNotice, markerOf} from '../parse/cues.js'
import {bylineOfLine, looseByline, startsWithBylinePrefix} from '../metadata/byline.js'
import {sourceOfLine} from '../metadata/source.js'
import {codaLines, context, decide, headLines, leadZone} from './decide.js'

const MIN_LIST_HEADLINE_WORDS = 4

export default function byline(settings: Settings) {
  const vocabulary = settings.vocabulary
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const title = tree.data.title
    for (const line of headLines(ctx)) {
      const credited = startsWithBylinePrefix(line, vocabulary)
      // A bare name counts only between the title and the lead.
      if (!credited && (title === null || line.index < title)) continue
      if (bylineOfLine(line, vocabulary) !== undefined) {
        decide(ctx, line, 'byline', 'byline', credited ? 'author credit above the article' : 'author name between the title and the lead')
      } else if (!credited && looseByline(line.norm, vocabulary) !== undefined) {
        decide(ctx, line, 'byline', 'byline', 'author name after a short word, between the title and the lead')
      }
    }
    for (const line of leadZone(ctx)) {
      if (bylineOfLine(line, vocabulary) !== undefined) decide(ctx, line, 'byline', 'byline', 'author name between the lead and the text')
      else if (looseByline(line.norm, vocabulary) !== undefined) decide(ctx, line, 'byline', 'byline', 'author name after a short word, between the lead and the text')
    }
    for (const line of codaLines(ctx, (candidate) => markerOf(candidate, vocabulary) !== undefined)) {
      // A list's heading after the article can look like a name; the list follows it in its block.
      if (bylineOfLine(line, vocabulary) !== undefined && !headsAList(ctx.lines, line, vocabulary) && !inTagList(tree, line, vocabulary) && !inPoll(tree, line)) {
        decide(ctx, line, 'byline', 'byline', 'author name after the article')
      }
    }
  }
}

/** The next line in the same block is a headline or a rank number: the line heads a list. */
function headsAList(lines: readonly LineNode[], line: LineNode, vocabulary: Vocabulary): boolean {
  const next = lines[line.index + 1]
  if (next === undefined || next.blank || bylineOfLine(next, vocabulary) !== undefined || sourceOfLine(next, vocabulary) !== undefined) return false
  return (next.shape.headline && next.shape.words >= MIN_LIST_HEADLINE_WORDS) || /^\d{1,2}\.?$/.test(next.norm)
}

const MIN_TAGS = 4
const MAX_TAG_WORDS = 4

/**
 * The line is one of a block of short names and words (`Mumbai Metro`, `MMRDA`, `SV Road`): the
 * story's tags without their heading. An author's box has a byline and a role, a handle or an
 * address, and fewer lines.
 */
function inTagList(tree: PageTree, line: LineNode, vocabulary: Vocabulary): boolean {
  const block = tree.data.blocks[line.block]!.children
  return block.length >= MIN_TAGS && block.every((item) => item.shape.words <= MAX_TAG_WORDS && !item.shape.sentenceEnd && !isNotice(item, vocabulary))
}

const MIN_CHOICES = 3
const MAX_CHOICE_WORDS = 3
const MAX_POLL_LINES = 8

/**
 * The line is a choice of a poll or a reactions box: a question and three short answers or more
 * in one block ("Bạn thấy bài viết thế nào?" over "Hữu ích", "Thú vị", "Buồn"), not a byline.
 */
function inPoll(tree: PageTree, line: LineNode): boolean {
  const block = tree.data.blocks[line.block]!.children
  if (block.length > MAX_POLL_LINES) return false
  const question = block.findIndex((item) => item.shape.end === '?')
  const answers = block.slice(question + 1)
  return question >= 0 && line.index > block[question]!.index && answers.length >= MIN_CHOICES && answers.every((item) => item.shape.words <= MAX_CHOICE_WORDS)
}
