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

it('reads the agency from the first paragraph when a standfirst stands above it', () => {
  const opening = 'Madrid, 14 mar (EFE).- La Comunidad de Madrid ampliará en una hora y media el horario del metro la noche de los sábados, una medida que costará 3,2 millones de euros al año.'
  const input = article({body: [opening, 'El consejero explicó que la ampliación se aplicará en las doce líneas y que se reforzará la vigilancia en las estaciones con más afluencia.']})
  expect(decide(input).result.metadata.source).toBe('EFE')
})

it('reads an Indian agency credit, "(With inputs from PTI)", after the text', () => {
  const {of, result} = decide(article({tail: ['(With inputs from PTI)', 'Most read', 'Harbour crane contract goes to local firm']}))
  expect(of('(With inputs from PTI)').label).toBe('source')
  expect(result.metadata.source).toBe('PTI')
})
