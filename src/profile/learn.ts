/**
 * Learning a site profile from many of its pages: each page is parsed and laid out as clean()
 * does (no detectors), and each distinct line is counted once, with whether it stood outside the
 * article. Streaming: pages are read one at a time and forgotten; memory is the profile's.
 */
import {DechromeError} from '../errors.js'
import {resolveOptions, type Options, type Settings} from '../options.js'
import {decodeInput} from '../parse/decode.js'
import {parsePage} from '../parse/index.js'
import {addPage, DEFAULT_CAPACITY, emptyProfile, type Profile} from './profile.js'

export type PageSource = string | Uint8Array

/** What learnProfile accepts: the clean() options that shape parsing, and the profile's capacity. */
export interface LearnOptions extends Pick<Options, 'lexicons' | 'maxBytes' | 'invalidUtf8'> {
  /** Line fingerprints counted exactly before the profile switches to fixed-size sketches. Default: 32,768. */
  capacity?: number
}

/** Learns a profile from a site's pages: synchronously from an iterable, as a promise from an async iterable. */
export function learnProfile(pages: Iterable<PageSource>, options?: LearnOptions): Profile
export function learnProfile(pages: AsyncIterable<PageSource>, options?: LearnOptions): Promise<Profile>
export function learnProfile(pages: Iterable<PageSource> | AsyncIterable<PageSource>, options: LearnOptions = {}): Profile | Promise<Profile> {
  const {capacity, ...rest} = options
  if (capacity !== undefined && (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1)) {
    throw new DechromeError('INVALID_OPTION', `option "capacity" must be an integer >= 1, got ${String(capacity)}`)
  }
  const settings = resolveOptions(rest)
  const profile = emptyProfile(capacity ?? DEFAULT_CAPACITY)
  if (pages !== null && typeof pages === 'object' && Symbol.asyncIterator in pages) {
    return (async () => {
      for await (const page of pages) learnPage(profile, page, settings)
      return profile
    })()
  }
  if (pages === null || typeof pages !== 'object' || !(Symbol.iterator in pages)) {
    throw new DechromeError('INVALID_INPUT', 'learnProfile takes an iterable or an async iterable of pages')
  }
  for (const page of pages as Iterable<PageSource>) learnPage(profile, page, settings)
  return profile
}

/** Adds one page to a profile (exported for callers that stream pages themselves, such as the CLI). */
export function learnPage(profile: Profile, page: PageSource, settings: Settings): void {
  const tree = parsePage(decodeInput(page, settings.maxBytes, settings.invalidUtf8), settings)
  const span = tree.data.article
  const lines = new Map<string, boolean>()
  for (const line of tree.data.lines) {
    if (line.blank) continue
    const outside = span === null || line.index < span.start || line.index > span.end
    // A line both inside and outside the article on one page counts as inside.
    lines.set(line.key, (lines.get(line.key) ?? true) && outside)
  }
  addPage(profile, lines)
}
