/**
 * Dates as portals print them: `07:14 | 08/08/2024 GMT+7`, `Thứ năm, 13/3/2025, 08:15 (GMT+7)`,
 * `March 12, 2025 10:41 AM EDT`, `Publié le 12 mars 2025 à 10h32`, `12.03.2025, 14:20 Uhr`,
 * `2024-08-08T07:14:00+07:00`. Numeric dates are read day first unless the day cannot be a month.
 */
import {tokens, type Vocabulary} from '../lexicon/index.js'
import {zoneOffset} from './zone.js'
import {Cue, memo} from '../parse/cues.js'
import type {LineNode} from '../types.js'

const MAX_DATELINE_WORDS = 14 // "Publié le 12 mars 2025 à 10h32, modifié à 11h05" is ten

/** parseDate for a line, without zone or language (enough to tell a dateline), computed once. */
export function dateOfLine(line: LineNode, vocabulary: Vocabulary): ParsedDate {
  if (line.shape.words > MAX_DATELINE_WORDS) return {iso: null, leftover: line.shape.words}
  return memo(line, Cue.date, dateOfNorm, vocabulary)
}

const dateOfNorm = (line: LineNode, vocabulary: Vocabulary) => parseDate(line.norm, vocabulary)

const MAX_DATE_LEFTOVER = 2 // "March 11, 2025", "Updated March 11": a date and a word or two
const DIGIT = /\d/

/**
 * Whether the line is a date and a word or two at most: a dateline, an item's date. A date has
 * a digit: a line without one is answered without parsing.
 */
export function isDateLine(line: LineNode, vocabulary: Vocabulary): boolean {
  if (!DIGIT.test(line.norm)) return false
  const date = dateOfLine(line, vocabulary)
  return date.iso !== null && date.leftover <= MAX_DATE_LEFTOVER
}

export interface ParsedDate {
  /** ISO 8601: date, or date and time, with the offset when the page gives one. */
  iso: string | null
  /** Words left over once dates, times, zones and date words are removed. */
  leftover: number
}

