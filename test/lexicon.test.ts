import {describe, expect, it} from 'vitest'
import {LEXICONS} from '../src/index.js'
import {compileVocabulary, lineKey, PhraseSet, tokens} from '../src/lexicon/index.js'

describe('lexicons', () => {
  it('ship for 36 languages, each with its markers, footer words and months', () => {
    expect(Object.keys(LEXICONS).sort()).toEqual(['af', 'bg', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'gl', 'hr', 'hu', 'id', 'is', 'it', 'lv', 'ms', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'tl', 'tr', 'uk', 'vi'])
    for (const [code, lexicon] of Object.entries(LEXICONS)) {
      expect(lexicon.language).toBe(code)
      expect(lexicon.relatedMarkers.length, code).toBeGreaterThan(5)
      expect(lexicon.footerTerms.length, code).toBeGreaterThan(5)
      if (code !== 'vi') expect(lexicon.months, code).toHaveLength(12)
    }
  })

  it('has no phrase that folds to nothing', () => {
    for (const lexicon of Object.values(LEXICONS)) {
      for (const [field, list] of Object.entries(lexicon)) {
        if (Array.isArray(list)) for (const phrase of list) expect(lineKey(phrase), `${lexicon.language}.${field}: "${phrase}"`).not.toBe('')
      }
    }
  })

  it('compiles to one vocabulary in which list headings win over tag headings', () => {
    const vocabulary = compileVocabulary(Object.values(LEXICONS))
    expect(vocabulary.markers.get('đọc nhiều')).toBe('related')
    expect(vocabulary.markers.get('related topics')).toBe('ui')
    expect(vocabulary.months.get('mars')?.get('fr')).toBe(3)
  })

  it('keeps months per language where languages spell them alike', () => {
    const vocabulary = compileVocabulary(Object.values(LEXICONS))
    expect(vocabulary.months.get('listopada')?.get('hr')).toBe(10)
    expect(vocabulary.months.get('listopada')?.get('pl')).toBe(11)
  })
})

describe('PhraseSet', () => {
  const set = new PhraseSet(['mưa lớn', 'mưa', 'all rights reserved'])
  it('finds phrases by whole words, longest first, without overlap', () => {
    expect(set.findAll(tokens('mưa lớn kéo dài, mưa rào'))).toEqual(['mưa lớn', 'mưa'])
    expect(set.findIn(tokens('© 2025 x. all rights reserved.'))).toBe('all rights reserved')
    expect(set.findIn(tokens('the mưalớn'))).toBeUndefined()
    expect(set.prefixOf(tokens('mưa lớn ở bắc bộ'))).toBe(2)
  })
})

describe('tokens', () => {
  it('splits on anything that is not a letter or a digit, in any script', () => {
    expect(tokens('đọc nhiều (5) — hôm nay')).toEqual(['đọc', 'nhiều', '5', 'hôm', 'nay'])
    expect(tokens('самое читаемое: 12')).toEqual(['самое', 'читаемое', '12'])
    expect(tokens('...e-mail!!')).toEqual(['e', 'mail'])
    expect(tokens('𝐁old 𝔉raktur')).toEqual(['𝐁old', '𝔉raktur'])
    expect(tokens('📷 photo 2')).toEqual(['photo', '2'])
    expect(tokens('')).toEqual([])
  })
})

describe('the Slovak, Slovenian, Estonian and Latvian lexicons', () => {
  it("drop those portals' read-also links, advertisement labels and boxes of related headlines inside the article", async () => {
    const {article, decide, PROSE} = await import('./helpers.js')
    const chrome = [
      'Čítajte tiež: Pri Spišskej Kapitule objavili základy stredovekej kaplnky',
      'Preberite še: Kako ravnati, če opazite požar v naravi',
      'Loe ka: Orissaare gümnaasium saab 2026. aastaks uue spordihoone',
      'Lasi arī: Valsts policija aicina neatstāt bērnus pie ūdens bez uzraudzības',
      'Reklāma',
      'Reklaam'
    ]
    const box = ['Seotud lood', 'Hiiumaa koolivõrgu reform jõudis volikokku', 'Õpetajate palgaläbirääkimised jäid taas tulemuseta']
    const {of} = decide(article({body: [PROSE[1]!, chrome[0]!, PROSE[2]!, chrome[1]!, chrome[4]!, PROSE[3]!, box, chrome[2]!, chrome[5]!, PROSE[4]!, chrome[3]!, PROSE[5]!]}))
    for (const line of chrome.slice(0, 4)) expect(of(line).label).toBe('related')
    for (const line of chrome.slice(4)) expect(of(line).label).toBe('ui')
    for (const line of box) expect(of(line).label).toBe('related')
  })
})
