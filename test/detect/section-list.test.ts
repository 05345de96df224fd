import {expect, it} from 'vitest'
import {article, blocks, decide, PROSE} from '../helpers.js'

it('drops a section heading and the list under it after the article', () => {
  const {of, result} = decide(article({tail: ['Most read', ['Harbour crane contract goes to local firm', 'School board delays vote on four-day week'], 'Comments', 'Be the first to comment']}))
  expect(of('Most read')).toMatchObject({label: 'related', rule: 'section-list'})
  expect(of('School board delays vote on four-day week')).toMatchObject({label: 'related', rule: 'section-list'})
  expect(of('Be the first to comment')).toMatchObject({label: 'ui', rule: 'section-list'})
  expect(result.metadata.related).toContain('School board delays vote on four-day week')
})

it('inside the article takes only the box of headlines under the heading', () => {
  const input = article({body: [PROSE[1]!, ['Related', 'Harbour crane contract goes to local firm'], PROSE[2]!, PROSE[3]!]})
  const {of} = decide(input)
  expect(of('Harbour crane contract goes to local firm')).toMatchObject({label: 'related', rule: 'section-list'})
  expect(of(PROSE[2]!).label).toBe('body')
})

it('leaves menu items before the article to position, not to list headings', () => {
  const {of} = decide(article({head: [['Video', 'Latest', 'World', 'Business']]}))
  expect(of('Video')).toMatchObject({label: 'ui', rule: 'outside-article'})
})

it('takes a list of long teasers under its heading even when it holds more text than a short article', () => {
  const teasers = [
    ['Taxi drivers call a two-day strike over new ride-hailing licences',
      'Drivers say the city has granted more than 500 licences in the past year without consulting them, and they want urgent talks with the transport ministry before the summer season begins.'],
    ['City to install 300 bus shelters with live arrival screens',
      'The first shelters will go up in the southern districts before the summer, and the rest will be ready by the end of the year, according to the timetable presented by the mobility department.'],
    ['Commuter trains return to full frequency after station works',
      'The rail operator says trains will run every ten minutes at peak times from Monday, although passengers are still complaining about months of accumulated delays on the line.']
  ]
  const input = blocks(
    'Council extends night buses to three suburbs',
    'The city council voted on Tuesday to extend the night bus network to three suburbs.',
    'Buses will run every 30 minutes between 11 p.m. and 5 a.m. from the central station.',
    'The first routes start in June, officials said.',
    'More news',
    ...teasers.map((pair) => pair),
    '\u00A9 2025 Example Media. All rights reserved.'
  )
  const {of, result} = decide(input)
  for (const [headline, teaser] of teasers) {
    expect(of(headline!).label, headline).toBe('related')
    expect(of(teaser!).label, teaser).toBe('related')
  }
  expect(result.text.split('\n\n')).toHaveLength(3)
  expect(result.metadata.related).toEqual(teasers.map(([headline]) => headline))
})

it('gives the related headlines of a numbered list without their ranks', () => {
  const input = article({tail: [['Most read', '1. Harbour crane contract goes to local firm', '2. Ferry strike called off after late-night talks', '3. Night market returns to the old docks']]})
  expect(decide(input).result.metadata.related).toEqual(['Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks', 'Night market returns to the old docks'])
})

it('reads the date under a related headline as the item\'s date, not as a headline', () => {
  const input = article({tail: [['Related stories'], ['Harbour crane contract goes to local firm', 'March 11, 2025'], ['Ferry strike called off after late-night talks', 'March 10, 2025']]})
  const {of, result} = decide(input)
  expect(of('March 11, 2025')).toMatchObject({label: 'related', rule: 'section-list', reason: 'date in the list under "Related stories"'})
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks'])
})

it('keeps an interview\'s last question and answer after a box of links set into it', () => {
  const question = 'What would be a fair price, in your view?'
  const answer = 'Under 50 euros a month. Anything above that puts off exactly the people we want to win over for buses and trains.'
  const input = blocks(
    'Council extends night buses to three suburbs',
    PROSE[0]!, PROSE[1]!, PROSE[2]!,
    ['Related stories', 'Rail operator announces new timetable for commuters', 'Transit strike: what passengers need to know'],
    question, answer,
    'Thank you for the interview.',
    ['Most read', 'Storm keeps fire crews busy all night', 'New rules for balcony solar panels from April'],
    '\u00A9 2025 Example Media. All rights reserved.'
  )
  const {of, result} = decide(input)
  expect(of('Rail operator announces new timetable for commuters').label).toBe('related')
  for (const line of [question, answer, 'Thank you for the interview.']) expect(result.text, line).toContain(line)
  expect(result.metadata.related).toEqual([
    'Rail operator announces new timetable for commuters', 'Transit strike: what passengers need to know',
    'Storm keeps fire crews busy all night', 'New rules for balcony solar panels from April'
  ])
})

it('takes a related box in the article whose items are a headline and its teaser, a block each, and resumes the text after it', () => {
  const items = [
    ['Rice prices fall in the city markets', 'Traders say last season\'s good harvest has put more rice on the shelves.'],
    ['Regulator sets new fertiliser prices for all regions', 'Agents who raise prices at will could lose their licences, it warned.']
  ]
  const {of, result} = decide(article({body: [PROSE[1]!, 'Related', ...items, PROSE[2]!, PROSE[3]!]}))
  for (const line of items.flat()) expect(of(line).label, line).toBe('related')
  expect(of(PROSE[2]!).label).toBe('body')
  expect(result.metadata.related).toEqual(expect.arrayContaining([items[0]![0], items[1]![0]]))
})

it('takes the Rioplatense "Seguí leyendo" box in the article', () => {
  const box = ['Seguí leyendo', 'Qué síntomas tiene el dengue y cuándo hay que ir a la guardia', 'Vacuna contra el dengue: quiénes pueden aplicársela gratis en Córdoba']
  const {of} = decide(article({body: [PROSE[1]!, box, PROSE[2]!, PROSE[3]!]}))
  for (const line of box) expect(of(line), line).toMatchObject({label: 'related', rule: 'section-list'})
})

it('takes the tags under a tags heading in the article, one a line', () => {
  const tags = ['Tags', 'Night buses', 'City council', 'Public transport']
  const {of} = decide(article({body: [PROSE[1]!, PROSE[2]!, tags, PROSE[3]!, PROSE[4]!]}))
  for (const line of tags.slice(1)) expect(of(line), line).toMatchObject({label: 'ui', rule: 'section-list'})
})
