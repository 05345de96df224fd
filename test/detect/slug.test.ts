import {expect, it} from 'vitest'
import {blocks, decide, PROSE_VI} from '../helpers.js'

it('drops de-accented slugs on a page written with diacritics', () => {
  const input = blocks('Hà Nội cải tạo hệ thống thoát nước trước mùa mưa', ...PROSE_VI, ['infographic gia vang tang manh', 'nhung diem moi ve bao hiem that nghiep'])
  const {of} = decide(input)
  expect(of('infographic gia vang tang manh')).toMatchObject({label: 'infographic', rule: 'slug'})
  expect(of('nhung diem moi ve bao hiem that nghiep')).toMatchObject({label: 'infographic', rule: 'slug'})
})