interface Found {
  start: number
  end: number
}

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?/
const YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/
const DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/
const SPACED_DMY = /\b(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})\b/ // "21. 3. 2025": a four-digit year, or it is a list's numbers
const VI_DATE = /\b(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})\b/u
// The month word is any run of characters but spaces, digits and punctuation (checked against the
// lexicons' months after the match): \p{L} under the u flag makes each pattern's code large to compile,
// and V8 compiles a pattern again for each kind of string it meets, so a rarely run one paid that often.
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:\.|º|er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?([^\s\d.,;:()[\]"«»|/-]{3,12})\.?,?\s+(?:de\s+)?(\d{4})\b/
const MONTH_DAY_YEAR = /(?<![^\s\d.,;:()[\]"«»|/-])([^\s\d.,;:()[\]"«»|/-]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/
const YEAR_MONTH_DAY = /\b(\d{4})\.?\s+([^\s\d.,;:()[\]"«»|/-]{3,12})\.?\s+(\d{1,2})\b\.?/ // "2025. március 14."
const YEAR_DAY_MONTH = /\b(\d{4})\.\s+(?:[^\s\d.,;:()[\]"«»|/-]{1,5}\s+)?(\d{1,2})\.\s+([^\s\d.,;:()[\]"«»|/-]{3,12})(?![^\s\d.,;:()[\]"«»|/-])/ // "2025. gada 3. aprīlī"
const TIME = /\b(\d{1,2})(?::| ?h ?)(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?(?![\d/])/i // "10:41", "10h32", Québec's "6 h 00"
const DOTTED_TIME = /\b(\d{1,2})\.(\d{2})(?=\s*(?:Uhr|h\b|[AP]M|[ap]m|GMT|UTC|BST|CET|CEST))/
const NUMERIC_OFFSET = /(?:GMT|UTC)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?|(?:^|[\s(])([+-])(\d{2}):?(\d{2})\b/
const ZONE_WORD = /\b(GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ICT|WIB|WITA|WIT|JST|KST|SGT|HKT|MSK|BRT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|IST|PKT|PHT|SAST|EAT|WAT|CAT)\b/

// After a date: separators, at most one short word ("kl", "klo", "um", "alle"), then HH.MM.
const DOTTED_AFTER_DATE = /^[\s,|\u2013-]*(?:\p{L}{1,7}\.?\s)?\s?(\d{1,2})\.(\d{2})(?![\d.])/u
const DATE_HINT = /\d{4}|\d[:h]\d\d/
const MAX_RELATIVE_WORDS = 8

// "9:12 a.m. ET": American zones named without their season, read where the clock is (summer
// time included); only right after a time, where "CT" is no state.
const US_ZONE_AFTER = /^\s?(ET|CT|MT|PT)\b/
const US_ZONES: Readonly<Record<string, string>> = {ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles'}

/** Offsets of zone abbreviations that are unambiguous in news datelines. */
const ZONES: Readonly<Record<string, string>> = {
  GMT: '+00:00', UTC: '+00:00', WET: '+00:00', BST: '+01:00', CET: '+01:00', WEST: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', BRT: '-03:00', ICT: '+07:00', WIB: '+07:00',
  WITA: '+08:00', WIT: '+09:00', SGT: '+08:00', HKT: '+08:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00',
  AEDT: '+11:00', ACST: '+09:30', ACDT: '+10:30', AWST: '+08:00', NZST: '+12:00', NZDT: '+13:00',
  // IST in English-language news is India's (Ireland's summer and Israel's clocks are rarely printed so).
  IST: '+05:30', PKT: '+05:00', PHT: '+08:00', SAST: '+02:00', EAT: '+03:00', WAT: '+01:00', CAT: '+02:00'
}

/**
 * Reads the first date on a line, with the time and zone near it, and counts what is left. A
 * time without a zone is read in `zone` (an IANA name) when one is given.
 */
export function parseDate(norm: string, vocabulary: Vocabulary, zone: string | null = null, language: string | null = null): ParsedDate {
  // A date has a year or a clock time; a relative date ("3 hours ago") is a few words. Other
  // lines, most of a page, need none of the patterns below.
  if (!DATE_HINT.test(norm) && (norm.split(' ').length > MAX_RELATIVE_WORDS || !/\d/.test(norm))) return {iso: null, leftover: norm.split(' ').length}
  const found: Found[] = []
  const take = (match: RegExpExecArray) => {
    found.push({start: match.index, end: match.index + match[0].length})
  }
  let date: CalendarDate | null = null
  let time: {hour: number; minute: number; second: number} | null = null
  let offset: string | null = null

  const iso = ISO_DATE.exec(norm)
  if (iso) {
    take(iso)
    date = validDate(+iso[1]!, +iso[2]!, +iso[3]!)
    if (iso[4] !== undefined) time = {hour: +iso[4], minute: +iso[5]!, second: iso[6] === undefined ? 0 : +iso[6]}
    if (iso[7] !== undefined) offset = iso[7] === 'Z' ? '+00:00' : formatOffset(iso[7][0]!, iso[7].slice(1, 3), iso[7].slice(-2))
  }
  if (!date) date = numericDate(norm, take) ?? textualDate(norm, vocabulary, language, take)
  let local: string | null = null // the zone of a US abbreviation right after the time
  if (!time) {
    const clock = TIME.exec(norm) ?? DOTTED_TIME.exec(norm)
    if (clock && !overlaps(found, clock.index)) {
      take(clock)
      time = clockTime(+clock[1]!, +clock[2]!, clock[3] === undefined ? 0 : +clock[3], clock[4])
      const end = clock.index + clock[0].length
      const us = US_ZONE_AFTER.exec(norm.slice(end))
      if (us) {
        found.push({start: end, end: end + us[0].length})
        local = US_ZONES[us[1]!]!
      }
    } else if (date && found.length > 0) {
      // Right after the date, a dotted time needs no unit: "14 januari 2025 kl 07.42", "14.1.2025 klo 7.42".
      const after = found[found.length - 1]!.end
      const dotted = DOTTED_AFTER_DATE.exec(norm.slice(after))
      if (dotted) {
        found.push({start: after, end: after + dotted[0].length})
        time = clockTime(+dotted[1]!, +dotted[2]!, 0, undefined)
      }
    }
  }
  if (!offset) {
    const numeric = NUMERIC_OFFSET.exec(norm)
    if (numeric && !overlaps(found, numeric.index + 1)) {
      take(numeric)
      offset = numeric[1] !== undefined ? formatOffset(numeric[1], numeric[2]!, numeric[3] ?? '00') : formatOffset(numeric[4]!, numeric[5]!, numeric[6]!)
    } else {
      const zone = ZONE_WORD.exec(norm)
      if (zone) {
        take(zone)
        offset = ZONES[zone[1]!] ?? null
      }
    }
  }
  const wallZone = local ?? zone
  if (date && time && !offset && wallZone) offset = zoneOffset(wallZone, date.year, date.month, date.day, time.hour, time.minute)
  return {iso: date ? isoOf(date, time, offset) : null, leftover: leftoverWords(norm, found, vocabulary)}
}

type CalendarDate = {year: number; month: number; day: number}
type DateReader = (match: RegExpExecArray) => CalendarDate | null

/** The first pattern that matches and reads as a real date wins. */
function firstDate(norm: string, readers: ReadonlyArray<[RegExp, DateReader]>, take: (match: RegExpExecArray) => void): CalendarDate | null {
  for (const [pattern, read] of readers) {
    const match = pattern.exec(norm)
    const date = match ? read(match) : null
    if (date) {
      take(match!)
      return date
    }
  }
  return null
}

const NUMERIC_DATES: ReadonlyArray<[RegExp, DateReader]> = [
  [YMD, (m) => validDate(+m[1]!, +m[2]!, +m[3]!)],
  // Day first, as most of the world writes it, unless the first number cannot be a day of that month.
  [DMY, (m) => {
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!
    return validDate(year, +m[2]!, +m[1]!) ?? validDate(year, +m[1]!, +m[2]!)
  }],
  [SPACED_DMY, (m) => validDate(+m[3]!, +m[2]!, +m[1]!)],
  [VI_DATE, (m) => validDate(+m[3]!, +m[2]!, +m[1]!)]
]

function numericDate(norm: string, take: (match: RegExpExecArray) => void): CalendarDate | null {
  return firstDate(norm, NUMERIC_DATES, take)
}

/** The month a word names, in the page's language when several languages spell it alike. */
function monthOf(word: string, vocabulary: Vocabulary, language: string | null): number | undefined {
  const spellings = vocabulary.months.get(word.toLowerCase())
  if (spellings === undefined) return undefined
  return (language === null ? undefined : spellings.get(language)) ?? spellings.values().next().value
}

/** Where each textual pattern has its year, month word and day. */
const TEXTUAL_DATES: ReadonlyArray<[RegExp, year: number, month: number, day: number]> = [
  [DAY_MONTH_YEAR, 3, 2, 1], [MONTH_DAY_YEAR, 3, 1, 2], [YEAR_MONTH_DAY, 1, 2, 3], [YEAR_DAY_MONTH, 1, 3, 2]
]
const FOUR_DIGITS = /\d{4}/

/** A date with its month in words; every such pattern has a four-digit year, so a line without one is answered at once. */
function textualDate(norm: string, vocabulary: Vocabulary, language: string | null, take: (match: RegExpExecArray) => void): CalendarDate | null {
  if (!FOUR_DIGITS.test(norm)) return null
  for (const [pattern, year, month, day] of TEXTUAL_DATES) {
    const match = pattern.exec(norm)
    if (match === null) continue
    const number = monthOf(match[month]!, vocabulary, language)
    const date = number === undefined ? null : validDate(+match[year]!, number, +match[day]!)
    if (date) {
      take(match)
      return date
    }
  }
  return null
}

const MIN_YEAR = 1990
const MAX_YEAR = 2100

function validDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= days ? {year, month, day} : null
}

function clockTime(hour: number, minute: number, second: number, meridiem: string | undefined) {
  let h = hour
  if (meridiem !== undefined) {
    const pm = meridiem.toLowerCase() === 'p'
    if (h === 12) h = pm ? 12 : 0
    else if (pm) h += 12
  }
  if (h > 23 || minute > 59 || second > 59) return null
  return {hour: h, minute, second}
}

function formatOffset(sign: string, hours: string, minutes: string): string | null {
  const h = +hours
  const m = +minutes
  if (h > 14 || m > 59) return null
  return `${sign === '-' ? '-' : '+'}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

function isoOf(date: CalendarDate, time: {hour: number; minute: number; second: number} | null, offset: string | null): string {
  const day = `${date.year}-${pad(date.month)}-${pad(date.day)}`
  if (!time) return day
  return `${day}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${offset ?? ''}`
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function overlaps(found: readonly Found[], at: number): boolean {
  return found.some((span) => at >= span.start && at < span.end)
}

/** Words outside the dates and times that are not weekdays, months, date words or numbers. */
const NUMBER_OR_CLOCK = /^\d+(?:h\d\d)?$/

function leftoverWords(norm: string, found: readonly Found[], vocabulary: Vocabulary): number {
  let rest = ''
  let from = 0
  for (const span of [...found].sort((a, b) => a.start - b.start)) {
    if (span.start >= from) rest += `${norm.slice(from, span.start)} `
    from = Math.max(from, span.end)
  }
  rest += norm.slice(from)
  const words = tokens(rest.toLowerCase())
  let left = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    // Numbers, a second clock time ("11h27" of "modifié … à 11h27"), months.
    if (NUMBER_OR_CLOCK.test(word) || word.length === 1 || vocabulary.months.has(word)) continue
    const phrase = Math.max(vocabulary.weekdays.prefixOf(words, i), vocabulary.dateWords.prefixOf(words, i))
    if (phrase > 0) {
      i += phrase - 1
      continue
    }
    if (ZONES[word.toUpperCase()] !== undefined) continue
    left++
  }
  return left
}
