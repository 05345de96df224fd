import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a "read more" link set into the article and keeps its headline', () => {
  const link = 'Read more: Harbour crane contract goes to local firm'
  const {of, result} = decide(article({body: [PROSE[1]!, link, PROSE[2]!, PROSE[3]!]}))
  expect(of(link)).toMatchObject({label: 'related', rule: 'read-more'})
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm'])
})
