import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops the numbered alt text of an image', () => {
  const alt = 'Council extends night buses to three suburbs photo 1'
  const {of} = decide(article({body: [alt, PROSE[1]!, PROSE[2]!]}))
  expect(of(alt)).toMatchObject({label: 'media', rule: 'alt-text'})
})
