import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a cookie banner and its buttons outside the article', () => {
  const banner = ['We use cookies to improve your experience and to show you relevant advertising.', 'Accept all', 'Manage my preferences']
  const {of} = decide(article({tail: [banner]}))
  expect(of(banner[0]!)).toMatchObject({label: 'ui', rule: 'consent'})
  expect(of('Manage my preferences')).toMatchObject({label: 'ui', rule: 'consent'})
})

it('drops an embed\'s cookie placeholder set between paragraphs, and keeps a paragraph about cookies', () => {
  const placeholder = ['This content is not shown because you have not accepted social media cookies.', 'Change cookie settings']
  const about = 'The regulator said on Monday that three retailers had set advertising cookies before visitors could refuse them, and fined each of them.'
  const {of} = decide(article({body: [PROSE[1]!, placeholder, about, PROSE[2]!]}))
  expect(of(placeholder[0]!)).toMatchObject({label: 'ui', rule: 'consent'})
  expect(of('Change cookie settings')).toMatchObject({label: 'ui', rule: 'consent'})
  expect(of(about).label).toBe('body')
})
