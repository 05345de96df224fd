/**
 * Line fingerprints: 64 bits from two independent 32-bit hashes of the line's matching key
 * (FNV-1a and a multiplicative hash), so a million sites' worth of lines do not collide, and
 * the two halves seed the count-min sketch's rows (Kirsch–Mitzenmacher double hashing).
 */

export interface Fingerprint {
  /** 16 hex digits: the key in the exact table and in JSON. */
  hex: string
  h1: number
  h2: number
}

export function fingerprint(key: string): Fingerprint {
  let h1 = 0x811c9dc5
  let h2 = 0x9e3779b9
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 0x01000193)
    h2 = Math.imul(h2 ^ code, 0x5bd1e995)
    h2 ^= h2 >>> 15
  }
  h1 >>>= 0
  h2 = (h2 ^ (h2 >>> 13)) >>> 0
  return {hex: h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0'), h1, h2}
}

/** The halves of a fingerprint from its hex form. */
export function fromHex(hex: string): Fingerprint {
  return {hex, h1: parseInt(hex.slice(0, 8), 16), h2: parseInt(hex.slice(8, 16), 16)}
}
