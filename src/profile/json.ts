/**
 * Profiles as versioned JSON, in a canonical form: keys in a fixed order, lines sorted by
 * fingerprint, sketches as base64 of their counters (little-endian), so equal profiles
 * serialize to equal text.
 */
import {DechromeError} from '../errors.js'
import {CountMinSketch} from './sketch.js'
import {PROFILE_VERSION, type LineCounts, type Profile} from './profile.js'

export interface ProfileJSON {
  format: 'dechrome-profile'
  version: number
  pages: number
  capacity: number
  /** Exact counts: [fingerprint, pages, outside], sorted by fingerprint. */
  lines?: Array<[string, number, number]>
  /** Sketched counts, once the capacity was reached. */
  sketch?: {width: number; depth: number; pages: string; outside: string}
}

export function profileToJSON(profile: Profile): ProfileJSON {
  const json: ProfileJSON = {format: 'dechrome-profile', version: PROFILE_VERSION, pages: profile.pages, capacity: profile.capacity}
  if (profile.table !== null) {
    json.lines = [...profile.table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([hex, [pages, outside]]) => [hex, pages, outside])
  } else {
    const {pages, outside} = profile.sketch!
    json.sketch = {width: pages.width, depth: pages.depth, pages: encode(pages.counts), outside: encode(outside.counts)}
  }
  return json
}

/** Reads a profile from its JSON (text or parsed); a malformed file or an unknown version is a DechromeError. */
export function profileFromJSON(input: string | ProfileJSON): Profile {
  let json: unknown = input
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input)
    } catch (error) {
      throw invalid(`not JSON (${(error as Error).message})`)
    }
  }
  if (json === null || typeof json !== 'object') throw invalid('not a JSON object')
  const data = json as Record<string, unknown>
  if (data.format !== 'dechrome-profile') throw invalid('"format" is not "dechrome-profile"')
  if (data.version !== PROFILE_VERSION) {
    throw new DechromeError('UNSUPPORTED_PROFILE_VERSION', `profile version ${JSON.stringify(data.version)} is not supported (this dechrome reads version ${PROFILE_VERSION})`)
  }
  const pages = count(data.pages, 'pages')
  const capacity = count(data.capacity, 'capacity')
  if (capacity < 1) throw invalid('"capacity" must be at least 1')
  if (Array.isArray(data.lines) === (data.sketch !== undefined)) throw invalid('a profile has either "lines" or "sketch"')
  if (Array.isArray(data.lines)) {
    const table = new Map<string, LineCounts>()
    data.lines.forEach((row: unknown, i) => {
      if (!Array.isArray(row) || row.length !== 3 || typeof row[0] !== 'string' || !/^[0-9a-f]{16}$/.test(row[0])) {
        throw invalid(`lines[${i}] is not [fingerprint, pages, outside]`)
      }
      table.set(row[0], [count(row[1], `lines[${i}][1]`), count(row[2], `lines[${i}][2]`)])
    })
    return {kind: 'dechrome-profile', pages, capacity, table, sketch: null}
  }
  const sketch = data.sketch as Record<string, unknown>
  if (sketch === null || typeof sketch !== 'object') throw invalid('"sketch" is not an object')
  const width = count(sketch.width, 'sketch.width')
  const depth = count(sketch.depth, 'sketch.depth')
  const read = (field: string) => {
    const counts = typeof sketch[field] === 'string' ? decode(sketch[field]) : undefined
    if (counts === undefined || counts.length !== width * depth) throw invalid(`sketch.${field} does not hold ${width} × ${depth} counters`)
    return new CountMinSketch(width, depth, counts)
  }
  return {kind: 'dechrome-profile', pages, capacity, table: null, sketch: {pages: read('pages'), outside: read('outside')}}
}

function invalid(why: string): DechromeError {
  return new DechromeError('INVALID_PROFILE', `not a dechrome profile: ${why}`)
}

function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw invalid(`"${field}" must be a whole number`)
  return value
}

const CHUNK = 0x8000

function encode(counts: Uint32Array): string {
  const bytes = new Uint8Array(counts.length * 4)
  const view = new DataView(bytes.buffer)
  counts.forEach((value, i) => view.setUint32(i * 4, value, true))
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  return btoa(binary)
}

function decode(text: string): Uint32Array | undefined {
  let binary: string
  try {
    binary = atob(text)
  } catch {
    return undefined
  }
  if (binary.length % 4 !== 0) return undefined
  const view = new DataView(new ArrayBuffer(binary.length))
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i))
  const counts = new Uint32Array(binary.length / 4)
  for (let i = 0; i < counts.length; i++) counts[i] = view.getUint32(i * 4, true)
  return counts
}
