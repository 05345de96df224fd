import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('takes the date near the title and reads it with its zone', () => {
  const {of, result} = decide(article({afterTitle: ['Updated 4:12 PM CDT, March 11, 2025']}))
  expect(of('Updated 4:12 PM CDT, March 11, 2025')).toMatchObject({label: 'dateline', rule: 'dateline'})
  expect(result.metadata.published).toBe('2025-03-11T16:12:00-05:00')
})

it("calls the site header's date of the day navigation", () => {
  const {of} = decide(article({head: ['Friday, 14 March 2025', ['World', 'Business', 'Sport', 'Culture', 'Opinion', 'Travel']]}))
  expect(of('Friday, 14 March 2025')).toMatchObject({label: 'ui', rule: 'dateline'})
})

it('takes a date between the lead and the text', () => {
  const input = article().replace('\n\nResidents', '\n\nBy Jane Doe\n12.03.2025, 14:20 Uhr\n\nResidents')
  const {of} = decide(input)
  expect(of('12.03.2025, 14:20 Uhr').label).toBe('dateline')
  expect(of('By Jane Doe').label).toBe('byline')
})
