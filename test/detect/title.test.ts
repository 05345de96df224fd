import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('takes the headline right above the article, past the byline and the date', () => {
  const input = article({head: [['Skip to main content', 'World', 'Business']], afterTitle: ['By Jane Doe', 'March 12, 2025']})
  const {of, result} = decide(input)
  expect(of('Council extends night buses to three suburbs')).toMatchObject({label: 'title', rule: 'title'})
  expect(result.title).toBe('Council extends night buses to three suburbs')
})

it('takes the first copy when the page prints the headline again as alt text', () => {
  const title = 'Council extends night buses to three suburbs'
  const input = article({afterTitle: [['Share', title]]})
  const {result} = decide(input)
  expect(result.lines[0]).toMatchObject({label: 'title'})
  expect(result.lines.find((_, i) => i > 0 && input.split('\n')[i] === title)?.label).toBe('dup')
})
