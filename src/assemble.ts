/**
 * The compiler: decided lines → CleanResult. The text is the content lines, the input's own
 * lines trimmed, in page order with a blank line between paragraphs.
 */
import type {Processor} from 'unified'
import type {Settings} from './options.js'
import {CONTENT_LABELS, type CleanResult, type Label, type LineDecision, type PageTree} from './types.js'
import {collectMetadata} from './metadata/index.js'

const CONTENT: ReadonlySet<Label> = new Set(CONTENT_LABELS)

declare module 'unified' {
  interface CompileResultMap {
    CleanResult: CleanResult
  }
}

export function assembleResult(tree: PageTree, settings: Settings): CleanResult {
  const lines = tree.data.lines
  const decisions: LineDecision[] = lines.map((line) => {
    // Every detector leaves the lines it does not know to the next; the last two cover the page.
    // A line without a decision would be a bug in that chain, so it fails loudly here.
    if (line.decision === undefined) throw new Error(`dechrome: line ${line.index + 1} was left without a decision`)
    return line.decision
  })
  const content = lines.filter((line) => CONTENT.has(line.decision!.label))
  const title = tree.data.title === null ? null : lines[tree.data.title]!.text
  const lead = content.find((line) => line.decision!.label === 'lead')
  return {
    title,
    lead: lead === undefined ? null : lead.text,
    text: content.map((line) => line.text).join('\n\n'),
    lines: decisions,
    metadata: collectMetadata(tree, settings, content),
    ...(tree.data.profile === null ? {} : {profile: tree.data.profile})
  }
}

/** unified plugin: sets the processor's compiler. */
export default function compiler(this: Processor, settings: Settings): void {
  this.compiler = (tree) => assembleResult(tree as PageTree, settings)
}
