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
