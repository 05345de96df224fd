import {DechromeError} from '../errors.js'

export type InvalidUtf8 = 'error' | 'replace'

/**
 * Turns the caller's input into text. Bytes are decoded as UTF-8, strictly unless the
 * caller asked for replacement characters; a leading byte-order mark is dropped.
 */
export function decodeInput(input: unknown, maxBytes: number, invalidUtf8: InvalidUtf8): string {
  if (typeof input === 'string') {
    // A UTF-16 code unit encodes to at most 3 UTF-8 bytes: measure exactly only near the limit.
    if (input.length * 3 > maxBytes && utf8Length(input) > maxBytes) {
      throw tooLarge(utf8Length(input), maxBytes)
    }
    return stripBom(input)
  }
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw tooLarge(input.byteLength, maxBytes)
    try {
      return stripBom(new TextDecoder('utf-8', {fatal: invalidUtf8 === 'error', ignoreBOM: true}).decode(input))
    } catch {
      const offset = firstInvalidUtf8(input)
      throw new DechromeError('INVALID_UTF8', `input is not valid UTF-8: bad byte 0x${hex(input[offset])} at offset ${offset}`, {offset})
    }
  }
  const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
  throw new DechromeError('INVALID_INPUT', `input must be a string or a Uint8Array, got ${kind}`)
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function tooLarge(size: number, maxBytes: number): DechromeError {
  return new DechromeError('INPUT_TOO_LARGE', `input is ${size} bytes, over the maxBytes limit of ${maxBytes}`)
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0')
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, surrogates or code points past U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    let max = 0xbf
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = b === 0xe0 ? 0xa0 : 0x80
      if (b === 0xed) max = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = b === 0xf0 ? 0x90 : 0x80
      if (b === 0xf4) max = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const lo = k === 1 ? min : 0x80
      const hi = k === 1 ? max : 0xbf
      if (c < lo || c > hi) return k === 1 ? i : i + k
    }
    i += need + 1
  }
  return bytes.length
}
