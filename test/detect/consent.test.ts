import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('drops a cookie banner and its buttons outside the article', () => {
  const banner = ['We use cookies to improve your experience and to show you relevant advertising.', 'Accept all', 'Manage my preferences']
  const {of} = decide(article({tail: [banner]}))
  expect(of(banner[0]!)).toMatchObject({label: 'ui', rule: 'consent'})
  expect(of('Manage my preferences')).toMatchObject({label: 'ui', rule: 'consent'})
})
