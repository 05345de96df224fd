import {expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {article, decide, page, PROSE} from '../helpers.js'

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
