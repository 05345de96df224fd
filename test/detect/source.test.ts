import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('takes a credit line after the article', () => {
  const {of, result} = decide(article({tail: ['(theo Reuters)', 'Most read', 'Harbour crane contract goes to local firm']}))
  expect(of('(theo Reuters)')).toMatchObject({label: 'source', rule: 'source'})
  expect(result.metadata.source).toBe('Reuters')
})

it('reads the source from the lead when no line credits one', () => {
  const input = article().replace('The city council voted', 'SPRINGFIELD (AP) - The city council voted')
  expect(decide(input).result.metadata.source).toBe('AP')
})

it('takes a credit line above a promotion that closes the article', () => {
  const promotion = 'Thanks for reading to the end. Sign up for our free newsletter and get breaking news alerts in our app.'
  const {of, result} = decide(article({tail: ['Source: Reuters', promotion]}))
  expect(of(promotion)).toMatchObject({label: 'ui', rule: 'promo'})
  expect(of('Source: Reuters')).toMatchObject({label: 'source', rule: 'source'})
  expect(result.metadata.source).toBe('Reuters')
})
