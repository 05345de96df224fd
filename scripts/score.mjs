// Scores dechrome against every fixture folder (page.txt, labels.tsv, meta.json) and, with
// --record, writes the scores as the quality gate's minimums (fixtures/gate.json).
// usage: node scripts/score.mjs [--record] [--json]   (after npm run build)
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {clean} from '../dist/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = path.join(root, 'fixtures')
export const META_FIELDS = ['title', 'published', 'authors', 'section', 'source', 'language']
const CONTENT = new Set(['lead', 'body', 'heading'])

/** Every fixture folder with its page, gold labels and gold metadata. */
export function loadFixtures() {
  return fs.readdirSync(FIXTURES, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(FIXTURES, entry.name, 'page.txt')))
    .map((entry) => {
      const dir = path.join(FIXTURES, entry.name)
      const page = fs.readFileSync(path.join(dir, 'page.txt'), 'utf8')
      const labels = fs.readFileSync(path.join(dir, 'labels.tsv'), 'utf8').replace(/\n$/, '').split('\n').map((row) => row.split('\t')[1])
      const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'))
      return {name: entry.name, page, labels, meta}
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

const fold = (value) => (value == null || (Array.isArray(value) && value.length === 0) ? null : value)

/** Whether a metadata field matches the gold (a published time may add precision to a gold date). */
export function metaMatches(field, predicted, gold) {
  const p = fold(predicted)
  const g = fold(gold)
  if (field === 'published' && typeof p === 'string' && typeof g === 'string') return p.startsWith(g)
  return JSON.stringify(p) === JSON.stringify(g)
}

/** Scores one fixture: content-line P/R/F1, label accuracy, matching metadata fields, mismatches. */
export function scoreFixture(fixture, result = clean(fixture.page)) {
  let tp = 0, fp = 0, fn = 0, same = 0
  const mismatches = []
  fixture.labels.forEach((gold, i) => {
    const decision = result.lines[i]
    const predicted = decision?.label ?? 'missing'
    const g = CONTENT.has(gold), p = CONTENT.has(predicted)
    if (g && p) tp++
    else if (p) fp++
    else if (g) fn++
    if (gold === predicted) same++
    else mismatches.push({line: i + 1, gold, predicted, rule: decision?.rule, reason: decision?.reason, content: g !== p})
  })
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  const metadata = {...result.metadata, title: result.title}
  const meta = META_FIELDS.filter((field) => metaMatches(field, metadata[field], fixture.meta[field]))
  return {name: fixture.name, tp, fp, fn, precision, recall, f1, labels: same / fixture.labels.length, meta, mismatches, result}
}

const floor3 = (x) => Math.floor(x * 1000) / 1000

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const scores = loadFixtures().map((fixture) => scoreFixture(fixture))
  let tp = 0, fp = 0, fn = 0
  for (const s of scores) {
    tp += s.tp; fp += s.fp; fn += s.fn
    if (!process.argv.includes('--json')) {
      console.log(`${s.name.padEnd(32)} F1 ${s.f1.toFixed(3)}  labels ${s.labels.toFixed(3)}  meta ${s.meta.length}/${META_FIELDS.length}`)
    }
  }
  const P = tp / (tp + fp), R = tp / (tp + fn)
  const summary = {pages: scores.length, precision: P, recall: R, f1: (2 * P * R) / (P + R)}
  if (process.argv.includes('--json')) console.log(JSON.stringify({summary, pages: scores.map(({result, mismatches, ...rest}) => rest)}, null, 2))
  else console.log(`pooled: P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${summary.f1.toFixed(3)} over ${scores.length} pages`)
  if (process.argv.includes('--record')) {
    const gate = Object.fromEntries(scores.map((s) => [s.name, {f1: floor3(s.f1), labels: floor3(s.labels), meta: s.meta}]))
    fs.writeFileSync(path.join(FIXTURES, 'gate.json'), `${JSON.stringify(gate, null, 2)}\n`)
    console.log('recorded fixtures/gate.json')
  }
}
