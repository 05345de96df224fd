import {expect, it} from 'vitest'
import {article, decide, page, PROSE} from '../helpers.js'

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

it('finds the footer under a list of headlines when a cookie notice closes the page', () => {
  const notice = 'We use cookies to give you a better experience. Read more about cookies.'
  const input = article({
    tail: [
      ['Most read', 'Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks'],
      ['Example Media Ltd, 12 Harbour Road, Portsmouth', 'Phone 023 9212 3456 | newsroom@example.co.uk', '\u00A9 2025 Example Media. All rights reserved.', notice]
    ]
  })
  const {of, result} = decide(input)
  expect(of('Example Media Ltd, 12 Harbour Road, Portsmouth')).toMatchObject({label: 'footer', rule: 'footer'})
  expect(of('Phone 023 9212 3456 | newsroom@example.co.uk')).toMatchObject({label: 'footer', rule: 'footer'})
  expect(of(notice)).toMatchObject({label: 'ui', rule: 'consent'})
  // The footer's lines are no headlines of the list above them.
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks'])
  expect(result.metadata.siteName).toBe('Example Media')
})

it('names the site from its copyright notice, without a company form or a second "Copyright"', () => {
  const siteOf = (notice: string) => decide(article({tail: [['Národní 10, 110 00 Praha 1 | Tel.: +420 222 333 444', notice]]})).result.metadata.siteName
  expect(siteOf('\u00A9 2025 Zprávy a.s. Všechna práva vyhrazena.')).toBe('Zprávy')
  expect(siteOf('\u00A9 Copyright 2025 Editoriale Metropolitana S.p.A. Tutti i diritti sono riservati')).toBe('Editoriale Metropolitana')
  expect(siteOf('\u00A9 2025 Example Media Ltd. All rights reserved.')).toBe('Example Media Ltd')
  expect(siteOf('\u00A9 Uutismedia Oy 2025')).toBe('Uutismedia Oy')
  // A notice after the sign names no site.
  expect(siteOf('\u00A9 2025 Todos os dereitos reservados')).toBeNull()
  expect(siteOf('\u00A9 Le Quotidien du Sud 2025 - Tous droits réservés')).toBe('Le Quotidien du Sud')
  expect(siteOf('\u00A9 2025 ТОВ \u00ABНовини Медіа\u00BB. Усі права захищені.')).toBe('Новини Медіа')
  expect(siteOf('Copyright \u00A9 Harbour Press 2019\u20132025')).toBe('Harbour Press')
})

it('finds a copyright notice written as a word at the foot of a page without blank lines, and not the list above it', () => {
  const notice = 'Copyright 2025 Harrogate Advertiser Ltd. All rights reserved.'
  const input = page('Two arrested after jewellery shop raid', ...PROSE.slice(0, 3), 'Most popular', 'Road closed after crash near Ripon', 'School rated outstanding by Ofsted', notice)
  const {of, result} = decide(input)
  expect(of(notice)).toMatchObject({label: 'footer', rule: 'footer'})
  expect(of('School rated outstanding by Ofsted').label).toBe('related')
  expect(result.metadata.siteName).toBe('Harrogate Advertiser Ltd')
})

it('takes into the footer a company line of its block that ends with a full stop', () => {
  const address = 'Harbour Press Ltd. · 12 Quay Street, Bristol BS1 4DJ.'
  const input = article({tail: [['Comments', 'Have your say!'], [address, 'About us | Privacy | Contact', '\u00A9 2025 Harbour Press. All rights reserved.']]})
  const {of} = decide(input)
  expect(of(address)).toMatchObject({label: 'footer', rule: 'footer'})
  expect(of('About us | Privacy | Contact')).toMatchObject({label: 'footer', rule: 'footer'})
})

it('on a page without blank lines, stops the footer under the lists above it', () => {
  const input = [
    'Council extends night buses to three suburbs',
    ...PROSE.slice(0, 3),
    'Most read',
    'Harbour crane contract goes to local firm',
    'Ferry strike called off after late-night talks',
    'Tags',
    'transport',
    'buses',
    'Example Media Ltd, 12 Harbour Road, Portsmouth',
    'Phone 023 9212 3456 | newsroom@example.co.uk',
    '\u00A9 Example Media 2025'
  ].join('\n')
  const {of, result} = decide(input)
  expect(of('Most read').label).toBe('related')
  expect(of('Harbour crane contract goes to local firm').label).toBe('related')
  expect(of('transport').label).toBe('ui')
  expect(of('Example Media Ltd, 12 Harbour Road, Portsmouth')).toMatchObject({label: 'footer', rule: 'footer'})
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks'])
  expect(result.metadata.siteName).toBe('Example Media')
})

it('takes a postal address above the footer\'s lines into the footer, on a page without blank lines', () => {
  const address = 'Bergens Tidende AS, Krinkelkroken 1, 5014 Bergen'
  const input = [
    'Council extends night buses to three suburbs', ...PROSE.slice(0, 3),
    'Most read', 'Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks',
    address, 'Telefon 55 21 40 00 | tips@bt-eksempel.no', '\u00A9 2025 Bergens Tidende'
  ].join('\n')
  const {of, result} = decide(input)
  expect(of(address)).toMatchObject({label: 'footer', rule: 'footer'})
  expect(result.metadata.related).toEqual(['Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks'])
})
