#!/usr/bin/env node
/**
 * npm run bench: what dechrome costs, on this machine, in one run (not a test: nothing here
 * asserts a time). Prints:
 *   - the floor (split a page into lines, NFC and hash every line) and clean(), with and without
 *     a site profile, in pages/s and MB/s on the fixture pages, and the ratio floor/clean;
 *   - the cost of parsing, of each detector and of assembling, per page;
 *   - linear cost: pages 1x, 10x and 100x a seed, and adversarial shapes;
 *   - worker threads: the CLI on a batch with --jobs 1 and 2, and its peak RSS while streaming.
 * Options: --quick (fewer rounds, smaller batches), --only <section> (throughput|breakdown|linear|jobs).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import {clean, createProcessor, DETECTORS, learnProfile, resolveOptions} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const quick = process.argv.includes('--quick')
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined
const section = (name) => only === undefined || only === name
const fixtures = fs.readdirSync(path.join(root, 'fixtures')).filter((name) => fs.existsSync(path.join(root, 'fixtures', name, 'page.txt'))).sort()
const pages = fixtures.map((name) => fs.readFileSync(path.join(root, 'fixtures', name, 'page.txt'), 'utf8'))
const seeds = fixtures.filter((name) => name.startsWith('seed')).map((name) => fs.readFileSync(path.join(root, 'fixtures', name, 'page.txt'), 'utf8'))
const bytes = (list) => list.reduce((sum, page) => sum + Buffer.byteLength(page), 0)
const now = () => Number(process.hrtime.bigint()) / 1e9

/**
 * Pages per second of each contender, best of many short timed runs taken in turn (the machine's
 * speed drifts; taking turns lets every contender see the same drift), after a warm-up.
 */
function throughputs(list, contenders, rounds) {
  for (const run of Object.values(contenders)) {
    const warm = now()
    while (now() - warm < 0.5) for (const page of list) run(page)
  }
  const best = Object.fromEntries(Object.keys(contenders).map((name) => [name, 0]))
  for (let trial = 0; trial < (quick ? 10 : 30); trial++) {
    for (const [name, run] of Object.entries(contenders)) {
      const times = rounds[name] ?? rounds.default
      const start = now()
      for (let r = 0; r < times; r++) for (const page of list) run(page)
      best[name] = Math.max(best[name], (times * list.length) / (now() - start))
    }
  }
  return best
}

function fnv(text) {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}
let sink = 0
const floor = (page) => {
  for (const line of page.split('\n')) sink ^= fnv(line.normalize('NFC'))
}

const row = (label, perSecond, list) =>
  console.log(`  ${label.padEnd(30)} ${perSecond.toFixed(0).padStart(7)} pages/s ${((perSecond * bytes(list)) / list.length / 1e6).toFixed(2).padStart(7)} MB/s`)

console.log(`dechrome bench: node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, ${os.availableParallelism()} cores${quick ? ' (quick)' : ''}`)

if (section('throughput')) {
  const profile = learnProfile(pages)
  console.log(`\nthroughput, one core (${seeds.length} seed pages, ${(bytes(seeds) / seeds.length / 1024).toFixed(1)} KB each; ${pages.length} fixture pages, ${(bytes(pages) / pages.length / 1024).toFixed(1)} KB each)`)
  const seedRates = throughputs(seeds, {
    floor,
    clean: (page) => clean(page),
    profile: (page) => clean(page, {profile, profileMinPages: 1})
  }, {floor: 40, default: 4})
  const fixtureRates = throughputs(pages, {clean: (page) => clean(page)}, {default: 1})
  const floorSeeds = seedRates.floor
  const cleanSeeds = seedRates.clean
  row('floor (split, NFC, hash), seeds', floorSeeds, seeds)
  row('clean(), seeds', cleanSeeds, seeds)
  row('clean({profile}), seeds', seedRates.profile, seeds)
  row('clean(), all fixtures', fixtureRates.clean, pages)
  console.log(`  ratio floor/clean on seeds: ${(floorSeeds / cleanSeeds).toFixed(1)} (target <= 8)`)
}

