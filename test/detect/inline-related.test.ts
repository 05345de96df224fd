import {expect, it} from 'vitest'
import {blocks, decide, PROSE} from '../helpers.js'

it('drops headlines glued under a paragraph on a page of separated paragraphs', () => {
  const input = blocks('Council extends night buses to three suburbs', [PROSE[0]!, 'Harbour crane contract goes to local firm', 'School board delays vote on four-day week'], ...PROSE.slice(1))
  const {of} = decide(input)
  expect(of('Harbour crane contract goes to local firm')).toMatchObject({label: 'related', rule: 'inline-related'})
  expect(of(PROSE[0]!).label).toBe('lead')
})

it('keeps a list the paragraph introduces', () => {
  const intro = 'The plan includes three measures that will take effect on the first of September, the mayor said:'
  const input = blocks('Council extends night buses to three suburbs', ...PROSE.slice(0, 3), [intro, '- a new night line to the hospitals', '- later trains on weekends'], ...PROSE.slice(3))
  expect(decide(input).of('- later trains on weekends').label).toBe('body')
})

it('leaves a photo credit under a caption to the caption, in a language no lexicon knows', () => {
  const caption = 'Časť hradieb pri Košickej bráne je podľa statikov v havarijnom stave.'
  const input = blocks('Council extends night buses to three suburbs', ...PROSE.slice(0, 2), [caption, 'Foto: TASR/Milan Šimko'], ...PROSE.slice(2))
  const {of, result} = decide(input)
  expect(of('Foto: TASR/Milan Šimko').label).toBe('caption')
  expect(of(caption).label).toBe('caption')
  expect(result.metadata.related).toEqual([])
})

it("takes no footer's company, address and phone for a block of headlines", () => {
  const footer = ['SIA „Ziņu Vārti”, reģ. Nr. 40103987654', 'Krišjāņa Barona iela 31, Rīga, LV-1050', 'Tālr.: +371 67 812 345, e-pasts: redakcija@zinuvarti.lv', '© 2025 SIA „Ziņu Vārti”. Visas tiesības aizsargātas.']
  const input = blocks('Council extends night buses to three suburbs', ...PROSE.slice(0, 5), footer, 'Mēs izmantojam sīkdatnes, lai uzlabotu lietošanas pieredzi un analizētu vietnes apmeklējumu.')
  const {of} = decide(input)
  for (const line of footer) expect(of(line).rule).not.toBe('glued-list')
})
