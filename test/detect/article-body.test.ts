import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('labels the lead, subheadings and body, and builds the text from them', () => {
  const input = article({body: [PROSE[1]!, 'What riders will pay', PROSE[2]!, 'Q: Will fares rise?', PROSE[3]!]})
  const {of, result} = decide(input)
  expect(of(PROSE[0]!)).toMatchObject({label: 'lead', rule: 'article-body'})
  expect(of('What riders will pay').label).toBe('heading')
  expect(of('Q: Will fares rise?').label).toBe('body')
  expect(result.lead).toBe(PROSE[0])
  expect(result.text).toBe([PROSE[0], PROSE[1], 'What riders will pay', PROSE[2], 'Q: Will fares rise?', PROSE[3]].join('\n\n'))
})

it('takes a standfirst without a full stop above the byline block as the lead', () => {
  const standfirst = 'Shift workers in three suburbs will get buses every half hour through the night from September under a plan the council approved'
  const input = article({afterTitle: [standfirst, ['Jane Doe', 'Fri 14 Mar 2025 07.00 GMT', 'Share']]})
  const {of, result} = decide(input)
  expect(of(standfirst).label).toBe('lead')
  expect(of('Jane Doe').label).toBe('byline')
  expect(result.metadata.published).toBe('2025-03-14T07:00:00+00:00')
})
