import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a newsletter box set into the article', () => {
  const box = ['Sign up to The Morning Briefing', 'Free daily newsletter', 'Get the news that matters delivered to your inbox every morning.']
  const input = article({body: [PROSE[1]!, box, PROSE[2]!, PROSE[3]!]})
  const {of} = decide(input)
  for (const line of box) expect(of(line)).toMatchObject({label: 'ui', rule: 'promo'})
  expect(of(PROSE[2]!).label).toBe('body')
})

it('keeps a sentence of the article that mentions an app and a newsletter once', () => {
  const sentence = 'The council said residents could also sign up for flood alerts through its website during the storm season.'
  expect(decide(article({body: [PROSE[1]!, sentence, PROSE[2]!]})).of(sentence).label).toBe('body')
})

it('drops the lines of a subscription wall, and the article ends above them', () => {
  const wall = ['You have 75% of this article left to read. Subscribe to continue reading.', 'Already a subscriber? Log in']
  const {of, result} = decide(article({tail: wall}))
  for (const line of wall) expect(of(line), line).toMatchObject({label: 'ui', rule: 'promo'})
  expect(result.metadata.related).toEqual([])
  expect(result.text).not.toContain('Subscribe')
})
