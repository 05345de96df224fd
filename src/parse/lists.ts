import type {LineNode, ListGroup, ListRun} from '../types.js'
import type {MarkerLabel, Vocabulary} from '../lexicon/index.js'
import {creditOf, markerOf, weatherTerms} from './cues.js'

const MAX_PAIR_DISTANCE = 2 // the copy follows at once or after one blank line
const MIN_RUN_GROUPS = 2 // one repeated headline may be a doubled caption; two in a row are a list
const MAX_PAIRED_CHARS = 200 // link texts are headline length

/**
 * Lists of links to other articles, found by repetition: a portal prints each item as its
 * headline, the same headline again (the image's alt text or a second link), and often a
 * teaser paragraph. Two such groups in a row make a run.
 */
export function findRepeatRuns(lines: readonly LineNode[], vocabulary: Vocabulary): ListRun[] {
  const nonBlank = lines.filter((line) => !line.blank).map((line) => line.index)
  const runs: ListRun[] = []
  let current: ListGroup[] = []
  let lastEnd = -1
  const close = () => {
    if (current.length >= MIN_RUN_GROUPS) runs.push({start: current[0]!.headline, end: current[current.length - 1]!.end, groups: current})
    current = []
  }
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const i = nonBlank[k]!
    const j = nonBlank[k + 1]!
    const first = lines[i]!
    if (j - i > MAX_PAIR_DISTANCE || first.key !== lines[j]!.key || !isPairable(first, vocabulary)) continue
    let teaser: number | null = null
    const t = nonBlank[k + 2]
    if (t !== undefined && t - j <= MAX_PAIR_DISTANCE && isTeaser(lines[t]!, nonBlank[k + 3] === undefined ? undefined : lines[nonBlank[k + 3]!])) teaser = t
    const group: ListGroup = {headline: i, repeat: j, teaser, end: teaser ?? j}
    // The group continues the run when nothing but blank lines separates it from the previous one.
    const previousNonBlank = k > 0 ? nonBlank[k - 1]! : -1
    if (current.length > 0 && previousNonBlank !== lastEnd) close()
    current.push(group)
    lastEnd = group.end
    k += teaser === null ? 1 : 2
  }
  close()
  return runs
}

function isPairable(line: LineNode, vocabulary: Vocabulary): boolean {
  // A doubled caption or a doubled paragraph is a repeat, not a list item.
  return !line.shape.prose && line.shape.chars <= MAX_PAIRED_CHARS && creditOf(line, vocabulary) === undefined
}

function isTeaser(line: LineNode, next: LineNode | undefined): boolean {
  // A teaser is running text, not itself the first copy of the next item, and not followed by
  // another paragraph: that would be the article resuming after the list.
  return (line.shape.prose || line.shape.sentenceEnd) && (next === undefined || (next.key !== line.key && !next.shape.prose))
}

/**
 * Splits a list's lines into items: an item starts at a headline that is not a copy of the
 * previous item's headline, and runs until the next one (its repeat, teaser, caption).
 */
export function splitItems(lines: readonly LineNode[], indices: readonly number[]): number[][] {
  const items: number[][] = []
  let headline = ''
  for (const i of indices) {
    const line = lines[i]!
    const starts = (line.shape.headline && line.key !== headline) || items.length === 0
    if (starts) {
      items.push([i])
      if (line.shape.headline) headline = line.key
    } else items[items.length - 1]!.push(i)
  }
  return items
}

const MIN_WEATHER_TERMS = 2 // one word ("storm") may be any story's; two make a weather report

/** `related`, or `weather` for an item that is a weather report. */
export function itemLabel(lines: readonly LineNode[], item: readonly number[], listLabel: MarkerLabel, vocabulary: Vocabulary): MarkerLabel {
  if (listLabel !== 'related') return listLabel
  // A weather report names the weather in its headline; only then are the item's other lines
  // (its repeat aside) read for more. A story whose teaser alone mentions rain and a storm is news.
  const headline = lines[item[0]!]!
  const terms = new Set(weatherTerms(headline, vocabulary))
  if (terms.size === 0) return 'related'
  for (const i of item) {
    if (terms.size >= MIN_WEATHER_TERMS) break
    if (lines[i]!.key !== headline.key) for (const term of weatherTerms(lines[i]!, vocabulary)) terms.add(term)
  }
  return terms.size >= MIN_WEATHER_TERMS ? 'weather' : 'related'
}

/**
 * For every line after the article, the label of the section heading above it (`Video` lists
 * videos, `Bình luận` holds comments); undefined in the article and before any heading.
 */
export function sectionLabels(lines: readonly LineNode[], articleEnd: number, vocabulary: Vocabulary): Array<MarkerLabel | undefined> {
  const labels = new Array<MarkerLabel | undefined>(lines.length)
  let current: MarkerLabel | undefined
  for (let i = articleEnd + 1; i < lines.length; i++) {
    const marker = markerOf(lines[i]!, vocabulary)
    if (marker !== undefined) current = marker
    labels[i] = current
  }
  return labels
}
