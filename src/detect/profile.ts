/**
 * profile: a line that a site profile saw on many of the site's pages (at least
 * `profileThreshold` of them) is the site's template: its menus, list headings, widgets and
 * footer, in any language. Its label follows where it stands, as for other chrome. The page's
 * own evidence wins for a recurring closing line: a sentence that ends this article's run of
 * prose and that the site mostly prints inside its articles (an interview's sign-off) stays
 * text. A recurring paragraph between the article's paragraphs (a promotion) goes.
 */
import type {VFile} from 'vfile'
import type {Settings} from '../options.js'
import type {Label, LineNode, PageTree} from '../types.js'
import {isFooterLine} from '../parse/cues.js'
import {context, decide, isOpen, regionOf} from './decide.js'

const MIN_OUTSIDE_SHARE = 0.5 // where the site prints the line outside its articles at least this often
const MAX_WIDGET_WORDS = 4

export default function profile(settings: Settings) {
  return (tree: PageTree, file: VFile) => {
    if (tree.data.profile?.used !== true) return
    const ctx = context(tree, file, settings)
    for (const line of ctx.lines) {
      if (!isOpen(line) || line.template === undefined) continue
      const region = regionOf(tree, line.index)
      const {share, outsideShare} = line.template
      if (region === 'article' && (line.shape.prose || line.shape.sentenceEnd) && outsideShare < MIN_OUTSIDE_SHARE && closesArticle(ctx.lines, line, tree.data.article!.end)) continue
      decide(ctx, line, labelFor(line, region, settings), 'profile', `site template: on ${Math.round(share * 100)}% of the profile's pages`)
    }
  }
}

/** No paragraph of the article follows the line. */
function closesArticle(lines: readonly LineNode[], line: LineNode, end: number): boolean {
  for (let i = line.index + 1; i <= end; i++) if (lines[i]!.shape.prose && lines[i]!.template === undefined) return false
  return true
}

function labelFor(line: LineNode, region: 'head' | 'article' | 'tail', settings: Settings): Label {
  if (isFooterLine(line, settings.vocabulary) && region === 'tail') return 'footer'
  if (line.shape.words <= MAX_WIDGET_WORDS || region === 'article') return line.shape.headline && line.shape.words > MAX_WIDGET_WORDS ? 'related' : 'ui'
  return line.shape.headline || line.shape.prose ? 'related' : 'ui'
}
