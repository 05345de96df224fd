import {DechromeError} from './errors.js'
import {compileVocabulary, DEFAULT_VOCABULARY, LEXICONS, type Lexicon, type Vocabulary} from './lexicon/index.js'
import {DEFAULT_LANGUAGES, FRANC_CODES} from './metadata/languages.js'
import {isTimeZone} from './metadata/zone.js'
import {isProfile, type Profile} from './profile/profile.js'
import type {InvalidUtf8} from './parse/decode.js'

/** What a caller may set. Every field is optional; the defaults are listed in the README. */
export interface Options {
  /** The page's language as ISO 639-1 (`vi`, `en`): skips detection. Default: detected. */
  language?: string
  /** Languages detection may answer, as ISO 639-1 codes. Default: the 62 in `DEFAULT_LANGUAGES`. */
  languages?: readonly string[]
  /** More lexicons (section headings, footer words…) for portals or languages not shipped. Default: none. */
  lexicons?: readonly Lexicon[]
  /** A site profile from `learnProfile()`: lines frequent across the site are template. Default: none. */
  profile?: Profile
  /** Profiles learned on fewer pages are ignored, and the result says so. Default: 5. */
  profileMinPages?: number
  /** A line on at least this share of the profile's pages is template. Default: 0.3. */
  profileThreshold?: number
  /** IANA zone (`Asia/Ho_Chi_Minh`) for times the page prints without a zone. Default: the zone of the article's language where it has one (vi, de, fr, it…), else none. */
  timeZone?: string
  /** Largest input accepted, in UTF-8 bytes. Default: 16 MiB. */
  maxBytes?: number
  /** Bytes that are not UTF-8: `'error'` throws `INVALID_UTF8`, `'replace'` decodes them as U+FFFD. Default: `'error'`. */
  invalidUtf8?: InvalidUtf8
  /** Two lines at least this similar (Dice coefficient of letter pairs, 0–1) are the same line. Default: 0.9. */
  duplicateSimilarity?: number
}

/** Options resolved: what the pipeline's plugins receive. */
export interface Settings {
  language: string | null
  /** franc's `only` list (ISO 639-3). */
  francOnly: string[]
  vocabulary: Vocabulary
  profile: Profile | null
  profileMinPages: number
  profileThreshold: number
  timeZone: string | null
  maxBytes: number
  invalidUtf8: InvalidUtf8
  duplicateSimilarity: number
  /** Whether decisions are reported as vfile messages (only when the caller gets the file). */
  report: boolean
}

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

const KNOWN: ReadonlySet<string> = new Set([
  'language', 'languages', 'lexicons', 'profile', 'profileMinPages', 'profileThreshold', 'timeZone', 'maxBytes',
  'invalidUtf8', 'duplicateSimilarity'
])

/** Validates options and fills in the defaults. Throws `DechromeError` naming the bad value. */
export function resolveOptions(options: Options | undefined, report = false): Settings {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new DechromeError('INVALID_OPTION', `options must be an object, got ${describe(options)}`)
  }
  const given = options ?? {}
  for (const key of Object.keys(given)) {
    if (!KNOWN.has(key)) throw new DechromeError('UNKNOWN_OPTION', `unknown option "${key}"; known options: ${[...KNOWN].join(', ')}`)
  }
  const language = given.language === undefined ? null : languageCode(given.language, 'language')
  const languages = given.languages === undefined ? DEFAULT_LANGUAGES : list(given.languages, 'languages').map((code, i) => languageCode(code, `languages[${i}]`))
  const lexicons = given.lexicons === undefined ? [] : list(given.lexicons, 'lexicons').map(completeLexicon)
  if (given.profile !== undefined && !isProfile(given.profile)) {
    throw new DechromeError('INVALID_OPTION', 'option "profile" must be a Profile from learnProfile(), mergeProfiles() or profileFromJSON()')
  }
  return {
    language,
    francOnly: languages.map((code) => FRANC_CODES[code]!),
    vocabulary: lexicons.length === 0 ? DEFAULT_VOCABULARY : compileVocabulary([...Object.values(LEXICONS), ...lexicons]),
    profile: given.profile ?? null,
    profileMinPages: integer(given.profileMinPages, 'profileMinPages', 5, 1),
    profileThreshold: fraction(given.profileThreshold, 'profileThreshold', 0.3),
    timeZone: given.timeZone === undefined ? null : timeZone(given.timeZone),
    maxBytes: integer(given.maxBytes, 'maxBytes', DEFAULT_MAX_BYTES, 1),
    invalidUtf8: oneOf(given.invalidUtf8, 'invalidUtf8', ['error', 'replace'] as const, 'error'),
    duplicateSimilarity: fraction(given.duplicateSimilarity, 'duplicateSimilarity', 0.9),
    report
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return String(value)
  return typeof value
}

function invalid(name: string, expected: string, value: unknown): DechromeError {
  return new DechromeError('INVALID_OPTION', `option "${name}" must be ${expected}, got ${describe(value)}`)
}

function languageCode(value: unknown, name: string): string {
  if (typeof value !== 'string' || !(value in FRANC_CODES)) {
    throw invalid(name, `an ISO 639-1 code dechrome knows (${Object.keys(FRANC_CODES).join(', ')})`, value)
  }
  return value
}

function timeZone(value: unknown): string {
  if (typeof value !== 'string' || !isTimeZone(value)) throw invalid('timeZone', 'an IANA time zone name such as "Asia/Ho_Chi_Minh"', value)
  return value
}

function list<T>(value: readonly T[] | unknown, name: string): T[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid(name, 'a non-empty array', value)
  return [...value] as T[]
}

function integer(value: unknown, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw invalid(name, `an integer >= ${min}`, value)
  return value
}

function fraction(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) throw invalid(name, 'a number in (0, 1]', value)
  return value
}

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw invalid(name, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value)
  return value as T
}

const LEXICON_FIELDS: ReadonlyArray<keyof Lexicon> = [
  'relatedMarkers', 'videoMarkers', 'commentMarkers', 'weatherMarkers', 'tagMarkers', 'readMorePrefixes', 'homeLinks',
  'ui', 'followPrefixes', 'sharePrefixes', 'uiFragments', 'promoTerms', 'callsToAction', 'paywallTerms', 'consentTerms', 'emptyLabels', 'footerTerms', 'weatherTerms', 'creditWords', 'photoWords', 'mediaTags',
  'bylinePrefixes', 'editorPrefixes', 'bylineRoles', 'sourcePrefixes', 'months', 'weekdays', 'dateWords'
]

/** A caller's lexicon may leave lists out; what it gives must be lists of strings. Returns a completed copy. */
function completeLexicon(lexicon: unknown, index: number): Lexicon {
  if (lexicon === null || typeof lexicon !== 'object' || Array.isArray(lexicon)) throw invalid(`lexicons[${index}]`, 'a Lexicon object', lexicon)
  const record = lexicon as Record<string, unknown>
  const language = typeof record.language === 'string' ? record.language : 'custom'
  const complete: Record<string, unknown> = {language}
  for (const field of LEXICON_FIELDS) {
    const value = record[field]
    if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) {
      throw invalid(`lexicons[${index}].${field}`, 'an array of strings', value)
    }
    complete[field] = value ?? []
  }
  return complete as unknown as Lexicon
}
