import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {clean, cleanFile} from '../src/index.js'
import {article, PROSE} from './helpers.js'

describe('clean', () => {
  it('answers an empty page with an empty result', () => {
    expect(clean('')).toEqual({
      title: null, lead: null, text: '', lines: [],
      metadata: {published: null, authors: [], section: [], source: null, siteName: null, language: null, captions: [], related: [], wordCount: 0}
    })
  })

  it('is deterministic and the same for text and its UTF-8 bytes', () => {
    const input = article({tail: ['Most read', 'Harbour crane contract goes to local firm']})
    expect(clean(input)).toEqual(clean(input))
    expect(clean(new TextEncoder().encode(input))).toEqual(clean(input))
  })

  it('gives the same decisions for NFD, CRLF and a byte-order mark', () => {
    const input = `Hà Nội cải tạo hệ thống thoát nước\n\n${PROSE.join('\n\n')}`
    const base = clean(input).lines.map((line) => line.label)
    expect(clean(input.normalize('NFD')).lines.map((line) => line.label)).toEqual(base)
    expect(clean(input.replace(/\n/g, '\r\n')).lines.map((line) => line.label)).toEqual(base)
    expect(clean(`\uFEFF${input}`).lines.map((line) => line.label)).toEqual(base)
  })

  it('counts the words of the text', () => {
    const result = clean(article())
    expect(result.metadata.wordCount).toBe(result.text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length)
  })
})

describe('cleanFile', () => {
  it('reports every line left out of the text as a vfile message with its place and rule', () => {
    const input = article({tail: ['Most read', 'Harbour crane contract goes to local firm']})
    const file = cleanFile(input)
    const result = file.result as ReturnType<typeof clean>
    expect(result).toEqual(clean(input))
    const dropped = result.lines.filter((line) => !['lead', 'body', 'heading', 'blank'].includes(line.label))
    expect(file.messages).toHaveLength(dropped.length)
    const heading = file.messages.find((message) => message.ruleId === 'section-list')!
    expect(heading).toMatchObject({source: 'dechrome', fatal: undefined, reason: 'section heading "Most read"'})
    expect(heading.place).toMatchObject({start: {line: dropped[1]!.line, column: 1}})
    // In page order, as a reporter prints them, whatever order the detectors ran in.
    expect(file.messages.map((message) => message.line)).toEqual(dropped.map((line) => line.line))
  })

  it('fills a given vfile and keeps its path', () => {
    const file = cleanFile(new VFile({path: 'story.txt', value: article()}))
    expect(file.path).toBe('story.txt')
    expect(file.result).toBeDefined()
  })
})
