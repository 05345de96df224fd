/**
 * The path past one machine, run locally through the built CLI as a pipeline would run it:
 * split a JSON Lines corpus into 4 shards, learn a profile per shard (map), merge them
 * (reduce), clean each shard with the merged profile, and compare with one process doing the
 * whole corpus.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {generateCorpus} from './support/corpus.js'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist', 'cli.js')
const SHARDS = 4
let tmp: string

function dechrome(args: string[], input?: string): string {
  const out = spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  if (out.status !== 0) throw new Error(`dechrome ${args.join(' ')} exited ${out.status}: ${out.stderr}`)
  return out.stdout
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dechrome-map-reduce-'))
})
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}))

it('learns per shard, merges, cleans each shard, and matches a single-process run', () => {
  const corpus = generateCorpus(400, 4, 7).map((page, i) => JSON.stringify({id: `page-${i}`, text: page.text}))
  const whole = path.join(tmp, 'corpus.jsonl')
  fs.writeFileSync(whole, `${corpus.join('\n')}\n`)
  // Contiguous shards, as a splitter of a big file hands them out.
  const size = Math.ceil(corpus.length / SHARDS)
  const shards = Array.from({length: SHARDS}, (_, k) => {
    const file = path.join(tmp, `shard-${k}.jsonl`)
    fs.writeFileSync(file, `${corpus.slice(k * size, (k + 1) * size).join('\n')}\n`)
    return file
  })

  // Map: a profile per shard. Reduce: merge them.
  const profiles = shards.map((shard, k) => {
    const out = path.join(tmp, `profile-${k}.json`)
    dechrome(['learn', shard, '-o', out])
    return out
  })
  const merged = path.join(tmp, 'merged.json')
  dechrome(['merge', ...profiles, '-o', merged])

  // The same, in one process.
  const single = path.join(tmp, 'single.json')
  dechrome(['learn', whole, '-o', single])
  expect(fs.readFileSync(merged, 'utf8')).toBe(fs.readFileSync(single, 'utf8'))

  // Clean each shard with the merged profile, as a pipe stage reading stdin; concatenate.
  const sharded = shards.map((shard) => dechrome(['clean', '-', '--profile', merged, '--jobs', '2'], fs.readFileSync(shard, 'utf8'))).join('')
  const once = dechrome(['clean', whole, '--profile', single, '--jobs', '1'])
  expect(sharded).toBe(once)

  const records = once.trimEnd().split('\n').map((line) => JSON.parse(line))
  expect(records).toHaveLength(corpus.length)
  expect(records.every((record) => record.profile?.used === true)).toBe(true)
})
