/**
 * article-body: the article's own lines, the ones no detector took inside the article span.
 * The first paragraph is the lead (the standfirst); a short headline-shaped line standing alone
 * and followed by text is a subheading (or, opening the article on a page where no title was
 * found, the title); everything else is body (paragraphs, quotes, list items, questions and
 * answers).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {neighbour} from '../parse/layout.js'
import {context, decide, isOpen} from './decide.js'

const MAX_HEADING_WORDS = 14
const MAX_HEADING_CHARS = 90
// A speaker or a label before a colon ("Q:", "Phóng viên:", "PV:") opens a line of an interview, not a heading.
const SPEAKER = /^[\p{L}.]+(?:\s[\p{L}.]+)?\s?:\s/u

export default function articleBody(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const span = tree.data.article
    if (span === null) return
    const ctx = context(tree, file, settings)
    const lines = ctx.lines
    let seenContent = false
    for (let i = span.start; i <= span.end; i++) {
      const line = lines[i]!
      if (!isOpen(line)) {
        if (line.decision?.label === 'body' || line.decision?.label === 'heading') seenContent = true
        continue
      }
      // A box of key points may open the article ("What you need to know:" over its items): a heading, and body under it.
      if (i === span.start && tree.data.keyPoints) decide(ctx, line, 'heading', 'article-body', 'heading of the key points that open the article')
      // The span starts at the lead: the first paragraph, or a standfirst the layout found above the byline.
      else if (!seenContent && (line.shape.prose || i === span.start)) decide(ctx, line, 'lead', 'article-body', 'first paragraph of the article')
      else if (isHeading(lines, line, tree.data.blankSeparated)) {
        // A headline that opens the article when none was found above it is the title: the text
        // starts with a paragraph, and cleaning it again finds the same text.
        if (!seenContent && tree.data.title === null) {
          decide(ctx, line, 'title', 'article-body', 'headline opening the article, with no title above it')
          tree.data.title = i
          continue
        }
        decide(ctx, line, 'heading', 'article-body', 'subheading inside the article')
      }
      else decide(ctx, line, 'body', 'article-body', line.shape.prose ? 'paragraph of the article' : 'short line inside the article')
      seenContent = true
    }
  }
}

function isHeading(lines: readonly LineNode[], line: LineNode, blankSeparated: boolean): boolean {
  if (!line.shape.headline || line.shape.bullet || line.shape.words > MAX_HEADING_WORDS || line.shape.chars > MAX_HEADING_CHARS) return false
  if (SPEAKER.test(line.norm)) return false
  const startsBlock = lines[line.index - 1]?.blank ?? true
  const alone = startsBlock && (lines[line.index + 1]?.blank ?? true)
  const next = neighbour(lines, line.index, 1)
  // On a page that separates its paragraphs, a heading stands alone or heads its paragraph's block.
  return (alone || startsBlock || !blankSeparated) && next !== undefined && next.shape.prose
}