if (section('breakdown')) {
  const settings = resolveOptions(undefined)
  const processor = createProcessor(settings)
  const transformers = DETECTORS.map((detector) => [detector.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), detector(settings)])
  const cost = new Map()
  const add = (key, seconds) => cost.set(key, (cost.get(key) ?? 0) + seconds)
  const rounds = quick ? 40 : 120
  const warmup = rounds / 2 // rounds run before measuring, for the JIT to settle
  for (let r = 0; r < rounds + warmup; r++) {
    for (const page of seeds) {
      const measure = r >= warmup
      let start = now()
      const tree = processor.parse(page)
      if (measure) add('parse (lines, lists, layout)', now() - start)
      const file = new VFile(page)
      for (const [name, transform] of transformers) {
        start = now()
        transform(tree, file)
        if (measure) add(name, now() - start)
      }
      start = now()
      processor.stringify(tree, file)
      if (measure) add('assemble (metadata, language)', now() - start)
    }
  }
  const total = [...cost.values()].reduce((a, b) => a + b, 0)
  const n = rounds * seeds.length
  console.log(`\ncost per seed page: ${((total / n) * 1e6).toFixed(0)} µs`)
  for (const [name, seconds] of [...cost].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${name.padEnd(30)} ${((seconds / n) * 1e6).toFixed(1).padStart(8)} µs ${((100 * seconds) / total).toFixed(1).padStart(5)}%`)
  }
}

/** A page n times the size of a seed: its article paragraphs repeated, each copy made distinct. */
function scaled(seed, n) {
  const lines = seed.split('\n')
  const out = []
  for (let copy = 0; copy < n; copy++) out.push(...lines.map((line) => (line.length > 60 ? `${line} (${copy})` : line)))
  return out.join('\n')
}

function timeOnce(run) {
  const start = now()
  run()
  return now() - start
}

if (section('linear')) {
  const seed = seeds[1]
  console.log('\nlinear cost (one page, seconds; per KB should stay flat)')
  for (const n of [1, 10, 100]) {
    const page = scaled(seed, n)
    clean(page)
    const seconds = Math.min(timeOnce(() => clean(page)), timeOnce(() => clean(page)))
    console.log(`  ${`${n}x a seed (${(Buffer.byteLength(page) / 1024).toFixed(0)} KB)`.padEnd(30)} ${seconds.toFixed(3).padStart(8)} s ${((seconds / (Buffer.byteLength(page) / 1024)) * 1e6).toFixed(1).padStart(8)} µs/KB`)
  }
  const shapes = [
    ['5 MB on one line', () => 'word '.repeat(1_000_000)],
    ['200,000 short lines', () => Array.from({length: 200_000}, (_, i) => `Line ${i}`).join('\n')],
    ['100,000 identical lines', () => Array(100_000).fill('The same line of text, again and again.').join('\n')]
  ]
  for (const [name, make] of shapes) {
    const page = make()
    const seconds = timeOnce(() => clean(page, {maxBytes: 64 * 1024 * 1024}))
    console.log(`  ${name.padEnd(30)} ${seconds.toFixed(3).padStart(8)} s ${((seconds / (Buffer.byteLength(page) / 1024)) * 1e6).toFixed(1).padStart(8)} µs/KB`)
  }
}

if (section('jobs')) {
  const cli = path.join(root, 'dist', 'cli.js')
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dechrome-bench-'))
  const batchSize = quick ? 2000 : 4000
  const rounds = quick ? 2 : 4
  const batchOf = (size) => {
    const file = path.join(tmp, `batch-${size}.jsonl`)
    fs.writeFileSync(file, Array.from({length: size}, (_, i) => JSON.stringify({id: `p${i}`, text: seeds[i % seeds.length]})).join('\n'))
    return file
  }
  // The batch, and its first half: the difference of their times is the cost of the second half,
  // once every thread's JIT has warmed up (each worker thread compiles the cleaner for itself).
  const warmup = batchSize / 2
  const batches = {[batchSize]: batchOf(batchSize), [warmup]: batchOf(warmup)}
  console.log(`\nworker threads: the CLI on ${batchSize} seed pages (JSON Lines to /dev/null), --jobs 1 and 2 in turn, ${rounds} runs each`)
  // The machine's speed drifts over seconds: runs take turns, and the best of each is compared.
  // /usr/bin/time gives each run's CPU use: 200% is both cores busy.
  const timedRun = (jobs, size) => {
    const timed = spawnSync('/usr/bin/time', ['-f', '%e %P', process.execPath, cli, 'clean', batches[size], '--jobs', String(jobs), '--no-progress'], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
    const [seconds, cpu] = timed.stderr.trim().split('\n').pop().split(' ')
    return {seconds: Number(seconds), cpu}
  }
  const runs = {1: [], 2: []}
  const halves = {1: [], 2: []}
  for (let round = 0; round < rounds; round++) {
    for (const jobs of [1, 2]) {
      runs[jobs].push(timedRun(jobs, batchSize))
      halves[jobs].push(timedRun(jobs, warmup))
    }
  }
  const best = {}
  const steady = {}
  for (const jobs of [1, 2]) {
    best[jobs] = Math.min(...runs[jobs].map((run) => run.seconds))
    steady[jobs] = (batchSize - warmup) / (best[jobs] - Math.min(...halves[jobs].map((run) => run.seconds)))
    const all = runs[jobs].map((run) => `${run.seconds.toFixed(2)} s at ${run.cpu} CPU`).join(', ')
    console.log(`  --jobs ${jobs}: best ${(batchSize / best[jobs]).toFixed(0)} pages/s, ${steady[jobs].toFixed(0)} over the second half (${all})`)
  }
  console.log(`  speed-up of 2 jobs over 1: ${(best[1] / best[2]).toFixed(2)}x end to end, ${(steady[2] / steady[1]).toFixed(2)}x once warm`)
  // What the machine itself allows: the same clean() loop of the batch's pages in one thread,
  // then in two threads at once (each the whole batch), no I/O: the ratio of throughputs, best
  // of turns, end to end and over each thread's second half.
  const loop = async (threads) => {
    const code = `const {workerData, parentPort} = require('node:worker_threads');
      import(workerData.dist).then(({clean}) => {
        const start = performance.now()
        let warm = start
        for (let i = 0; i < workerData.count; i++) {
          if (i === workerData.warmup) warm = performance.now()
          clean(workerData.seeds[i % workerData.seeds.length])
        }
        const end = performance.now()
        parentPort.postMessage({seconds: (end - start) / 1000, steady: (end - warm) / 1000})
      })`
    const start = now()
    const times = await Promise.all(Array.from({length: threads}, () => new Promise((resolve, reject) => {
      const worker = new Worker(code, {eval: true, workerData: {dist: pathToFileURL(path.join(root, 'dist', 'index.js')).href, seeds, count: batchSize, warmup}})
      worker.once('message', (message) => worker.terminate().then(() => resolve(message)))
      worker.once('error', reject)
    })))
    return {seconds: now() - start, steady: Math.max(...times.map((time) => time.steady))}
  }
  const alone = {seconds: Infinity, steady: Infinity}
  const paired = {seconds: Infinity, steady: Infinity}
  for (let round = 0; round < rounds; round++) {
    for (const [threads, best] of [[1, alone], [2, paired]]) {
      const time = await loop(threads)
      best.seconds = Math.min(best.seconds, time.seconds)
      best.steady = Math.min(best.steady, time.steady)
    }
  }
  console.log(`  the machine's own ceiling, clean() in 2 threads at once against 1, no I/O: ${((2 * alone.seconds) / paired.seconds).toFixed(2)}x end to end, ${((2 * alone.steady) / paired.steady).toFixed(2)}x once warm`)
  const streamed = quick ? 5_000 : 100_000
  // Pages generated on the fly (with backpressure) and piped through the CLI: the input is never
  // held whole. The output lines are counted, so a run that stopped early shows.
  const generator = `const {Readable} = require('node:stream'); const seeds = ${JSON.stringify(seeds)};
    Readable.from((function* () { for (let i = 0; i < ${streamed}; i++) yield JSON.stringify({id: 'p' + i, text: seeds[i % seeds.length]}) + '\\n' })()).pipe(process.stdout)`
  const start = now()
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" -e "$GEN" | /usr/bin/time -f '%M' -o "${tmp}/rss" "${process.execPath}" "${cli}" clean --jobs 2 --no-progress | wc -l`], {env: {...process.env, GEN: generator}, encoding: 'utf8'})
  const seconds = now() - start
  const peakKb = Number(fs.readFileSync(path.join(tmp, 'rss'), 'utf8').trim().split('\n').pop())
  const written = Number(result.stdout.trim())
  console.log(`  streaming ${streamed} pages through clean --jobs 2: ${written} results in ${seconds.toFixed(1)} s (${(written / seconds).toFixed(0)} pages/s), peak RSS ${(peakKb / 1024).toFixed(0)} MB`)
  fs.rmSync(tmp, {recursive: true, force: true})
}
if (sink === 0.5) console.log(sink)
