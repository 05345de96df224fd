import {describe, expect, it} from 'vitest'
import {clean, DechromeError} from '../src/index.js'
import {decodeInput, firstInvalidUtf8, utf8Length} from '../src/parse/decode.js'

const encode = (text: string) => new TextEncoder().encode(text)

describe('decodeInput', () => {
  it('decodes UTF-8 bytes and drops a byte-order mark', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Xin chào')]), 100, 'error')).toBe('Xin chào')
    expect(decodeInput('\uFEFFHello', 100, 'error')).toBe('Hello')
  })

  it('refuses invalid UTF-8 with INVALID_UTF8 and the offset of the bad byte', () => {
    const bytes = new Uint8Array([...encode('Giá vàng '), 0xff, ...encode(' tăng')])
    let error: unknown
    try {
      decodeInput(bytes, 1000, 'error')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(DechromeError)
    expect((error as DechromeError).code).toBe('INVALID_UTF8')
    expect((error as DechromeError).offset).toBe(encode('Giá vàng ').length)
    expect((error as DechromeError).message).toMatch(/0xff at offset 11/)
  })

  it('replaces invalid bytes with U+FFFD when asked to', () => {
    expect(decodeInput(new Uint8Array([0x61, 0xc3, 0x62]), 100, 'replace')).toBe('a\uFFFDb')
  })

  it('refuses input over maxBytes with INPUT_TOO_LARGE, for strings and bytes', () => {
    expect(() => decodeInput('é'.repeat(10), 15, 'error')).toThrow(expect.objectContaining({code: 'INPUT_TOO_LARGE'}))
    expect(() => decodeInput(new Uint8Array(16), 15, 'error')).toThrow(expect.objectContaining({code: 'INPUT_TOO_LARGE'}))
    expect(decodeInput('é'.repeat(7), 15, 'error')).toHaveLength(7)
  })

  it('refuses what is neither text nor bytes with INVALID_INPUT', () => {
    expect(() => clean(42 as unknown as string)).toThrow(expect.objectContaining({code: 'INVALID_INPUT'}))
    expect(() => clean(null as unknown as string)).toThrow(/got null/)
  })
})

describe('UTF-8 helpers', () => {
  it('measures UTF-8 length without encoding, surrogate pairs included', () => {
    for (const text of ['abc', 'Thời tiết', '日本語', 'emoji 📷 and €']) expect(utf8Length(text)).toBe(encode(text).length)
  })

  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0)
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1)
    expect(firstInvalidUtf8(encode('ổn định'))).toBe(encode('ổn định').length)
  })
})
