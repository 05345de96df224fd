/**
 * caption: an image caption, kept as metadata: a line carrying a photo credit
 * (`… (Ảnh: Quang Vinh)`, `… Ảnh: TTXVN`, `Photo: Reuters`), or the first of two identical lines
 * in one block (figure and figcaption both reach innerText), or the line right under an image
 * artefact (a file name, a numbered alt text, the title repeated as alt text), or right above a
 * line that is only a credit (`Foto: Piotr Nowak / PAP`). The tests are in decide.ts, as the
 * furniture detectors look past captions between the lead and the text.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {creditOf} from '../parse/cues.js'
import {captionReason, context, decide, isOpen} from './decide.js'

export default function caption(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const ctx = context(tree, file, settings)
    const lead = tree.data.article?.start
    for (const line of ctx.lines) {
      if (!isOpen(line)) continue
      const reason = captionReason(ctx.lines, line, tree.data.title, settings.vocabulary)
      // The lead is a caption only when it carries a credit: a standfirst may sit under the photo.
      if (reason !== undefined && (line.index !== lead || creditOf(line, settings.vocabulary) !== undefined)) decide(ctx, line, 'caption', 'caption', reason)
    }
  }
}
