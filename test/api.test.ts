import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.js'
import {clean} from '../src/index.js'
import {blocks, PROSE} from './helpers.js'

const root = path.resolve(import.meta.dirname, '..')

describe('public API', () => {
  it('exposes the documented names and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CHROME_LABELS', 'CONTENT_LABELS', 'DEFAULT_LANGUAGES', 'DETECTORS', 'DechromeError', 'FURNITURE_LABELS', 'LABELS',
      'LEXICONS', 'clean', 'cleanFile', 'createProcessor', 'learnProfile', 'mergeProfiles', 'profileFromJSON', 'profileToJSON',
      'resolveOptions'
    ])
    expect(api.LABELS).toHaveLength(17)
  })

  it('loads from CommonJS through require of ESM (Node >= 20.19)', () => {
    const script = `const {clean, LABELS} = require(${JSON.stringify(root)}); const r = clean('Title of a story here\\n\\nA first paragraph of the story, long enough to read as prose for the cleaner.'); console.log(JSON.stringify([typeof clean, LABELS.length, r.lines.length]))`
    const out = execFileSync(process.execPath, ['-e', script], {encoding: 'utf8'})
    expect(JSON.parse(out)).toEqual(['function', 17, 3])
  })

  it('loads from ESM by its package name', () => {
    const script = `import {clean} from 'dechrome'; console.log(typeof clean)`
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', cwd: root})
    expect(out.trim()).toBe('function')
  })
})

describe('options reuse', () => {
  it('sees a changed value in an options object passed again', () => {
    const page = blocks('Council extends night buses to three suburbs', ...PROSE)
    const options: {language?: string} = {language: 'en'}
    expect(clean(page, options).metadata.language).toBe('en')
    options.language = 'vi'
    expect(clean(page, options).metadata.language).toBe('vi')
    const same = {languages: ['en', 'fr']}
    expect(clean(page, same).metadata.language).toBe('en')
    same.languages[0] = 'de'
    expect(clean(page, same).metadata.language).not.toBe('en')
  })
})
