import {expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {article, blocks, decide, page, PROSE} from '../helpers.js'

it('labels the lead, subheadings and body, and builds the text from them', () => {
  const input = article({body: [PROSE[1]!, 'What riders will pay', PROSE[2]!, 'Q: Will fares rise?', PROSE[3]!]})
  const {of, result} = decide(input)
  expect(of(PROSE[0]!)).toMatchObject({label: 'lead', rule: 'article-body'})
  expect(of('What riders will pay').label).toBe('heading')
  expect(of('Q: Will fares rise?').label).toBe('body')
  expect(result.lead).toBe(PROSE[0])
  expect(result.text).toBe([PROSE[0], PROSE[1], 'What riders will pay', PROSE[2], 'Q: Will fares rise?', PROSE[3]].join('\n\n'))
})

it('takes a standfirst without a full stop above the byline block as the lead', () => {
  const standfirst = 'Shift workers in three suburbs will get buses every half hour through the night from September under a plan the council approved'
  const input = article({afterTitle: [standfirst, ['Jane Doe', 'Fri 14 Mar 2025 07.00 GMT', 'Share']]})
  const {of, result} = decide(input)
  expect(of(standfirst).label).toBe('lead')
  expect(of('Jane Doe').label).toBe('byline')
  expect(result.metadata.published).toBe('2025-03-14T07:00:00+00:00')
})

it('takes a standfirst in the title\'s own block as the lead, not as a list of two links', () => {
  const title = 'Council extends night buses to three suburbs'
  const standfirst = 'Shift workers will get a bus every half hour through the night from September under the plan'
  const {of, result} = decide(blocks([title, standfirst], ...PROSE))
  expect(of(title).label).toBe('title')
  expect(of(standfirst)).toMatchObject({label: 'lead', rule: 'article-body'})
  expect(result.metadata.related).toEqual([])
})

it('keeps a last paragraph that follows a newsletter box set into the article', () => {
  const last = 'The council will publish the new timetable on its website in August.'
  const box = ['Sign up for our daily newsletter', 'Get the biggest stories from across the region in your inbox every morning.', 'Sign up', 'We use your sign-up to send you news. Privacy notice.']
  const {of, result} = decide(article({body: [...PROSE.slice(1), box, last], tail: [['Most read', 'Harbour crane contract goes to local firm', 'Ferry strike called off after late-night talks']]}))
  expect(of('Sign up for our daily newsletter').label).toBe('ui')
  expect(of(last)).toMatchObject({label: 'body', rule: 'article-body'})
  expect(result.text.endsWith(last)).toBe(true)
})

it('takes a headline that opens the article as the title when none was found above it', () => {
  // The alt-text repeat and its teaser form a list item; what follows opens the article.
  const input = page(
    'Airport opening delayed to the end of the year',
    'Airport opening delayed to the end of the year',
    PROSE[0]!,
    '14/03/2024 08:30 GMT+7',
    '14/03/2024 08:30 GMT+7',
    'Council extends night buses to three suburbs',
    PROSE[4]!
  )
  const {of, result} = decide(input)
  expect(of('Council extends night buses to three suburbs')).toMatchObject({label: 'title', rule: 'article-body'})
  expect(result.title).toBe('Council extends night buses to three suburbs')
  expect(result.text).toBe(PROSE[4])
  // Cleaned again, the text stays the text.
  expect(clean(result.text).text).toBe(result.text)
})

it('takes a heading that heads its paragraph\'s block on a page that separates its paragraphs', () => {
  const heading = 'Opposition questions the cost'
  const {of} = decide(article({body: [PROSE[1]!, PROSE[2]!, [heading, PROSE[3]!], PROSE[4]!]}))
  expect(of(heading)).toMatchObject({label: 'heading', rule: 'article-body'})
  expect(of(PROSE[3]!).label).toBe('body')
})

it('finds the standfirst above the byline, the dates and a long row of share and text-size buttons', () => {
  const standfirst = 'From 17 March, patients who arrive between 8 p.m. and 8 a.m. will have to go to the hospital in the next town, the health authority said'
  const buttons = ['Share', 'Facebook', 'X', 'WhatsApp', 'LinkedIn', 'Email', 'Print', 'Copy link', 'Text size', 'A−', 'A+']
  const input = blocks('Night closures for the emergency room', standfirst, ['Jane Fortin', 'Published March 12, 2025 at 6:00 a.m.', 'Updated March 12, 2025 at 9:41 a.m.'], buttons, ...PROSE)
  const {of} = decide(input)
  expect(of(standfirst)).toMatchObject({label: 'lead'})
  expect(of('Night closures for the emergency room')).toMatchObject({label: 'title'})
})

it('starts the article at a key-points box that opens it, its heading included', () => {
  const box = ['What you need to know:', PROSE[0]!, PROSE[1]!, PROSE[2]!]
  const {of} = decide(blocks('Council extends night buses to three suburbs', ['By Jane Doe', 'March 12, 2025'], box, PROSE[3]!, PROSE[4]!))
  expect(of('What you need to know:').label).toBe('heading')
  expect(of(PROSE[0]!).label).not.toBe('related')
})

it('finds the standfirst above a row of buttons no lexicon knows', () => {
  const standfirst = 'From 17 March, patients who arrive between 8 p.m. and 8 a.m. will have to go to the hospital in the next town, the health authority said'
  const row = ['Toot this', 'Skeet this', 'Thread this', 'Pin this', 'Mail this', 'Print this', 'Listen · 4:12', 'Type size', 'Smaller', 'Larger']
  const {of} = decide(blocks('Night closures for the emergency room', standfirst, ['Jane Fortin', 'Published March 12, 2025 at 6:00 a.m.', '3 comments'], row, ...PROSE))
  expect(of(standfirst)).toMatchObject({label: 'lead'})
})

it('ends the article at a comments section: the readers\' comments are no text of it', () => {
  const comments = ['Comments', '2 comments', 'harbour_reader', '2 hours ago', 'Always the same people pay. The help comes late and badly, when it comes.', 'J. Smith', '1 hour ago', 'Someone should also look at what comes down the river, it is not only the rain.']
  const {of, result} = decide(article({tail: [comments, 'Most read', ['Harbour crane contract goes to local firm', 'School board delays vote on four-day week']]}))
  expect(of(comments[4]!).label).not.toBe('body')
  expect(of(comments[7]!).label).not.toBe('body')
  expect(result.text).not.toContain('Always the same people pay')
})

it('finds a standfirst shorter than the title when it is a sentence with its full stop', () => {
  const title = 'Bukit Batok hawker centre to close for six months of upgrading; stallholders get rent waiver'
  const standfirst = 'Some 40 stallholders will move to a temporary food centre in a nearby carpark from July 7.'
  const {of} = decide(blocks(title, standfirst, ['Ng Hui Min', 'Published Jun 18, 2025, 06:45 PM'], ['Listen to this article', 'Gift this article', 'Follow topic'], ...PROSE))
  expect(of(standfirst)).toMatchObject({label: 'lead'})
  expect(of('Follow topic').label).toBe('ui')
})

it('keeps the article\'s first paragraphs when a box of links cuts it in two and they stand under a button and a captioned photo', () => {
  const first = 'The trade fair opened on Thursday in the provincial capital, with more than 200 booths from companies of both countries.'
  const second = 'According to the organisers, the fair will run for five days and expects about 50,000 visitors, most of them from the province.'
  const box = ['Related', 'Trade between the two countries reached a record last year', 'Border province firms look for new partners abroad']
  const input = blocks('Trade fair opens in the provincial capital', ['Share', 'Print'], first, 'Delegates cut the ribbon at the opening. (Photo: Jane Roe/Agency)', second, box, ...PROSE)
  const {of} = decide(input)
  expect(of(first).label).toBe('lead')
  expect(of(second).label).toBe('body')
  for (const line of box) expect(of(line).label, line).toBe('related')
})

it('keeps the article whole on a page without blank lines when a comment count and the comments follow its lead', () => {
  const input = page('Council extends night buses to three suburbs', PROSE[0]!, 'Comments (12)', 'Share', 'Print', ...PROSE.slice(1))
  const {of} = decide(input)
  for (const paragraph of PROSE.slice(1)) expect(of(paragraph).label, paragraph).toBe('body')
})

it('takes no one-word kicker with a colon above the lead for a box heading', () => {
  const {of} = decide(blocks('Council extends night buses to three suburbs', 'EXCLUSIVE:', ...PROSE))
  expect(of('EXCLUSIVE:').label).not.toBe('heading')
  expect(of(PROSE[0]!).label).toBe('lead')
})

it('keeps the items a sentence introduces with a colon, in the block under it, as text', () => {
  const items = ['All of Laurel Falls Borough north of Mill Creek', 'Hollis Township, including the Westbrook and Ridgeview developments', 'Businesses along Route 9 from Quarry Street to the Cedar Run shopping center']
  const {of} = decide(article({body: [PROSE[1]!, 'The advisory covers customers in the following areas:', items, PROSE[2]!, PROSE[3]!]}))
  for (const item of items) expect(of(item).label, item).toBe('body')
})

it('drops an embedded post\'s frame lines and keeps its text', () => {
  const post = ['View this post on Instagram', 'No water means no tea, no washing up and no loos, so sadly we\'re closed today and probably tomorrow too.', 'A post shared by The Riverside Tea Rooms (@riversidetearooms)']
  const {of} = decide(article({body: [PROSE[1]!, 'The tea rooms posted this message to customers on Instagram:', post, PROSE[2]!, PROSE[3]!]}))
  expect(of(post[0]!).label).toBe('ui')
  expect(['ui', 'media', 'related']).toContain(of(post[2]!).label)
  expect(of(post[1]!).label).toBe('body')
})
