import type {BlockNode, LineNode, PageContent, PageTree} from '../types.js'
import {fold, matchKey, trimLine} from './normalize.js'
import {shapeOf} from './shape.js'

const EMPTY_SHAPE = shapeOf('')

/**
 * Splits text into lines (LF, CRLF or CR; a final terminator does not open an empty line, as
 * POSIX counts lines) and groups non-blank lines into blocks. Positions are 1-based lines and
 * columns with 0-based offsets into `text`.
 */
export function buildPage(text: string): PageTree {
  const lines: LineNode[] = []
  const children: PageContent[] = []
  let block: BlockNode | undefined
  let blocks = 0
  let offset = 0
  let number = 1
  while (offset < text.length) {
    let stop = offset
    while (stop < text.length) {
      const code = text.charCodeAt(stop)
      if (code === 10 || code === 13) break
      stop++
    }
    const value = text.slice(offset, stop)
    const line = makeLine(value, lines.length, number, offset, stop)
    if (line.blank) {
      block = undefined
      children.push(line)
    } else {
      if (block === undefined) {
        block = {type: 'block', children: []}
        blocks++
        children.push(block)
      }
      line.block = blocks - 1
      block.children.push(line)
    }
    lines.push(line)
    // Step over the terminator: CRLF counts once.
    offset = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1)
    number++
  }
  for (const node of children) {
    if (node.type === 'block') {
      const first = node.children[0]!
      const last = node.children[node.children.length - 1]!
      node.position = {start: first.position.start, end: last.position.end}
    }
  }
  return {
    type: 'page',
    children,
    data: {lines, article: null, footer: null, lists: [], title: null, related: [], profile: null, blankSeparated: false, accented: false},
    position: {start: {line: 1, column: 1, offset: 0}, end: {line: Math.max(1, number - 1), column: 1, offset: text.length}}
  }
}

function makeLine(value: string, index: number, number: number, start: number, end: number): LineNode {
  const norm = fold(value)
  const blank = norm === ''
  return {
    type: 'line',
    value,
    position: {start: {line: number, column: 1, offset: start}, end: {line: number, column: end - start + 1, offset: end}},
    index,
    text: trimLine(value),
    norm,
    key: blank ? '' : matchKey(norm),
    blank,
    block: -1,
    shape: blank ? EMPTY_SHAPE : shapeOf(norm)
  }
}
