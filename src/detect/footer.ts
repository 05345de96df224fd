/**
 * footer: the publisher's or an advertiser's footer at the end of the page: a run of lines
 * with company names, licences, addresses, phone numbers, e-mail addresses and copyright
 * (`CÔNG TY CỔ PHẦN …`, `GPĐKKD: …`, `Địa chỉ: …`, `© 2025 …`). The layout step finds the run;
 * short unlabelled lines inside it ("KHU VỰC PHÍA NAM", "logo") belong to it.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {PageTree} from '../types.js'
import {context, decide} from './decide.js'

export default function footer(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    const span = tree.data.footer
    if (span === null) return
    const ctx = context(tree, file, settings)
    let size = 0
    for (let i = span.start; i <= span.end; i++) if (!ctx.lines[i]!.blank) size++
    const what = size === 1 ? 'company footer line' : `company footer of ${size} lines`
    for (let i = span.start; i <= span.end; i++) {
      decide(ctx, ctx.lines[i]!, 'footer', 'footer', `${what} (company, licence, address, phone, e-mail or copyright)`)
    }
  }
}
