import {unified} from 'unified'
import {VFile} from 'vfile'
import {resolveOptions, type Options, type Settings} from './options.js'
import {decodeInput} from './parse/decode.js'
import parser from './parse/index.js'
import compiler from './assemble.js'
import type {CleanResult, PageTree} from './types.js'
import blank from './detect/blank.js'
import footer from './detect/footer.js'
import uiWidget from './detect/ui-widget.js'
import promo from './detect/promo.js'
import consent from './detect/consent.js'
import weatherWidget from './detect/weather-widget.js'
import rankedList from './detect/ranked-list.js'
import mediaFile from './detect/media-file.js'
import slug from './detect/slug.js'
import repeatList from './detect/repeat-list.js'
import mediaList from './detect/media-list.js'
import title from './detect/title.js'
import sectionList from './detect/section-list.js'
import readMore from './detect/read-more.js'
import doubledLink from './detect/doubled-link.js'
import inlineRelated from './detect/inline-related.js'
import gluedList from './detect/glued-list.js'
import altText from './detect/alt-text.js'
import mediaTag from './detect/media-tag.js'
import breadcrumb from './detect/breadcrumb.js'
import dateline from './detect/dateline.js'
import byline from './detect/byline.js'
import source from './detect/source.js'
import caption from './detect/caption.js'
import profile from './detect/profile.js'
import leadWidgets from './detect/lead-widgets.js'
import footerNotice from './detect/footer-notice.js'
import dup from './detect/dup.js'
import outsideArticle from './detect/outside-article.js'
import articleBody from './detect/article-body.js'

/**
 * The detectors in the order they run. Each decides only lines no earlier one decided, so the
 * order is the precedence: structure that is certain (blank lines, the footer, widgets, lists)
 * first, then the article's furniture, then repeats, then what position alone tells.
 */
export const DETECTORS = [
  blank, footer, uiWidget, promo, consent, weatherWidget, mediaFile, slug, repeatList, rankedList, mediaList, title,
  sectionList, readMore, doubledLink, altText, inlineRelated, mediaTag, dateline, breadcrumb, byline, source, gluedList,
  dup, caption, leadWidgets, footerNotice, profile, outsideArticle, articleBody
] as const

/** Builds the unified processor for resolved settings: parse → detect → assemble. */
export function createProcessor(settings: Settings) {
  let processor = unified().use(parser, settings)
  for (const detector of DETECTORS) processor = processor.use(() => detector(settings))
  return processor.use(compiler, settings).freeze()
}

/**
 * Cleans one page: the article's text, its metadata, and one decision per input line.
 * Pure: no I/O, works in browsers. Throws `DechromeError` for unusable input or bad options.
 */
export function clean(input: string | Uint8Array, options?: Options): CleanResult {
  const {settings, processor} = setup(options)
  const text = decodeInput(input, settings.maxBytes, settings.invalidUtf8)
  return processor.processSync(text).result as CleanResult
}

/**
 * Cleans one page and returns the vfile: `file.result` is the `CleanResult`, and every line
 * left out of the text is a message with its position, rule id and reason, for any vfile
 * reporter.
 */
export function cleanFile(input: string | Uint8Array | VFile, options?: Options): VFile {
  const settings = resolveOptions(options, true)
  const file = input instanceof VFile ? input : new VFile()
  const value = input instanceof VFile ? input.value : input
  file.value = decodeInput(value, settings.maxBytes, settings.invalidUtf8)
  const done = createProcessor(settings).processSync(file)
  // Detectors report as they run; a reader wants the page's order.
  done.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return done
}

type Setup = {settings: Settings; processor: ReturnType<typeof createProcessor>}

// Resolving options and building a processor cost more than a small page: the default setup is
// made once, and the last options object seen is remembered with a copy of its values, so a
// pipeline passing the same options page after page resolves them once (a changed value is seen).
const DEFAULT_SETUP: Setup = (() => {
  const settings = resolveOptions(undefined)
  return {settings, processor: createProcessor(settings)}
})()
let last: {options: Options; values: unknown[]; setup: Setup} | undefined

function setup(options: Options | undefined): Setup {
  if (options === undefined) return DEFAULT_SETUP
  if (last !== undefined && last.options === options && sameValues(options, last.values)) return last.setup
  const settings = resolveOptions(options)
  const found: Setup = {settings, processor: createProcessor(settings)}
  if (options !== null && typeof options === 'object') last = {options, values: valuesOf(options), setup: found}
  return found
}

/** The options' keys and values, arrays (`languages`, `lexicons`) item by item. */
function valuesOf(options: Options): unknown[] {
  const values: unknown[] = []
  for (const [key, value] of Object.entries(options)) values.push(key, ...(Array.isArray(value) ? [value, value.length, ...value] : [value]))
  return values
}

function sameValues(options: Options, values: readonly unknown[]): boolean {
  const now = valuesOf(options)
  return now.length === values.length && now.every((value, i) => value === values[i])
}

export type {PageTree}
