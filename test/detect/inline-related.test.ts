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
