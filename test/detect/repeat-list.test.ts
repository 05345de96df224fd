import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

const item = (headline: string, teaser: string) => [headline, headline, teaser]

it('drops a list of repeated headlines with teasers, and names weather items', () => {
  const list = [
    ...item('Harbour crane contract goes to local firm', 'The port authority picked a bid that was 12 percent cheaper than the next offer, officials said on Monday.'),
    ...item('Heavy rain and storm warnings for the coast this weekend', 'Forecasters expect heavy rain and thunderstorms from Friday night, with winds gusting to 80 kph along the coast.')
  ]
  const {of, result} = decide(article({tail: list}))
  expect(of('Harbour crane contract goes to local firm')).toMatchObject({label: 'related', rule: 'repeat-list'})
  expect(of('Forecasters expect heavy rain and thunderstorms from Friday night, with winds gusting to 80 kph along the coast.'))
    .toMatchObject({label: 'weather', rule: 'repeat-list'})
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm'])
})

it('takes an item for a weather report only when its headline names the weather', () => {
  const news = 'Ferry operators count the cost of a lost summer'
  const list = [
    ...item('Weekend forecast: rain returns to the north', 'Showers and thunderstorms are expected from Saturday, with temperatures falling to 14 degrees.'),
    ...item(news, 'Weeks of heavy rain and a tropical storm kept tourists away from the islands, and bookings fell by a third, operators said.'),
    ...item('Harbour crane contract goes to local firm', 'The port authority picked a bid that was 12 percent cheaper than the next offer, officials said on Monday.')
  ]
  const {of, result} = decide(article({tail: list}))
  expect(of('Weekend forecast: rain returns to the north')).toMatchObject({label: 'weather', rule: 'repeat-list'})
  // A story whose teaser alone mentions rain and storms is news, and its headline is a related one.
  expect(of(news)).toMatchObject({label: 'related', rule: 'repeat-list'})
  expect(result.metadata.related).toEqual([news, 'Harbour crane contract goes to local firm'])
})

it('does not take the paragraph after a repeated headline when the article goes on', () => {
  const doubled = 'Night buses: what changes for riders'
  const next = 'Riders will need a new card to board the night buses, which will be sold at kiosks from the first of September onwards.'
  const input = article({body: [doubled, doubled, next, 'The card will cost two dollars and can be topped up online or at any station, the transport authority said in a notice.']})
  expect(decide(input).of(next).label).toBe('body')
})
