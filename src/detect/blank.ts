/**
 * blank: a line with nothing but whitespace (spaces, tabs, no-break and zero-width spaces).
 * innerText separates blocks with them; they carry no text.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {context, decide} from './decide.js'

export default function blank(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (line.blank) decide(ctx, line, 'blank', 'blank', line.value === '' ? 'empty line' : 'whitespace-only line')
    }
  }
}
