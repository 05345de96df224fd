/**
 * Site profiles: learning, merging (property tests: union = merge of shards, associative,
 * commutative, in canonical JSON), serialization, and their effect on cleaning.
 */
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {clean, DechromeError, learnProfile, mergeProfiles, profileFromJSON, profileToJSON} from '../src/index.js'
// @ts-expect-error: a plain ES module shared with the scoring script.
import {scoreFixture} from '../scripts/score.mjs'

const json = (profile: Parameters<typeof profileToJSON>[0]) => JSON.stringify(profileToJSON(profile))

// Pages from a few templates: shared lines, and lines of their own.
const pageArbitrary = fc.record({
  template: fc.integer({min: 0, max: 3}),
  own: fc.array(fc.stringMatching(/^[a-z]{3,8}( [a-z]{3,8}){2,6}$/), {maxLength: 6})
}).map(({template, own}) => [`Menu of site ${template}`, `Section ${template} heading line`, ...own, `© 2025 Site ${template} Media`].join('\n\n'))
const shardsArbitrary = fc.array(fc.array(pageArbitrary, {maxLength: 8}), {minLength: 1, maxLength: 4})

describe('mergeProfiles', () => {
  for (const capacity of [1_000_000, 12]) {
    const where = capacity === 12 ? 'past the capacity (sketched)' : 'under the capacity (exact)'
    it(`equals learning on the union of the shards, ${where}`, () => {
      fc.assert(fc.property(shardsArbitrary, (shards) => {
        const merged = shards.map((pages) => learnProfile(pages, {capacity})).reduce((a, b) => mergeProfiles(a, b))
        expect(json(merged)).toBe(json(learnProfile(shards.flat(), {capacity})))
      }), {numRuns: 60})
    })

    it(`is associative and commutative, ${where}`, () => {
      fc.assert(fc.property(pageArbitrary.chain(() => fc.tuple(fc.array(pageArbitrary), fc.array(pageArbitrary), fc.array(pageArbitrary))), ([a, b, c]) => {
        const [pa, pb, pc] = [a, b, c].map((pages) => learnProfile(pages, {capacity}))
        expect(json(mergeProfiles(pa!, pb!))).toBe(json(mergeProfiles(pb!, pa!)))
        expect(json(mergeProfiles(mergeProfiles(pa!, pb!), pc!))).toBe(json(mergeProfiles(pa!, mergeProfiles(pb!, pc!))))
      }), {numRuns: 60})
    })
  }

  it('keeps the page count exact and switches to sketches past the capacity', () => {
    const pages = Array.from({length: 50}, (_, i) => `Menu\n\nunique line number ${i} of the corpus`)
    const profile = learnProfile(pages, {capacity: 10})
    expect(profile.pages).toBe(50)
    expect(profile.table).toBeNull()
    expect(profileToJSON(profile).sketch).toMatchObject({width: 8192, depth: 4})
  })
})

describe('profile JSON', () => {
  it('round-trips, exact and sketched', () => {
    const pages = Array.from({length: 30}, (_, i) => `Menu\n\nLine ${i}\n\n© Example`)
    for (const capacity of [1000, 5]) {
      const profile = learnProfile(pages, {capacity})
      expect(json(profileFromJSON(JSON.stringify(profileToJSON(profile))))).toBe(json(profile))
    }
  })

  it('refuses an unknown version and a malformed file with a clear error', () => {
    const good = profileToJSON(learnProfile(['Menu']))
    expect(() => profileFromJSON({...good, version: 2})).toThrow(expect.objectContaining({code: 'UNSUPPORTED_PROFILE_VERSION'}))
    expect(() => profileFromJSON('{not json')).toThrow(expect.objectContaining({code: 'INVALID_PROFILE'}))
    expect(() => profileFromJSON({...good, lines: [['xyz', 1, 0]]})).toThrow(/lines\[0\] is not \[fingerprint, pages, outside\]/)
    expect(() => profileFromJSON({...good, pages: -1})).toThrow(DechromeError)
  })
})

describe('cleaning with a profile', () => {
  it('ignores a profile learned on too few pages, and says so', () => {
    const profile = learnProfile(['Menu\n\nSome text of a page', 'Menu\n\nOther text of a page'])
    expect(clean('Menu\n\nA third page', {profile}).profile).toEqual({used: false, reason: 'the profile was learned on 2 pages; at least 5 are needed'})
  })

  it('leave-one-out on the seeds: a profile of the other seeds never lowers a page\'s line F1', () => {
    const dir = path.resolve(import.meta.dirname, '..', 'fixtures')
    const seeds = fs.readdirSync(dir).filter((name) => name.startsWith('seed')).sort()
    const fixtures = seeds.map((name) => ({
      name,
      page: fs.readFileSync(path.join(dir, name, 'page.txt'), 'utf8'),
      labels: fs.readFileSync(path.join(dir, name, 'labels.tsv'), 'utf8').replace(/\n$/, '').split('\n').map((row) => row.split('\t')[1]),
      meta: JSON.parse(fs.readFileSync(path.join(dir, name, 'meta.json'), 'utf8'))
    }))
    for (const fixture of fixtures) {
      const others = learnProfile(fixtures.filter((other) => other !== fixture).map((other) => other.page))
      const alone = scoreFixture(fixture, clean(fixture.page))
      const withProfile = scoreFixture(fixture, clean(fixture.page, {profile: others, profileMinPages: 4}))
      expect(withProfile.f1, fixture.name).toBeGreaterThanOrEqual(alone.f1)
      expect(withProfile.result.profile.used).toBe(true)
    }
  })
})
