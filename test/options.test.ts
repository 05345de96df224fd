import {describe, expect, it} from 'vitest'
import {clean, DechromeError, resolveOptions} from '../src/index.js'

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run()
  } catch (error) {
    return error instanceof DechromeError ? error.code : 'not a DechromeError'
  }
  return undefined
}

describe('options', () => {
  it('fills in documented defaults', () => {
    const settings = resolveOptions(undefined)
    expect(settings).toMatchObject({language: null, timeZone: null, maxBytes: 16 * 1024 * 1024, invalidUtf8: 'error', duplicateSimilarity: 0.9})
    expect(settings.francOnly).toContain('vie')
    expect(settings.francOnly).toContain('eng')
  })

  it('refuses an unknown option, naming it', () => {
    expect(codeOf(() => clean('x', {langauge: 'vi'} as never))).toBe('UNKNOWN_OPTION')
    expect(() => clean('x', {langauge: 'vi'} as never)).toThrow(/unknown option "langauge"/)
  })

  it('refuses wrong types and out-of-range values with INVALID_OPTION, naming the value', () => {
    expect(codeOf(() => resolveOptions({language: 'xx'}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions({languages: []}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions({maxBytes: 0}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions({maxBytes: 1.5}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions({duplicateSimilarity: 1.2}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions({invalidUtf8: 'skip' as never}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions({timeZone: 'Mars/Olympus'}))).toBe('INVALID_OPTION')
    expect(codeOf(() => resolveOptions([] as never))).toBe('INVALID_OPTION')
    expect(() => resolveOptions({duplicateSimilarity: 1.2})).toThrow(/"duplicateSimilarity" must be a number in \(0, 1\], got 1.2/)
  })

  it('takes 0 as a value, not as "unset"', () => {
    expect(codeOf(() => resolveOptions({duplicateSimilarity: 0}))).toBe('INVALID_OPTION')
  })

  it('accepts a caller lexicon without changing it, and uses its markers', () => {
    const lexicon = {language: 'xx', relatedMarkers: ['Andere Meldungen dieser Woche']}
    const frozen = JSON.stringify(lexicon)
    const input = [
      'Council extends night buses to three suburbs', '',
      'The city council voted on Tuesday to extend the night bus network to three suburbs, a decision officials said would cost 4 million dollars.', '',
      'Residents had petitioned for the change for more than two years, arguing that shift workers were left without a safe way home after midnight.', '',
      'Andere Meldungen dieser Woche', '',
      'Harbour crane contract goes to local firm'
    ].join('\n')
    const result = clean(input, {lexicons: [lexicon as never]})
    expect(JSON.stringify(lexicon)).toBe(frozen)
    expect(result.lines[6]).toMatchObject({label: 'related', rule: 'section-list'})
    expect(codeOf(() => resolveOptions({lexicons: [{relatedMarkers: 'Most read'} as never]}))).toBe('INVALID_OPTION')
  })
})
