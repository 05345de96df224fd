import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('drops a block of video items, the untagged ones too', () => {
  const list = ['[Video] Crews clear debris from the creek', 'VIDEO: Robotics team heads to the state finals', 'Downtown garage reopens after repairs', '[Video] Volunteers fill sandbags at the fairgrounds']
  const {of} = decide(article({tail: [list]}))
  for (const line of list) expect(of(line), line).toMatchObject({label: 'media', rule: 'media-list'})
})

it('drops a block headed by a tagged line', () => {
  const list = ['VIDEOS: the best moments of the week', 'Goalkeeper saves two penalties in the semifinal', 'Coach explains the late substitution']
  const {of} = decide(article({tail: [list]}))
  expect(of('Coach explains the late substitution')).toMatchObject({label: 'media', rule: 'media-list'})
})
