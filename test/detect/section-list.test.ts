import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a section heading and the list under it after the article', () => {
  const {of, result} = decide(article({tail: ['Most read', ['Harbour crane contract goes to local firm', 'School board delays vote on four-day week'], 'Comments', 'Be the first to comment']}))
  expect(of('Most read')).toMatchObject({label: 'related', rule: 'section-list'})
  expect(of('School board delays vote on four-day week')).toMatchObject({label: 'related', rule: 'section-list'})
  expect(of('Be the first to comment')).toMatchObject({label: 'ui', rule: 'section-list'})
  expect(result.metadata.related).toContain('School board delays vote on four-day week')
})

it('inside the article takes only the box of headlines under the heading', () => {
  const input = article({body: [PROSE[1]!, ['Related', 'Harbour crane contract goes to local firm'], PROSE[2]!, PROSE[3]!]})
  const {of} = decide(input)
  expect(of('Harbour crane contract goes to local firm')).toMatchObject({label: 'related', rule: 'section-list'})
  expect(of(PROSE[2]!).label).toBe('body')
})

it('leaves menu items before the article to position, not to list headings', () => {
  const {of} = decide(article({head: [['Video', 'Latest', 'World', 'Business']]}))
  expect(of('Video')).toMatchObject({label: 'ui', rule: 'outside-article'})
})
