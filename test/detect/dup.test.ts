import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a later copy of a line, exact or nearly so', () => {
  const caption = 'The first night bus leaves the central station on Monday. (Photo: City Transport)'
  const near = 'The first night bus leaves the central station on Monday. (Photo: City Transport Authority)'
  const {of, result} = decide(article({body: [PROSE[1]!, [caption, caption], PROSE[2]!, near, PROSE[3]!]}))
  expect(of(caption).label).toBe('caption')
  expect(result.lines.filter((line) => line.label === 'dup').map((line) => line.rule)).toEqual(['dup', 'dup'])
  expect(of(near)).toMatchObject({label: 'dup', reason: expect.stringMatching(/^nearly repeats line/)})
})

it('keeps short lines that repeat in an interview', () => {
  const input = article({body: ['Q:', 'Why now?', 'A:', PROSE[1]!, 'Q:', 'And next year?', 'A:', PROSE[2]!]})
  expect(decide(input).result.lines.filter((line) => line.label === 'dup')).toHaveLength(0)
})

it('takes the page\'s title bar above the headline for a repeat of the title, not for a related headline', () => {
  const bar = 'Council extends night buses to three suburbs - The Harbour Evening Post'
  const {of, result} = decide(article({head: [bar, ['News', 'Sport', 'Log in']]}))
  expect(of(bar)).toMatchObject({label: 'dup', rule: 'dup'})
  expect(result.title).toBe('Council extends night buses to three suburbs')
  expect(result.metadata.related).toEqual([])
})
