import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

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

it('drops a short block with a running time alone on a line as an embedded video', () => {
  const {of} = decide(article({tail: [['Play video', 'Flood barriers tested on the river walk', '01:24']]}))
  expect(of('Flood barriers tested on the river walk')).toMatchObject({label: 'media', rule: 'media-list'})
})

it('leaves a most-read list whose items are a clock time over a headline to the list', () => {
  const items = [['10:05', 'Three hurt in a crash on the coast road'], ['09:45', 'School exam dates announced for June'], ['09:20', 'National team names its squad for March']]
  const {of} = decide(article({tail: ['Most read', ...items]}))
  for (const [time, headline] of items) {
    expect(of(time!)).toMatchObject({label: 'related', rule: 'section-list'})
    expect(of(headline!)).toMatchObject({label: 'related', rule: 'section-list'})
  }
})

it('drops an embedded player\'s title and its position over the running time', () => {
  const embed = ['VIDEO | Crews clear debris from the creek', '00:00 / 01:12']
  const {of} = decide(article({body: [PROSE[1]!, embed, PROSE[2]!, PROSE[3]!]}))
  expect(of('00:00 / 01:12').label).toBe('media')
  expect(of(embed[0]!).label).toBe('media')
})

it('drops a photo gallery\'s position over the caption', () => {
  const gallery = ['1 / 12', 'The stretch of road by the bridge where the works begin. Photo: Jane Roe']
  const {of} = decide(article({body: [PROSE[1]!, gallery, PROSE[2]!, PROSE[3]!]}))
  expect(of('1 / 12')).toMatchObject({label: 'media', rule: 'media-list'})
  expect(of(gallery[1]!).label).toBe('caption')
})

it('drops a gallery position written in words ("Foto 1 di 12", "Photo 3 of 12"), and takes no list of links for it', () => {
  const gallery = ['Photo 3 of 12', 'The ceiling fresco uncovered during the restoration', 'Photo: Studio Bresciani']
  const {of} = decide(article({body: [PROSE[1]!, gallery, PROSE[2]!, PROSE[3]!]}))
  expect(of('Photo 3 of 12')).toMatchObject({label: 'media', rule: 'media-list'})
  expect(of(gallery[1]!).label).toBe('caption')
})

it('takes no "24/7" or date for a gallery position', () => {
  const {of} = decide(article({body: [PROSE[1]!, ['Helpline', '24/7'], PROSE[2]!, PROSE[3]!]}))
  expect(of('24/7').rule).not.toBe('media-list')
})
