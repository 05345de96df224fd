import {describe, expect, it} from 'vitest'
import {shapeOf} from '../src/parse/shape.js'
import {countSentences} from '../src/parse/sentences.js'

describe('shapeOf', () => {
  it('reads a paragraph as prose and a headline as a headline', () => {
    const paragraph = shapeOf('The ministry said the measures would take effect next week and apply to all provinces.')
    expect(paragraph).toMatchObject({prose: true, headline: false, sentenceEnd: true, end: '.'})
    const headline = shapeOf('Ministry extends flood measures to all provinces')
    expect(headline).toMatchObject({prose: false, headline: true, sentenceEnd: false})
  })

  it('does not count Vietnamese syllables as a paragraph: a long headline stays a headline', () => {
    const headline = shapeOf('Đơn giản hóa thủ tục hành chính về kinh doanh dịch vụ việc làm và đưa người lao động đi làm việc ở nước ngoài')
    expect(headline.words).toBeGreaterThanOrEqual(25)
    expect(headline.prose).toBe(false)
    expect(headline.headline).toBe(true)
  })

  it('takes a short question for a headline but a long one for prose', () => {
    expect(shapeOf('Where does the money from the oil sales go?').headline).toBe(true)
    expect(shapeOf('Reporter: How do you assess the role of the two parliaments in promoting cooperation between the countries in the years ahead?').prose).toBe(true)
  })

  it('sees through closing quotes and brackets to the final punctuation', () => {
    expect(shapeOf('"We will rebuild the school before winter," the mayor said.').end).toBe('.')
    expect(shapeOf('He called it "a turning point."').sentenceEnd).toBe(true)
  })

  it('marks list items', () => {
    expect(shapeOf('- Memorandum on cooperation in health care;').bullet).toBe(true)
    expect(shapeOf('1. Oil edges higher').bullet).toBe(true)
  })
})

describe('countSentences (retext)', () => {
  it('counts the sentences of a short line', () => {
    expect(countSentences('Prices rose again. Buyers are worried.')).toBe(2)
    expect(countSentences('Prices rose again')).toBe(1)
  })

  it('is used where a cheap test cannot tell: two short sentences are prose', () => {
    expect(shapeOf('Prices rose again in March. Buyers are worried now.').prose).toBe(true)
  })
})
