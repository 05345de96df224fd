import {describe, expect, it} from 'vitest'
import {buildPage} from '../src/parse/page.js'
import {fold, matchKey, trimLine} from '../src/parse/normalize.js'

describe('buildPage', () => {
  it('counts lines as POSIX does: a final newline ends the last line', () => {
    expect(buildPage('a\nb').data.lines).toHaveLength(2)
    expect(buildPage('a\nb\n').data.lines).toHaveLength(2)
    expect(buildPage('a\nb\n\n').data.lines).toHaveLength(3)
    expect(buildPage('').data.lines).toHaveLength(0)
    expect(buildPage('\n').data.lines).toHaveLength(1)
  })

  it('splits on LF, CRLF and CR alike, CRLF counting once', () => {
    const values = (text: string) => buildPage(text).data.lines.map((line) => line.value)
    expect(values('one\r\ntwo\rthree\nfour')).toEqual(['one', 'two', 'three', 'four'])
    expect(values('one\r\n\r\ntwo')).toEqual(['one', '', 'two'])
  })

  it('gives each line its position: 1-based line and column, 0-based offsets', () => {
    const lines = buildPage('Title\r\n\r\nSecond line').data.lines
    expect(lines[2]!.position).toEqual({start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 12, offset: 20}})
  })

  it('groups non-blank lines into blocks and leaves blank lines between them', () => {
    const tree = buildPage('a\nb\n\u00A0\nc')
    expect(tree.children.map((node) => node.type)).toEqual(['block', 'line', 'block'])
    expect(tree.data.lines.map((line) => line.block)).toEqual([0, 0, -1, 1])
    expect(tree.data.lines[2]!.blank).toBe(true)
  })
})

describe('normalization', () => {
  it('gives NFC and NFD forms of a Vietnamese line the same key', () => {
    const nfc = 'Thời tiết hôm nay'.normalize('NFC')
    const nfd = nfc.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    expect(matchKey(fold(nfd))).toBe(matchKey(fold(nfc)))
  })

  it('skips NFC only where it changes nothing: every character of the plane, alone and between letters', () => {
    // fold() leaves out NFC for lines its table calls stable; were a character wrongly called stable,
    // folding its NFC form would give another string than folding it as it is.
    const wrong: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue
      const char = String.fromCharCode(code)
      for (const text of [char, `a${char}`, `${char}a`, `${char}${char}`]) {
        if (fold(text) !== fold(text.normalize('NFC'))) wrong.push(code.toString(16))
      }
    }
    expect(wrong).toEqual([])
    // Composed and decomposed, Korean syllables from their jamo, the Ohm sign, a letter beyond the plane.
    expect(fold('Tie\u0302\u0301ng Vie\u0323\u0302t')).toBe('Tiếng Việt')
    expect(fold('\u1112\u1161\u11AB')).toBe('\uD55C')
    expect(fold('5 \u2126')).toBe('5 \u03A9')
    expect(fold('\u{1D15E}')).toBe('\u{1D15E}'.normalize('NFC'))
  })

  it('folds no-break and zero-width spaces, quotes and dashes for matching', () => {
    expect(matchKey(fold('Gold\u00A0prices \u201Csoar\u201D\u200B \u2013 again'))).toBe('gold prices "soar" - again')
    expect(matchKey(fold('\u00ABIt\u2019s\u00BB \u2212 1\u2032 \u2014 wait\u2026'))).toBe(`"it's" - 1' - wait...`)
    // Lower-casing a dotted capital İ leaves i and a combining dot: the key drops the dot.
    expect(matchKey(fold('\u0130LG\u0130L\u0130 HABERLER'))).toBe(matchKey(fold('\u0130lgili haberler')))
    expect(matchKey(fold('\u0130LG\u0130L\u0130'))).toBe('ilgili')
  })

  it('trims a line for output without touching inner whitespace', () => {
    expect(trimLine('\u00A0 Two\u00A0 words \u200B')).toBe('Two\u00A0 words')
    expect(trimLine('plain')).toBe('plain')
  })
})
