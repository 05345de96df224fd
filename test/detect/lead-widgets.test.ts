import {expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {article, blocks, decide, page, PROSE} from '../helpers.js'

it('drops short widgets between the lead and the text but keeps a subheading there', () => {
  const input = article().replace('\n\nResidents', '\n\n87\nListen\n\nWhy the suburbs waited\n\nResidents')
  const {of} = decide(input)
  expect(of('87')).toMatchObject({label: 'ui', rule: 'lead-widgets'})
  expect(of('Why the suburbs waited').label).toBe('heading')
})

it('does not take a widget for a subheading because a notice that will go follows it', () => {
  // The copyright line leaves the page; the widget above it is followed by no text, once or twice cleaned.
  const input = page(PROSE[0]!, 'Hà Nội 28°C', '\u00A9 2024 Example Media Company. All rights reserved.', 'Home > World > Europe', PROSE[3]!)
  const {of, result} = decide(input)
  expect(of('Hà Nội 28°C')).toMatchObject({label: 'ui', rule: 'lead-widgets'})
  expect(clean(result.text).text).toBe(result.text)
})

it('keeps a live blog\'s first entry time with the others, not as a widget', () => {
  const input = blocks(
    'Storm live: power cuts for 200,000 homes as red warning comes into force',
    'Updates as gusts of up to 100mph hit the west coast, with trains cancelled and schools closed.',
    ['11:45', 'Power cuts now affect 200,000 homes', 'The network operator says engineers cannot reach some areas until the winds drop this afternoon.'],
    ['11:20', 'All trains cancelled in the west', 'Rail companies have cancelled every service west of Bristol until at least 6pm, and say passengers should not travel.'],
    ['10:58', 'Schools closed', 'More than 300 schools have closed for the day, and councils say they will decide about Friday this evening.']
  )
  const {result} = decide(input)
  const times = result.lines.filter((line) => ['11:45', '11:20', '10:58'].includes(input.split('\n')[line.line - 1]!))
  expect(times.map((line) => line.label)).toEqual(['body', 'body', 'body'])
})

it('keeps a box of key points between the byline and the text as article text, and the standfirst above it', () => {
  const input = blocks(
    'Rural Health',
    'Country council offers free housing to lure doctors as town runs on one GP',
    'A north-west town of almost 8,000 people has had a single full-time doctor since October. Now its council is offering a rent-free home and a cash incentive to any doctor who will stay for three years.',
    ['By Siobhan Keane', 'Regional health reporter'],
    ['Posted Fri 14 Mar 2025 at 9:12am AEDT', 'Updated 2h ago'],
    ['Share', 'Listen to this article'],
    'The only full-time doctor at the practice has worked alone since October. (Tasman News: Lucy Barnard)',
    ['Key points:', 'The council will offer a rent-free house and up to $150,000 over three years to new doctors', 'The main practice has had one full-time doctor since October', 'Patients wait up to five weeks for a routine appointment'],
    ...PROSE.slice(1, 5)
  )
  const {of, result} = decide(input)
  expect(result.title).toBe('Country council offers free housing to lure doctors as town runs on one GP')
  expect(result.lead).toMatch(/^A north-west town/)
  expect(of('Key points:').label).not.toBe('ui')
  expect(of('Patients wait up to five weeks for a routine appointment').label).toBe('body')
  // An outlet's name and its photographer in brackets are the caption's credit.
  expect(of('The only full-time doctor at the practice has worked alone since October. (Tasman News: Lucy Barnard)').label).toBe('caption')
  expect(result.metadata.published).toBe('2025-03-14T09:12:00+11:00')
})
