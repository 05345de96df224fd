import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('takes a caption with a credit and reads its credit', () => {
  const caption = 'The first night bus leaves the central station. Photo: Jane Roe/City Herald'
  const {of, result} = decide(article({body: [PROSE[1]!, caption, PROSE[2]!, PROSE[3]!]}))
  expect(of(caption)).toMatchObject({label: 'caption', rule: 'caption'})
  expect(result.metadata.captions).toEqual([{text: 'The first night bus leaves the central station.', credit: 'Jane Roe/City Herald'}])
})

it('takes the line under an image file as its caption', () => {
  const caption = 'Drivers at the depot before the first night shift.'
  const {of} = decide(article({body: [PROSE[1]!, ['night-depot.jpg', caption], PROSE[2]!, PROSE[3]!]}))
  expect(of(caption)).toMatchObject({label: 'caption', rule: 'caption'})
})

it('reads a credit after the copyright sign, with the credit word before or after it', () => {
  const captions = ['Un bus électrique sur le Vieux-Port. \u00A9 Photo Nicolas Vallauri', 'Le chantier du tramway en février. Photo \u00A9 AFP']
  const {of, result} = decide(article({body: [PROSE[1]!, captions[0]!, PROSE[2]!, captions[1]!, PROSE[3]!]}))
  for (const caption of captions) expect(of(caption), caption).toMatchObject({label: 'caption', rule: 'caption'})
  expect(result.metadata.captions).toEqual([
    {text: 'Un bus électrique sur le Vieux-Port.', credit: 'Nicolas Vallauri'},
    {text: 'Le chantier du tramway en février.', credit: 'AFP'}
  ])
  // A caption's sign is no publisher's notice.
  expect(result.metadata.siteName).toBeNull()
})

it('reads a credit in brackets without its colon: "(Foto Ansa)"', () => {
  const caption = 'Le corsie preferenziali sul lungotevere. (Foto Ansa)'
  const {of, result} = decide(article({body: [PROSE[1]!, caption, PROSE[2]!, PROSE[3]!]}))
  expect(of(caption)).toMatchObject({label: 'caption', rule: 'caption'})
  expect(result.metadata.captions).toEqual([{text: 'Le corsie preferenziali sul lungotevere.', credit: 'Ansa'}])
})

it('takes the line under a credit line in capitals, alone with it in a block, for the caption', () => {
  const credit = 'PHOTO JEAN-SIMON GAGNÉ, LE COURRIER DE QUÉBEC'
  const caption = 'The emergency room of the Baie-Saint-Paul hospital sees about 38 patients a night.'
  const {of, result} = decide(article({body: [PROSE[1]!, [credit, caption], PROSE[2]!, PROSE[3]!]}))
  expect(of(caption)).toMatchObject({label: 'caption', rule: 'caption'})
  expect(of(credit).label).not.toBe('byline')
  expect(result.metadata.authors).toEqual([])
  expect(result.text).not.toContain('38 patients')
})

it('takes the lines under a gallery\'s position for its photo\'s caption and credit, and keeps the text between gallery items', () => {
  const items = [['Photo 2 of 12', 'The vaulted ceiling with the twelve months, uncovered under three coats of paint', '(Ansa)'], ['Photo 3 of 12', 'The face of January, the first to reappear', '(Ansa)']]
  const {of} = decide(article({body: [PROSE[1]!, items[0]!, PROSE[2]!, items[1]!, PROSE[3]!, PROSE[4]!]}))
  for (const [counter, caption] of items) {
    expect(of(counter!).label).toBe('media')
    expect(of(caption!).label).toBe('caption')
  }
  expect(of('(Ansa)').label).not.toBe('body')
  expect(of(PROSE[2]!).label).toBe('body')
  expect(of(PROSE[3]!).label).toBe('body')
})
