/**
 * A site profile: how many of a site's pages each line appeared on, and on how many of them
 * it stood outside the article. Lines frequent across a site are its template.
 *
 * Counting is exact (a table of line fingerprints) until `capacity` fingerprints are tracked;
 * past that the profile pours its table into count-min sketches of fixed size, so memory stays
 * bounded whatever the number of pages. Pouring counts into a sketch is the same as adding them
 * one by one, so learning on the union of shards and merging the shards' profiles give the same
 * profile, exactly, with or without the cap; and merging is associative and commutative. The
 * number of pages is always exact.
 */
import {CountMinSketch} from './sketch.js'
import {fingerprint, fromHex, type Fingerprint} from './fingerprint.js'

export const PROFILE_VERSION = 1
/** Fingerprints tracked exactly before the profile switches to sketches. */
export const DEFAULT_CAPACITY = 32_768
/** Sketch shape: 8,192 × 4 counters per count. Over-counts stay under ~1.5% of the pages per row. */
export const SKETCH_WIDTH = 8_192
export const SKETCH_DEPTH = 4

/** Counts for one line: pages it appeared on, and pages where it stood outside the article. */
export type LineCounts = [pages: number, outside: number]

export interface Profile {
  readonly kind: 'dechrome-profile'
  /** Pages learned from, exact. */
  pages: number
  /** Fingerprints tracked exactly before sketches take over. */
  capacity: number
  /** Exact counts by fingerprint (hex), until the capacity is reached; then null. */
  table: Map<string, LineCounts> | null
  /** Sketches of the same counts once the capacity was reached; null before. */
  sketch: {pages: CountMinSketch; outside: CountMinSketch} | null
}

export function emptyProfile(capacity = DEFAULT_CAPACITY): Profile {
  return {kind: 'dechrome-profile', pages: 0, capacity, table: new Map(), sketch: null}
}

export function isProfile(value: unknown): value is Profile {
  const profile = value as Profile
  return profile !== null && typeof profile === 'object' && profile.kind === 'dechrome-profile' && Number.isInteger(profile.pages)
}

/** Adds one page: its distinct lines, each with whether it stood outside the article. */
export function addPage(profile: Profile, lines: ReadonlyMap<string, boolean>): void {
  profile.pages++
  for (const [key, outside] of lines) addCounts(profile, fingerprint(key), [1, outside ? 1 : 0])
}

function addCounts(profile: Profile, print: Fingerprint, [pages, outside]: LineCounts): void {
  if (profile.table !== null) {
    const counts = profile.table.get(print.hex)
    if (counts !== undefined) {
      counts[0] += pages
      counts[1] += outside
      return
    }
    if (profile.table.size < profile.capacity) {
      profile.table.set(print.hex, [pages, outside])
      return
    }
    toSketch(profile)
  }
  profile.sketch!.pages.add(print, pages)
  if (outside > 0) profile.sketch!.outside.add(print, outside)
}

/** Past the capacity: every exact count goes into the sketches, and the table is dropped. */
function toSketch(profile: Profile): void {
  const sketch = {pages: new CountMinSketch(SKETCH_WIDTH, SKETCH_DEPTH), outside: new CountMinSketch(SKETCH_WIDTH, SKETCH_DEPTH)}
  for (const [hex, [pages, outside]] of profile.table!) {
    const print = fromHex(hex)
    sketch.pages.add(print, pages)
    if (outside > 0) sketch.outside.add(print, outside)
  }
  profile.table = null
  profile.sketch = sketch
}

/** The counts for a line's key: exact in a table, never under-counted in a sketch. */
export function countsOf(profile: Profile, key: string): LineCounts {
  const print = fingerprint(key)
  if (profile.table !== null) return profile.table.get(print.hex) ?? [0, 0]
  return [profile.sketch!.pages.estimate(print), profile.sketch!.outside.estimate(print)]
}

/**
 * The profile of both sites' pages. The result's capacity is the smaller one; if the union
 * tracks more fingerprints than that, it is sketched.
 */
export function mergeProfiles(a: Profile, b: Profile): Profile {
  if (!isProfile(a) || !isProfile(b)) throw new TypeError('mergeProfiles takes two profiles')
  const merged = emptyProfile(Math.min(a.capacity, b.capacity))
  merged.pages = a.pages + b.pages
  for (const source of [a, b]) {
    if (source.table !== null) for (const [hex, counts] of source.table) addCounts(merged, fromHex(hex), counts)
  }
  const sketches = [a.sketch, b.sketch].filter((sketch) => sketch !== null)
  if (sketches.length > 0) {
    if (merged.table !== null) toSketch(merged)
    for (const sketch of sketches) {
      merged.sketch = {pages: merged.sketch!.pages.plus(sketch.pages), outside: merged.sketch!.outside.plus(sketch.outside)}
    }
  }
  return merged
}
