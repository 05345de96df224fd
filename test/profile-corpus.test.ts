/**
 * Profiles learned on 5,000 generated pages of five synthetic portals (one profile per site,
 * 1,000 pages each) remove their template and keep their articles, in made-up languages no
 * lexicon knows, and stay bounded.
 */
import {expect, it} from 'vitest'
import {clean, learnProfile, profileToJSON} from '../src/index.js'
import {generateCorpus} from './support/corpus.js'

const CONTENT = new Set(['lead', 'body', 'heading'])

it('removes template lines with precision >= 0.99 and keeps >= 0.99 of article lines', () => {
  const corpus = generateCorpus(5000)
  // A capacity under the sites' distinct lines, so the bounded (sketched) path is the one measured.
  const profiles = [0, 1, 2, 3, 4].map((portal) => learnProfile(corpus.filter((page) => page.portal === portal).map((page) => page.text), {capacity: 4096}))
  expect(profiles.map((profile) => profile.pages)).toEqual([1000, 1000, 1000, 1000, 1000])
  let template = 0, templateDropped = 0, profileDropped = 0, profileDroppedTemplate = 0, article = 0, articleKept = 0
  let sampledTemplate = 0, templateDroppedSampled = 0, templateDroppedAlone = 0
  for (const [n, page] of corpus.entries()) {
    const withProfile = clean(page.text, {profile: profiles[page.portal]!})
    // Without the profile, on a sample: what the profile adds.
    const alone = n % 10 === 0 ? clean(page.text) : undefined
    page.truth.forEach((truth, i) => {
      const decision = withProfile.lines[i]!
      if (truth === 'template') {
        template++
        if (!CONTENT.has(decision.label)) templateDropped++
        if (alone) {
          sampledTemplate++
          if (!CONTENT.has(decision.label)) templateDroppedSampled++
          if (!CONTENT.has(alone.lines[i]!.label)) templateDroppedAlone++
        }
      }
      if (truth === 'article') {
        article++
        if (CONTENT.has(decision.label) || decision.label === 'title') articleKept++
      }
      if (decision.rule === 'profile') {
        profileDropped++
        if (truth === 'template') profileDroppedTemplate++
      }
    })
  }
  expect(profileDropped).toBeGreaterThan(0)
  expect(profileDroppedTemplate / profileDropped).toBeGreaterThanOrEqual(0.99)
  expect(articleKept / article).toBeGreaterThanOrEqual(0.99)
  expect(templateDropped / template).toBeGreaterThanOrEqual(0.99)
  // The profile adds what one page cannot tell: alone, the cleaner keeps the promotion set between paragraphs.
  expect(templateDroppedAlone / sampledTemplate).toBeLessThan(0.99)
  expect(templateDroppedSampled / sampledTemplate).toBeGreaterThanOrEqual(0.99)
  // Bounded: past the capacity a profile is fixed-size sketches.
  for (const profile of profiles) {
    expect(profile.table).toBeNull()
    expect(JSON.stringify(profileToJSON(profile)).length).toBeLessThan(360_000)
  }
}, 120_000)
