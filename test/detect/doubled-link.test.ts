import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('drops a line that is one headline twice', () => {
  const card = 'Harbour crane contract goes to local firm Harbour crane contract goes to local firm'
  const {of, result} = decide(article({tail: [card]}))
  expect(of(card)).toMatchObject({label: 'related', rule: 'doubled-link'})
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm'])
})
