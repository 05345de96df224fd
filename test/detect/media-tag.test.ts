import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops the title of an embedded video', () => {
  const embed = '[Video] The first night bus leaves the central station'
  expect(decide(article({body: [PROSE[1]!, embed, PROSE[2]!, PROSE[3]!]})).of(embed)).toMatchObject({label: 'media', rule: 'media-tag'})
})
