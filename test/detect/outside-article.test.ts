import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('labels what is left outside the article by position and shape', () => {
  const {of} = decide(article({
    head: [['World', 'Business'], 'Heatwave grips the south as temperatures pass 40 degrees'],
    tail: ['Harbour crane contract goes to local firm after long tender', 'Hà Nội 19°C', 'Copyright 2025 City Herald. All rights reserved.']
  }))
  expect(of('World')).toMatchObject({label: 'ui', rule: 'outside-article'})
  expect(of('Harbour crane contract goes to local firm after long tender')).toMatchObject({label: 'related', rule: 'outside-article'})
  expect(of('Hà Nội 19°C')).toMatchObject({label: 'weather'})
  expect(of('Copyright 2025 City Herald. All rights reserved.')).toMatchObject({label: 'footer'})
})

it("takes the publisher's paragraphs between the last list and the footer for the footer's, and ends the list at a sign-up box", () => {
  const {of} = decide(article({
    tail: [
      ['Topics:', 'Rural Health', 'Local Government'],
      ['Share this article', 'Facebook', 'Email', 'Copy link'],
      ['Most read', 'Man charged after police pursuit ends in crash on the motorway', 'Economists tip second rate cut by May as inflation eases', 'Why your power bill could jump by $300 from July'],
      ['Get our morning newsletter for the day\'s top stories', 'Sign up'],
      'Tasman News acknowledges the Traditional Custodians of the lands where we live, learn and work.',
      ['This service may include material from agencies which is copyright and cannot be reproduced.', 'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT'],
      ['Editorial Policies · Accessibility · Privacy Policy · Terms of Use · Contact Us', '\u00A9 2025 Tasman Broadcasting Corporation']
    ]
  }))
  expect(of('Economists tip second rate cut by May as inflation eases').label).toBe('related')
  expect(of('Tasman News acknowledges the Traditional Custodians of the lands where we live, learn and work.')).toMatchObject({label: 'footer', rule: 'outside-article'})
  expect(of('AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT').label).toBe('footer')
})
