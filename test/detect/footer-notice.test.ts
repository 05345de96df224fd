import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops a copyright notice printed between two paragraphs', () => {
  const notice = '© 2024 Example Media Company. All rights reserved.'
  const [, second, third, ...rest] = PROSE
  const {of} = decide(article({body: [second!, notice, third!, ...rest]}))
  expect(of(notice)).toMatchObject({label: 'footer', rule: 'footer-notice'})
  expect(of(third!).label).toBe('body')
})

it('keeps a paragraph that only mentions copyright', () => {
  const paragraph = 'The copyright office said it had received more than 200 complaints about the new rules, most of them from small publishers and photographers.'
  const [, second, ...rest] = PROSE
  const {of} = decide(article({body: [second!, paragraph, ...rest]}))
  expect(of(paragraph).label).toBe('body')
})

it('keeps a sentence of the article that gives an address to write to', () => {
  const sentence = 'Residents who want to comment on the routes can write to the transport office at routes@example.gov before the end of the month.'
  const [, second, ...rest] = PROSE
  const {of} = decide(article({body: [second!, sentence, ...rest]}))
  expect(of(sentence).label).toBe('body')
})

it('drops a legal paragraph printed in one block with a contact line at the end of the article', () => {
  const notice = 'All rights reserved. This material, and other digital content on this website, may not be reproduced, published or redistributed in whole or in part without prior written permission.'
  const contact = 'Contact: newsroom@harbourpost.example'
  const tail = ['Share this story:', 'Join The Harbour Post WhatsApp channel for breaking news and exclusive stories', [notice, contact],
    ['Tags:', 'Transport', 'Buses'], 'Most read', ['Police arrest three over break-in at the marina', 'Ferry fares to rise from June', 'New school opens in the east end']]
  const {of} = decide(article({tail}))
  expect(of(notice)).toMatchObject({label: 'footer'})
  expect(of(contact)).toMatchObject({label: 'footer'})
})

it('keeps a paragraph that names a company when no contact or copyright line shares its block', () => {
  const paragraph = 'The operator, Harbour Transit Limited, said all rights to the routes would return to the council in 2027 if targets were missed.'
  const {of} = decide(article({body: [PROSE[1]!, paragraph, PROSE[2]!]}))
  expect(of(paragraph).label).toBe('body')
})
