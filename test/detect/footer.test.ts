import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('drops the company footer at the end of the page, unlabelled lines inside it included', () => {
  const input = article({tail: [['logo', 'CÔNG TY CỔ PHẦN TRUYỀN THÔNG SỐ', 'Giấy phép số 123/GP-BTTTT', 'KHU VỰC PHÍA NAM', 'Địa chỉ: 12 Lý Thường Kiệt, Hà Nội', 'Điện thoại: 024 3825 1234', 'Email: toasoan@example.vn']]})
  const {of} = decide(input)
  for (const line of ['logo', 'CÔNG TY CỔ PHẦN TRUYỀN THÔNG SỐ', 'KHU VỰC PHÍA NAM', 'Email: toasoan@example.vn']) {
    expect(of(line)).toMatchObject({label: 'footer', rule: 'footer'})
  }
})

it('leaves a paragraph that mentions a company at the end of the article', () => {
  const last = 'The company said in a statement that it would appeal the ruling and that the plant would keep running until the court decides.'
  const {of} = decide(article({tail: [last]}))
  expect(of(last).label).toBe('body')
})
