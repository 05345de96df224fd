/**
 * A count-min sketch (Cormode & Muthukrishnan): `depth` rows of `width` counters; a count is
 * added to one counter per row and read as the smallest of them, so it never under-counts and
 * over-counts by a small share of the total with high probability. Two sketches of the same
 * shape merge by adding their counters: exactly associative and commutative.
 */
import type {Fingerprint} from './fingerprint.js'

export class CountMinSketch {
  readonly counts: Uint32Array

  constructor(readonly width: number, readonly depth: number, counts?: Uint32Array) {
    this.counts = counts ?? new Uint32Array(width * depth)
  }

  add(print: Fingerprint, count = 1): void {
    for (let row = 0; row < this.depth; row++) {
      const at = row * this.width + this.column(print, row)
      this.counts[at] = Math.min(0xffffffff, this.counts[at]! + count)
    }
  }

  estimate(print: Fingerprint): number {
    let least = Infinity
    for (let row = 0; row < this.depth; row++) least = Math.min(least, this.counts[row * this.width + this.column(print, row)]!)
    return least
  }

  /** A new sketch holding both: counters added. */
  plus(other: CountMinSketch): CountMinSketch {
    const sum = new CountMinSketch(this.width, this.depth)
    for (let i = 0; i < sum.counts.length; i++) sum.counts[i] = Math.min(0xffffffff, this.counts[i]! + other.counts[i]!)
    return sum
  }

  private column(print: Fingerprint, row: number): number {
    return ((print.h1 + Math.imul(row, print.h2)) >>> 0) % this.width
  }
}
