/**
 * Runs every fixture folder: the invariants every page must keep (one decision per line, the
 * text made only of input lines, in order) and the quality gate (no score below the minimum
 * recorded in fixtures/gate.json; a failure names the page and its mismatched lines).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: a plain ES module shared with the scoring script.
import {FIXTURES, loadFixtures, META_FIELDS, scoreFixture} from '../scripts/score.mjs'
import {LABELS, clean} from '../src/index.js'

interface Fixture {
  name: string
  page: string
  labels: string[]
  meta: Record<string, unknown>
}
interface Gate {
  f1: number
  labels: number
  meta: string[]
}

const fixtures = loadFixtures() as Fixture[]
const gate = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'gate.json'), 'utf8')) as Record<string, Gate>

describe('fixtures', () => {
  it('has gold labels for every line of every page and a gate entry for every page', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15)
    for (const fixture of fixtures) {
      expect(fixture.labels.length, fixture.name).toBe(fixture.page.split('\n').length)
      for (const label of fixture.labels) expect(LABELS, `${fixture.name}: ${label}`).toContain(label)
      expect(gate[fixture.name], `${fixture.name} has no entry in fixtures/gate.json`).toBeDefined()
    }
  })

  describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', (_name, fixture) => {
    const result = clean(fixture.page)
    const inputLines = fixture.page.split('\n')

    it('gives every input line exactly one decision, in order', () => {
      expect(result.lines).toHaveLength(inputLines.length)
      result.lines.forEach((decision, i) => {
        expect(decision.line).toBe(i + 1)
        expect(LABELS).toContain(decision.label)
        expect(decision.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
        expect(decision.reason.length).toBeGreaterThan(3)
      })
    })

    it('makes the text only of input lines, in page order', () => {
      let from = 0
      for (const paragraph of result.text === '' ? [] : result.text.split('\n\n')) {
        const at = inputLines.findIndex((line, i) => i >= from && line.trim() === paragraph)
        expect(at, `"${paragraph.slice(0, 60)}" is not an input line after line ${from}`).toBeGreaterThanOrEqual(0)
        from = at + 1
      }
    })

    it('keeps all of its cleaned text when cleaned again', () => {
      const again = clean(result.text)
      const paragraphs = result.text.split('\n\n')
      // A standfirst without a full stop opens the cleaned text the way a headline opens a page: it
      // may come back as the title (README, Known limits), and no paragraph is lost.
      const opening = again.title !== null && again.title === paragraphs[0] ? [again.title] : []
      expect([...opening, ...(again.text === '' ? [] : again.text.split('\n\n'))]).toEqual(paragraphs)
    })

    it('keeps its recorded quality', () => {
      const score = scoreFixture(fixture, result)
      const minimum = gate[fixture.name]!
      const report = score.mismatches
        .map((m: {line: number; gold: string; predicted: string; rule: string; reason: string}) =>
          `  line ${m.line}: gold ${m.gold}, got ${m.predicted} by ${m.rule} (${m.reason})`)
        .join('\n')
      expect(score.f1, `content-line F1 fell below ${minimum.f1}\n${report}`).toBeGreaterThanOrEqual(minimum.f1)
      expect(score.labels, `label accuracy fell below ${minimum.labels}\n${report}`).toBeGreaterThanOrEqual(minimum.labels)
      for (const field of minimum.meta) {
        expect(score.meta, `metadata field "${field}" no longer matches the gold ${JSON.stringify(fixture.meta[field])}`).toContain(field)
      }
      expect(META_FIELDS).toEqual(expect.arrayContaining(minimum.meta))
    })
  })
})
