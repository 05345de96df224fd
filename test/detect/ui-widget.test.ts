import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops widgets, skip links, share buttons, reading times and empty labels', () => {
  const input = article({
    head: [['Skip to main content', 'aa'], 'Theo dõi Tinmoi.vn trên'],
    afterTitle: [['Share on WhatsApp', '4 min read']],
    tail: [['Nguồn:', 'Phiên bản di động']]
  })
  const {of, result} = decide(input)
  for (const line of ['Skip to main content', 'aa', 'Share on WhatsApp', '4 min read', 'Nguồn:', 'Phiên bản di động']) {
    expect(of(line), line).toMatchObject({label: 'ui', rule: 'ui-widget'})
  }
  expect(of('Theo dõi Tinmoi.vn trên').label).toBe('ui')
  expect(result.metadata.siteName).toBe('Tinmoi.vn')
})

it('keeps a subheading that starts like a widget', () => {
  const heading = 'Theo dõi sát diễn biến của bão'
  const input = article({body: [heading, 'Các địa phương ven biển được yêu cầu theo dõi sát diễn biến của bão và chuẩn bị phương án sơ tán người dân khi cần thiết.']})
  expect(decide(input).of(heading).label).toBe('heading')
})

it('drops a label with its tags however many the tags are, and keeps them out of the related headlines', () => {
  const tags = 'Từ khóa: xe tải cấm giờ cao điểm Hà Nội giao thông'
  const {of, result} = decide(article({tail: [tags]}))
  expect(of(tags)).toMatchObject({label: 'ui', rule: 'ui-widget', reason: 'label over a list of tags or links'})
  expect(result.metadata.related).toEqual([])
})

it('drops a "follow us" call that ends in an exclamation mark, and keeps it out of the related headlines', () => {
  const calls = ['Kövessen minket a Facebookon is!', 'Follow us on Instagram!', 'Síguenos en Google News', 'Síguenos en Instagram']
  const input = article({tail: calls})
  const {of, result} = decide(input)
  for (const call of calls) expect(of(call), call).toMatchObject({label: 'ui', rule: 'ui-widget'})
  expect(result.metadata.related).toEqual([])
})

it('leaves a related link after a label to the read-more rule, and takes a label over a list of tags', () => {
  const link = 'RELATED: Lakewood residents urged to test water after new federal rule'
  const tags = 'Related: transport, buses, council'
  const input = article({body: [PROSE[1]!, link, PROSE[2]!, PROSE[3]!], tail: [tags]})
  const {of, result} = decide(input)
  expect(of(link)).toMatchObject({label: 'related', rule: 'read-more'})
  expect(of(tags)).toMatchObject({label: 'ui', rule: 'ui-widget'})
  expect(result.metadata.related).toEqual(['Lakewood residents urged to test water after new federal rule'])
})

it('drops a row of share buttons under a label no lexicon knows, and keeps a sentence that names platforms', () => {
  const input = article({afterTitle: ['Ibahagi: Facebook X Viber Messenger'], body: [PROSE[1]!, 'Facebook and X', PROSE[2]!]})
  const {of, result} = decide(input)
  expect(of('Ibahagi: Facebook X Viber Messenger')).toMatchObject({label: 'ui', rule: 'ui-widget'})
  expect(of('Facebook and X').label).not.toBe('ui')
  expect(result.title).toBe('Council extends night buses to three suburbs')
})
