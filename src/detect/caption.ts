/**
 * caption: an image caption, kept as metadata: a line carrying a photo credit
 * (`… (Ảnh: Quang Vinh)`, `… Ảnh: TTXVN`, `Photo: Reuters`), or the first of two identical lines
 * in one block (figure and figcaption both reach innerText), or the line right under an image
 * artefact (a file name, a numbered alt text, the title repeated as alt text), or right above a
 * line that is only a credit (`Foto: Piotr Nowak / PAP`).
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {LineNode, PageTree} from '../types.js'
import {creditOf} from '../parse/cues.js'
import {neighbour} from '../parse/layout.js'
import {context, decide, isOpen} from './decide.js'

const MAX_CAPTION_CHARS = 400
const MIN_CAPTION_WORDS = 3
const IMAGE_RULES = new Set(['media-file', 'alt-text'])

export default function caption(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lines = ctx.lines
    const lead = tree.data.article?.start
    for (const line of lines) {
      if (!isOpen(line) || line.blank || line.shape.chars > MAX_CAPTION_CHARS) continue
      if (creditOf(line, settings.vocabulary) !== undefined) {
        decide(ctx, line, 'caption', 'caption', 'image caption with a photo credit')
        continue
      }
      if (line.index === lead) continue
      const next = lines[line.index + 1]
      if (next !== undefined && !next.blank && next.key === line.key) {
        decide(ctx, line, 'caption', 'caption', 'image caption printed twice in one block')
        continue
      }
      if (isUnderImage(lines, line, tree.data.title) && (line.shape.sentenceEnd || line.shape.prose)) {
        decide(ctx, line, 'caption', 'caption', 'text right under an image')
        continue
      }
      const credit = next !== undefined && !next.blank ? creditOf(next, settings.vocabulary) : undefined
      if (credit !== undefined && credit.text === '' && line.shape.words >= MIN_CAPTION_WORDS) {
        decide(ctx, line, 'caption', 'caption', 'caption above its credit line')
      }
    }
  }
}

function isUnderImage(lines: readonly LineNode[], line: LineNode, title: number | null): boolean {
  const above = neighbour(lines, line.index, -1)
  if (above === undefined || above.decision === undefined) return false
  if (IMAGE_RULES.has(above.decision.rule)) return true
  // The title again, just above: the image's alt text.
  return title !== null && above.index > title && above.key === lines[title]!.key
}
