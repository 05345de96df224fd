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

it("drops a portal's closing plug for its own coverage and an ad's \"story continues\" label", () => {
  const plug = ['Catch all the Latest News, Breaking News and Mumbai News along with Top Headlines and live updates on The Metro Chronicle.', 'Get Current Updates on India News, Weather Today, Cricket Score and more.']
  const {of} = decide(article({body: [PROSE[1]!, 'Story continues below this ad', PROSE[2]!, PROSE[3]!, plug, PROSE[4]!]}))
  expect(of(plug[0]!)).toMatchObject({label: 'ui', rule: 'promo'})
  expect(of(plug[1]!)).toMatchObject({label: 'ui', rule: 'promo'})
  expect(of('Story continues below this ad').label).toBe('ui')
})

it('drops a long promotion on its own line that opens with the call to action, and keeps a paragraph about the app', () => {
  const promo = 'Join our WhatsApp channel: get the most important news of the day, opinion pieces, entertainment and trends on your phone, free, every morning and every evening with the Harbour Daily Courier.'
  const news = 'The city launched a WhatsApp channel for flood alerts on Monday, and officials urged residents to join it before the rainy season begins next month in the lower districts.'
  const {of} = decide(article({body: [PROSE[1]!, promo, news, PROSE[2]!]}))
  expect(of(promo)).toMatchObject({label: 'ui', rule: 'promo'})
  expect(of(news).label).toBe('body')
})
