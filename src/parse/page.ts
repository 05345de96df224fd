import type {Position} from 'unist'
import type {BlockNode, LineNode, PageContent, PageTree, Shape} from '../types.js'
import {foldAndKey, trimLine} from './normalize.js'
import {shapeOf} from './shape.js'
import type {LineCues} from './cues.js'

const EMPTY_SHAPE = shapeOf('')

/**
 * Splits text into lines (LF, CRLF or CR; a final terminator does not open an empty line, as
 * POSIX counts lines) and groups non-blank lines into blocks. Positions are 1-based lines and
 * columns with 0-based offsets into `text`.
 */
export function buildPage(text: string): PageTree {
  const lines: LineNode[] = []
  const children: PageContent[] = []
  const blocks: BlockNode[] = []
  let block: BlockNode | undefined
  let offset = 0
  let number = 1
  // The next LF and the next CR, found by native search; most pages have no CR at all.
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  while (offset < text.length) {
    if (lf >= 0 && lf < offset) lf = text.indexOf('\n', offset)
    if (cr >= 0 && cr < offset) cr = text.indexOf('\r', offset)
    const stop = lf < 0 ? (cr < 0 ? text.length : cr) : cr < 0 ? lf : Math.min(lf, cr)
    const value = text.slice(offset, stop)
    const line = makeLine(text, value, lines.length, number, offset, stop)
    if (line.blank) {
      block = undefined
      children.push(line)
    } else {
      if (block === undefined) {
        block = {type: 'block', children: []}
        blocks.push(block)
        children.push(block)
      }
      line.block = blocks.length - 1
      block.children.push(line)
    }
    lines.push(line)
    // Step over the terminator: CRLF counts once.
    offset = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1)
    number++
  }
  for (const node of blocks) {
    const first = node.children[0]!
    const last = node.children[node.children.length - 1]!
    node.position = {start: first.position.start, end: last.position.end}
  }
  return {
    type: 'page',
    children,
    data: {lines, blocks, article: null, footer: null, banners: new Set(), lists: [], wholeCrumbs: new Set(), title: null, related: [], profile: null, blankSeparated: false, accented: false, gluedLists: new Uint8Array(0), keyPoints: false},
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: Math.max(1, number - 1), column: 1, offset: text.length}}
  }
}

/**
 * A line of the page. A class, so that every line has the same shape from the start (fields
 * filled in later by detectors stay fast to read), and its position is built only when a
 * message asks for it. Every field is assigned in the constructor, in one order: fields
 * declared with initialisers are defined one by one before the constructor runs (the
 * standard's semantics), which cost about 4% of clean() on a seed page.
 */
class Line implements LineNode {
  declare readonly type: 'line'
  declare readonly value: string
  declare readonly index: number
  declare readonly text: string
  declare readonly norm: string
  declare readonly key: string
  declare readonly blank: boolean
  declare readonly shape: Shape
  declare block: number
  declare template: LineNode['template']
  declare tokens: string[] | undefined
  declare cues: LineCues | undefined
  declare decision: LineNode['decision']
  private declare readonly number: number
  private declare readonly start: number
  private declare readonly end: number

  constructor(page: string, value: string, index: number, number: number, start: number, end: number) {
    this.type = 'line'
    this.value = value
    this.index = index
    this.number = number
    this.start = start
    this.end = end
    const folded = foldAndKey(value, page, start)
    this.norm = folded.norm
    this.key = folded.key
    this.blank = folded.norm === ''
    // A line that needed no folding has nothing to trim either.
    this.text = this.blank ? '' : folded.folded ? trimLine(value) : value
    this.shape = this.blank ? EMPTY_SHAPE : shapeOf(folded.norm, folded)
    this.block = -1
    this.template = undefined
    this.tokens = undefined
    this.cues = undefined
    this.decision = undefined
  }

  get position(): Position {
    return {start: {line: this.number, column: 1, offset: this.start}, end: {line: this.number, column: this.end - this.start + 1, offset: this.end}}
  }
}

function makeLine(page: string, value: string, index: number, number: number, start: number, end: number): LineNode {
  return new Line(page, value, index, number, start, end)
}
