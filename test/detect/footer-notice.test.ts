import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a copyright notice printed between two paragraphs', () => {
  const notice = '© 2024 Example Media Company. All rights reserved.'
  const [, second, third, ...rest] = PROSE
  const {of} = decide(article({body: [second!, notice, third!, ...rest]}))
  expect(of(notice)).toMatchObject({label: 'footer', rule: 'footer-notice'})
  expect(of(third!).label).toBe('body')
})

it('keeps a paragraph that only mentions copyright', () => {
  const paragraph = 'The copyright office said it had received more than 200 complaints about the new rules, most of them from small publishers and photographers.'
  const [, second, ...rest] = PROSE
  const {of} = decide(article({body: [second!, paragraph, ...rest]}))
  expect(of(paragraph).label).toBe('body')
})

it('keeps a sentence of the article that gives an address to write to', () => {
  const sentence = 'Residents who want to comment on the routes can write to the transport office at routes@example.gov before the end of the month.'
  const [, second, ...rest] = PROSE
  const {of} = decide(article({body: [second!, sentence, ...rest]}))
  expect(of(sentence).label).toBe('body')
})
