import type {Label} from '../types.js'
import {LexiconIndex, PhraseSet, tokens} from './phrases.js'
import {phraseKey} from '../parse/normalize.js'
import type {Lexicon} from './types.js'
import {cs} from './cs.js'
import {de} from './de.js'
import {en} from './en.js'
import {es} from './es.js'
import {fr} from './fr.js'
import {hu} from './hu.js'
import {id} from './id.js'
import {it} from './it.js'
import {nl} from './nl.js'
import {pl} from './pl.js'
import {pt} from './pt.js'
import {ro} from './ro.js'
import {ru} from './ru.js'
import {tr} from './tr.js'
import {uk} from './uk.js'
import {vi} from './vi.js'
import {sv} from './sv.js'
import {da} from './da.js'
import {nb} from './nb.js'
import {fi} from './fi.js'
import {el} from './el.js'
import {bg} from './bg.js'
import {hr} from './hr.js'
import {ca} from './ca.js'
import {sk} from './sk.js'
import {sl} from './sl.js'
import {et} from './et.js'
import {lv} from './lv.js'
import {sr} from './sr.js'
import {sq} from './sq.js'
import {sw} from './sw.js'
import {ms} from './ms.js'
import {tl} from './tl.js'
import {af} from './af.js'
import {is} from './is.js'
import {gl} from './gl.js'

export type {Lexicon} from './types.js'
export {afterTokens, firstToken, LexiconIndex, PhraseSet, tokens, type Scan} from './phrases.js'

/** The lexicons that ship with dechrome, by ISO 639-1 code. */
export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  vi, en, fr, de, es, pt, id, it, sv, da, nb, fi, el, bg, hr, ca, nl, pl, tr, ru, uk, cs, ro, hu, sk, sl, et, lv, sr, sq, sw, ms, tl, af, is, gl
}

/** The label a section heading gives the list under it. */
export type MarkerLabel = Extract<Label, 'related' | 'media' | 'ui' | 'weather'>

/**
 * All lexicons in use, compiled for lookups. Markers are whole lines, so the lexicons of all
 * languages can be applied to every page: a line that is exactly "Most read" means the same on
 * a Vietnamese portal.
 */
export interface Vocabulary {
  /** Whole-line section headings and the label of the list under them. */
  markers: Map<string, MarkerLabel>
  /** The markers that head a comments section (`Comments`, `Bình luận`): the article never runs past one. */
  commentHeadings: Set<string>
  /** Weather headings, which may continue with a place: `Thời tiết Hà Nội`. */
  weatherMarkers: PhraseSet
  readMorePrefixes: PhraseSet
  homeLinks: PhraseSet
  ui: LineSet
  followPrefixes: PhraseSet
  sharePrefixes: PhraseSet
  uiFragments: PhraseSet
  promoTerms: PhraseSet
  callsToAction: PhraseSet
  paywallTerms: PhraseSet
  consentTerms: PhraseSet
  emptyLabels: Set<string>
  footerTerms: PhraseSet
  weatherTerms: PhraseSet
  creditWords: PhraseSet
  photoWords: Set<string>
  mediaTags: Set<string>
  bylinePrefixes: PhraseSet
  editorPrefixes: PhraseSet
  bylineRoles: Set<string>
  sourcePrefixes: PhraseSet
  /** Month name or abbreviation → its month number (1–12) in each language that spells it so. */
  months: Map<string, Map<string, number>>
  /** Every phrase set above under one index: a line is scanned once for all of them. */
  index: LexiconIndex
  weekdays: PhraseSet
  dateWords: PhraseSet
}

/** Compiles lexicons into one vocabulary. */
export function compileVocabulary(lexicons: readonly Lexicon[]): Vocabulary {
  const all = <K extends keyof Lexicon>(field: K) => lexicons.flatMap((lexicon) => lexicon[field] as string[])
  const keys = (field: keyof Lexicon) => new Set(all(field).map(lineKey))
  const lines = (field: keyof Lexicon) => new LineSet(all(field).map(lineKey))

  const markers = new Map<string, MarkerLabel>()
  // Later groups win on a clash: a heading that is both "Video" and a related marker lists videos.
  const groups: Array<[keyof Lexicon, MarkerLabel]> = [
    ['relatedMarkers', 'related'], ['tagMarkers', 'ui'], ['commentMarkers', 'ui'], ['weatherMarkers', 'weather'], ['videoMarkers', 'media']
  ]
  for (const [field, label] of groups) for (const phrase of all(field)) markers.set(lineKey(phrase), label)

  // "listopad" is October in Croatian and November in Polish: months stay per language.
  const months = new Map<string, Map<string, number>>()
  for (const lexicon of lexicons) {
    lexicon.months.forEach((spellings, index) => {
      for (const spelling of spellings.split('|')) {
        const key = lineKey(spelling)
        if (!months.has(key)) months.set(key, new Map())
        months.get(key)!.set(lexicon.language, index + 1)
      }
    })
  }

  const vocabulary: Omit<Vocabulary, 'index'> = {
    markers,
    commentHeadings: keys('commentMarkers'),
    weatherMarkers: new PhraseSet(all('weatherMarkers')),
    readMorePrefixes: new PhraseSet(all('readMorePrefixes')),
    homeLinks: new PhraseSet(all('homeLinks')),
    ui: lines('ui'),
    followPrefixes: new PhraseSet(all('followPrefixes')),
    sharePrefixes: new PhraseSet(all('sharePrefixes')),
    uiFragments: new PhraseSet(all('uiFragments')),
    promoTerms: new PhraseSet(all('promoTerms')),
    callsToAction: new PhraseSet(all('callsToAction')),
    paywallTerms: new PhraseSet(all('paywallTerms')),
    consentTerms: new PhraseSet(all('consentTerms')),
    emptyLabels: keys('emptyLabels'),
    footerTerms: new PhraseSet(all('footerTerms')),
    weatherTerms: new PhraseSet(all('weatherTerms')),
    creditWords: new PhraseSet(all('creditWords')),
    photoWords: keys('photoWords'),
    mediaTags: keys('mediaTags'),
    bylinePrefixes: new PhraseSet(all('bylinePrefixes')),
    editorPrefixes: new PhraseSet(all('editorPrefixes')),
    bylineRoles: keys('bylineRoles'),
    sourcePrefixes: new PhraseSet(all('sourcePrefixes')),
    months,
    weekdays: new PhraseSet(all('weekdays')),
    dateWords: new PhraseSet(all('dateWords'))
  }
  const index = new LexiconIndex()
  for (const value of Object.values(vocabulary)) if (value instanceof PhraseSet) index.add(value)
  return {...vocabulary, index}
}

/** A phrase as a whole-line key: folded, lower case, words joined by single spaces. */
/** Phrases matched against a whole line (its tokens joined by spaces), with the word count of the longest. */
export class LineSet extends Set<string> {
  readonly longest: number

  constructor(keys: Iterable<string>) {
    super(keys)
    let longest = 0
    for (const key of this) longest = Math.max(longest, key.split(' ').length)
    this.longest = longest
  }
}

export function lineKey(phrase: string): string {
  return tokens(phraseKey(phrase)).join(' ')
}

/** The vocabulary of every shipped lexicon, compiled once. */
export const DEFAULT_VOCABULARY: Vocabulary = compileVocabulary(Object.values(LEXICONS))
