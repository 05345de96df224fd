import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a file name left where an image stood', () => {
  const {of} = decide(article({body: [PROSE[1]!, 'night-bus-depot_2025-03.jpg', PROSE[2]!, PROSE[3]!]}))
  expect(of('night-bus-depot_2025-03.jpg')).toMatchObject({label: 'media', rule: 'media-file'})
})
