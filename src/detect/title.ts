/**
 * title: the headline right above the article: the nearest headline-shaped line before the
 * lead that is not a date, a byline, a breadcrumb, a section heading or a credit, nor the caption
 * right under the headline's second print (an image's alt text). A candidate the page repeats
 * later is the title before any other.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {altTextStem, creditOf, markerOf, phraseStarting, readMoreOf} from '../parse/cues.js'
import {matchKey} from '../parse/normalize.js'
import {isDateLine} from '../metadata/date.js'
import {hasCrumbArrow} from '../metadata/breadcrumb.js'
import {isCreditedByline, isNameWithOutlet, startsWithBylinePrefix} from '../metadata/byline.js'
import {context, decide, headLines} from './decide.js'

const WINDOW = 15 // non-blank lines above the lead where the title may be
const MIN_WORDS = 3
const MIN_CHARS = 15
const PREFERRED_WORDS = 4 // a kicker or a short label has fewer
const CLOCK = /\b\d{1,2}[:.h]\d{2}\b/
const YEAR = /\b(?:19|20)\d{2}\b/

export default function title(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lines = ctx.lines
    const window = tree.data.article === null ? topLines(lines) : headLines(ctx).slice(0, WINDOW)
    // A line the page printed before (the title again as an image's alt text) is not the title.
    const printedBefore = (line: LineNode, k: number) => window.slice(k + 1).some((other) => other.key === line.key)
    // Nor is the line under the repeat of a headline: the headline again as alt text, then the image's caption.
    const underRepeat = (line: LineNode, k: number) => {
      const above = window[k + 1]
      return above !== undefined && above.index === line.index - 1 && above.shape.words >= PREFERRED_WORDS && isCandidate(above, settings) && printedBefore(above, k + 1)
    }
    // Nor is the line under a credited byline, in its block: the reporters' role or outlet ("Reporters, Nairobi Courier Group").
    const underByline = (line: LineNode) => {
      const above = lines[line.index - 1]
      return above !== undefined && !above.blank && isCreditedByline(above, settings.vocabulary)
    }
    const candidates = window.filter((line, k) => isCandidate(line, settings) && !printedBefore(line, k) && !underRepeat(line, k) && !underByline(line))
    if (candidates.length === 0) return
    // The footer does not count: it prints the site's name, which the header printed too.
    const later = repeatedKeys(lines, tree.data.article?.start ?? 0, tree.data.footer?.start ?? lines.length, settings)
    const strong = candidates.filter((line) => line.shape.words >= PREFERRED_WORDS)
    // Not a masthead's short name that a byline prints again ("Le Courrier de Québec" under the author):
    // a repeated candidate has at least half the words of the nearest.
    const repeated = strong.find((line) => later.has(line.key) && line.shape.words * 2 >= strong[0]!.shape.words)
    const chosen = repeated ?? strong[0] ?? candidates[0]!
    const reason = repeated ? 'headline above the article, repeated later on the page' : 'headline right above the article'
    decide(ctx, chosen, 'title', 'title', reason)
    tree.data.title = chosen.index
  }
}

function isCandidate(line: LineNode, settings: Settings): boolean {
  const vocabulary = settings.vocabulary
  if (!line.shape.headline || line.shape.words < MIN_WORDS || line.shape.chars < MIN_CHARS) return false
  if (markerOf(line, vocabulary) !== undefined || creditOf(line, vocabulary) !== undefined || readMoreOf(line, vocabulary) !== undefined) return false
  if (phraseStarting(line, vocabulary.homeLinks, vocabulary) > 0 || hasCrumbArrow(line.norm)) return false
  // "By …" is a byline even when the names after it do not parse.
  if (startsWithBylinePrefix(line, vocabulary) || isNameWithOutlet(line, vocabulary)) return false
  if (isDateLine(line, vocabulary)) return false
  // A date whose month the lexicons do not know still has its clock time and its year.
  return !(CLOCK.test(line.norm) && YEAR.test(line.norm))
}

/** With no article, the title is looked for among the first lines of the page. */
function topLines(lines: readonly LineNode[]): LineNode[] {
  return lines.filter((line) => !line.blank && line.decision === undefined).slice(0, WINDOW)
}

/** Keys of lines from the article's start to the footer, and of the stems of numbered alt texts there. */
function repeatedKeys(lines: readonly LineNode[], from: number, to: number, settings: Settings): Set<string> {
  const keys = new Set<string>()
  for (let i = from; i < to; i++) {
    const line = lines[i]!
    if (line.blank) continue
    keys.add(line.key)
    const stem = altTextStem(line, settings.vocabulary)
    if (stem !== undefined) keys.add(matchKey(stem))
  }
  return keys
}
