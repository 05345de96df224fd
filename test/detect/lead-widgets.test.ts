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
