/**
 * The offset of a wall-clock time in an IANA time zone, through Intl (Node and browsers alike),
 * so summer time is right: 14:20 on 12 March in Europe/Berlin is +01:00, in July +02:00.
 */

/**
 * Languages whose news is published, almost all of it, in one time zone. A page that prints a
 * time without a zone is read in that zone unless the caller names one (`timeZone` option).
 * Languages spoken across several zones (English, Spanish, Portuguese, Arabic…) are absent.
 */
export const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  vi: 'Asia/Ho_Chi_Minh', id: 'Asia/Jakarta', th: 'Asia/Bangkok', de: 'Europe/Berlin', fr: 'Europe/Paris',
  it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw', cs: 'Europe/Prague', sk: 'Europe/Bratislava',
  hu: 'Europe/Budapest', ro: 'Europe/Bucharest', bg: 'Europe/Sofia', el: 'Europe/Athens', sv: 'Europe/Stockholm',
  da: 'Europe/Copenhagen', nb: 'Europe/Oslo', fi: 'Europe/Helsinki', et: 'Europe/Tallinn', lv: 'Europe/Riga',
  lt: 'Europe/Vilnius', hr: 'Europe/Zagreb', sl: 'Europe/Ljubljana', sr: 'Europe/Belgrade', uk: 'Europe/Kyiv',
  tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', ka: 'Asia/Tbilisi', hy: 'Asia/Yerevan',
  // Malay: Malaysia, Brunei and Singapore keep one clock (+08:00); Albanian: Albania, Kosovo and North
  // Macedonia; Swahili: Tanzania, Kenya and Uganda.
  ms: 'Asia/Kuala_Lumpur', sq: 'Europe/Tirane', sw: 'Africa/Nairobi',
  // Afrikaans: South Africa and Namibia keep one clock (+02:00); Tagalog: the Philippines; Icelandic: Iceland.
  af: 'Africa/Johannesburg', tl: 'Asia/Manila', is: 'Atlantic/Reykjavik',
  // Catalan is written in Catalonia, Valencia, the Balearics, Andorra and Roussillon: one clock; Galician in Galicia.
  ca: 'Europe/Madrid', gl: 'Europe/Madrid',
  // Russian-language news is dated in Moscow time by the agencies and portals that publish most of it.
  ru: 'Europe/Moscow'
}

/** Whether the runtime knows the zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone: zone})
    return true
  } catch {
    return false
  }
}

/** `+01:00` for a local date and time in a zone. */
export function zoneOffset(zone: string, year: number, month: number, day: number, hour: number, minute: number): string | null {
  try {
    const local = Date.UTC(year, month - 1, day, hour, minute)
    const format = formatterFor(zone)
    // The offset at the instant that has this wall time: one correction step settles it.
    let offset = offsetMinutes(format, local)
    offset = offsetMinutes(format, local - offset * 60_000)
    const sign = offset < 0 ? '-' : '+'
    const abs = Math.abs(offset)
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
  } catch {
    return null
  }
}

// Building an Intl formatter costs tens of microseconds; one per zone is kept. A memo of
// immutable objects: it changes no result.
const FORMATTERS = new Map<string, Intl.DateTimeFormat>()
const MAX_FORMATTERS = 64

function formatterFor(zone: string): Intl.DateTimeFormat {
  let format = FORMATTERS.get(zone)
  if (format === undefined) {
    if (FORMATTERS.size >= MAX_FORMATTERS) FORMATTERS.clear()
    format = new Intl.DateTimeFormat('en-US', {timeZone: zone, timeZoneName: 'longOffset'})
    FORMATTERS.set(zone, format)
  }
  return format
}

function offsetMinutes(format: Intl.DateTimeFormat, instant: number): number {
  const name = format
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0)
  return match[1] === '-' ? -minutes : minutes
}
