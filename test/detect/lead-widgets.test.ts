import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('drops short widgets between the lead and the text but keeps a subheading there', () => {
  const input = article().replace('\n\nResidents', '\n\n87\nListen\n\nWhy the suburbs waited\n\nResidents')
  const {of} = decide(input)
  expect(of('87')).toMatchObject({label: 'ui', rule: 'lead-widgets'})
  expect(of('Why the suburbs waited').label).toBe('heading')
})
