import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('labels empty and whitespace-only lines blank', () => {
  const input = article().replace('\n\n', '\n \u00A0\u200B\n')
  const {result} = decide(input)
  expect(result.lines[1]).toMatchObject({label: 'blank', rule: 'blank', reason: 'whitespace-only line'})
  expect(result.lines[3]).toMatchObject({label: 'blank', reason: 'empty line'})
})
