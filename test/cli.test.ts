/**
 * The CLI's contract, driven as a subprocess against the built dist/cli.js (npm test builds
 * first): formats, inputs, errors and exit codes.
 */
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist', 'cli.js')
const wire = path.join(root, 'fixtures', 'en-wire-storm', 'page.txt')
const seeds = path.join(root, 'fixtures')
let tmp: string

function run(args: string[], input?: string | Buffer) {
  const out = spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024})
  return {status: out.status, stdout: out.stdout, stderr: out.stderr}
}

beforeAll(() => {
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build (npm test does)')
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dechrome-cli-'))
})
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}))

describe('formats', () => {
  it('text: the title, a blank line and the article', () => {
    const {status, stdout} = run(['clean', wire])
    expect(status).toBe(0)
    const [title, blank, lead] = stdout.split('\n')
    expect(title).toBe('Typhoon Dalisay slams central Philippines, more than 200,000 flee to shelters')
    expect(blank).toBe('')
    expect(lead).toMatch(/^MANILA \(Reuters\) - /)
    expect(stdout).not.toContain('Most read')
  })

  it('json: the whole CleanResult', () => {
    const result = JSON.parse(run(['clean', wire, '--format', 'json']).stdout)
    expect(result.lines).toHaveLength(fs.readFileSync(wire, 'utf8').split('\n').length)
    expect(result.metadata.source).toBe('Reuters')
  })

  it('markdown: title as heading, the lead, paragraphs, captions as a list', () => {
    const {stdout} = run(['clean', wire, '--format', 'markdown'])
    expect(stdout.startsWith('# Typhoon Dalisay slams central Philippines')).toBe(true)
    expect(stdout).toMatch(/\n\n\*MANILA \(Reuters\) - [^\n]+\*\n\n/)
    expect(stdout).toMatch(/\n- Residents wade through a flooded street[^\n]+\(Reuters\/[^)]+\)\n$/)
  })

  it('--explain: every line with label, rule and reason, no colour off a terminal', () => {
    const {stdout} = run(['clean', wire, '--explain'])
    const rows = stdout.trimEnd().split('\n')
    expect(rows).toHaveLength(fs.readFileSync(wire, 'utf8').split('\n').length)
    expect(rows.find((row) => row.includes('Most read'))).toMatch(/^\s*\d+ {2}related +section-list +Most read {2}\[section heading "Most read"\]$/)
    expect(stdout).not.toContain('\u001b[')
  })
})

describe('inputs', () => {
  it('reads a page from standard input', () => {
    const {status, stdout} = run(['clean', '-'], fs.readFileSync(wire))
    expect(status).toBe(0)
    expect(stdout.split('\n')[0]).toMatch(/^Typhoon Dalisay/)
  })

  it('prints five seed results in order as JSON Lines from a directory', () => {
    const dir = path.join(tmp, 'seeds')
    fs.mkdirSync(dir)
    const names = fs.readdirSync(seeds).filter((name) => name.startsWith('seed')).sort()
    for (const name of names) fs.copyFileSync(path.join(seeds, name, 'page.txt'), path.join(dir, `${name}.txt`))
    const {status, stdout} = run(['clean', dir, '--format', 'jsonl'])
    expect(status).toBe(0)
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => path.basename(record.id))).toEqual(names.map((name) => `${name}.txt`))
  })

  it('round-trips JSON Lines with ids and urls, in input order, with several jobs', () => {
    const pages = fs.readdirSync(seeds).filter((name) => fs.existsSync(path.join(seeds, name, 'page.txt'))).sort()
    const input = pages.map((name, i) => JSON.stringify({id: `page-${i}`, url: `https://example.com/${name}`, text: fs.readFileSync(path.join(seeds, name, 'page.txt'), 'utf8')})).join('\n')
    const one = run(['clean', '--jobs', '1'], input)
    const two = run(['clean', '--jobs', '2'], input)
    expect(one.status).toBe(0)
    const records = one.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => record.id)).toEqual(pages.map((_, i) => `page-${i}`))
    expect(records[0].url).toBe(`https://example.com/${pages[0]}`)
    expect(two.stdout).toBe(one.stdout)
  })

  it('answers each record of a slow stream before the next arrives, with worker threads', async () => {
    // A pipeline that waits for one answer before it sends the next record must not wait forever:
    // pages go to the workers in groups, and a group never waits to fill.
    const page = fs.readFileSync(wire, 'utf8')
    const child = spawn(process.execPath, [cli, 'clean', '--jobs', '2', '--input-format', 'jsonl', '--no-progress'])
    const answers: string[] = []
    let buffered = ''
    let answered: () => void = () => {}
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      for (let at = buffered.indexOf('\n'); at >= 0; at = buffered.indexOf('\n')) {
        answers.push(buffered.slice(0, at))
        buffered = buffered.slice(at + 1)
        answered()
      }
    })
    for (let i = 0; i < 3; i++) {
      const arrived = new Promise<void>((resolve) => (answered = resolve))
      child.stdin.write(`${JSON.stringify({id: `slow-${i}`, text: page})}\n`)
      await arrived
      expect(answers.map((line) => JSON.parse(line).id)).toEqual(Array.from({length: i + 1}, (_, k) => `slow-${k}`))
    }
    child.stdin.end()
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0)
  })

  it('prints several pages as one JSON array, the same from worker threads as from one thread', () => {
    const inputs = ['en-wire-storm', 'de-regional-wirtschaft', 'vi-vov-quocte'].map((name) => path.join(seeds, name, 'page.txt'))
    const one = run(['clean', ...inputs, '--format', 'json', '--jobs', '1'])
    const two = run(['clean', ...inputs, '--format', 'json', '--jobs', '2'])
    expect(one.status).toBe(0)
    const results = JSON.parse(one.stdout)
    expect(results).toHaveLength(3)
    expect(results[0].title).toMatch(/^Typhoon Dalisay/)
    expect(results[2].metadata.language).toBe('vi')
    expect(two.stdout).toBe(one.stdout)
  })
})

describe('bad inputs', () => {
  it('reports a missing file and a binary file, prints the good one, and exits 1', () => {
    const binary = path.join(tmp, 'image.txt')
    fs.writeFileSync(binary, Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01]))
    const {status, stdout, stderr} = run(['clean', path.join(tmp, 'missing.txt'), binary, wire, '--format', 'jsonl'])
    expect(status).toBe(1)
    expect(stderr.trimEnd().split('\n')).toEqual([
      `dechrome: ${path.join(tmp, 'missing.txt')}: no such file or directory`,
      `dechrome: ${binary}: binary file (NUL byte at offset 3)`
    ])
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => record.error?.code ?? 'ok')).toEqual(['NOT_FOUND', 'BINARY_INPUT', 'ok'])
  })

  it('says where bytes stop being UTF-8', () => {
    const file = path.join(tmp, 'latin1.txt')
    fs.writeFileSync(file, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]))
    const {status, stderr} = run(['clean', file])
    expect(status).toBe(1)
    expect(stderr).toBe(`dechrome: ${file}: input is not valid UTF-8: bad byte 0xe9 at offset 3\n`)
    expect(run(['clean', file, '--invalid-utf8', 'replace']).status).toBe(0)
  })

  it('answers an empty file with an empty result, not an error', () => {
    const file = path.join(tmp, 'empty.txt')
    fs.writeFileSync(file, '')
    const {status, stdout} = run(['clean', file, '--format', 'json'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({title: null, text: '', lines: []})
  })

  it('refuses a file over --max-bytes', () => {
    const {status, stderr} = run(['clean', wire, '--max-bytes', '1000'])
    expect(status).toBe(1)
    expect(stderr).toMatch(/: file is \d+ bytes, over the --max-bytes limit of 1000\n$/)
  })

  it('names the line of a malformed JSON Lines record and goes on', () => {
    const input = ['{"id": "a", "text": "A headline for the first record"}', '{"id": "b", "text": ', '{"id": "c"}', '{"id": "d", "text": "Another headline"}'].join('\n')
    // Worker threads get the records in groups: a failed record keeps its place in one.
    for (const jobs of ['1', '2']) {
      const {status, stdout, stderr} = run(['clean', '--jobs', jobs], input)
      expect(status).toBe(1)
      expect(stderr).toMatch(/^dechrome: stdin:2: line 2: not valid JSON \(.+\)\ndechrome: stdin:3: line 3: a record needs a "text" string\n$/)
      expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual(['a', 'stdin:2', 'stdin:3', 'd'])
    }
  })

  it('reads CRLF JSON Lines, refuses a record over --max-bytes and one that is not UTF-8, and goes on', () => {
    const good = (id: string) => Buffer.from(`{"id": "${id}", "text": "A headline for record ${id}"}`)
    const large = Buffer.from(`{"id": "big", "text": "${'x'.repeat(5000)}"}`)
    const latin1 = Buffer.concat([Buffer.from('{"id": "bad", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}')])
    const input = Buffer.concat([good('a'), Buffer.from('\r\n'), large, Buffer.from('\r\n'), latin1, Buffer.from('\r\n'), good('d'), Buffer.from('\r\n')])
    // The record over the limit is refused by the main thread, the others in a worker's group.
    for (const jobs of ['1', '2']) {
      const {status, stdout, stderr} = run(['clean', '--max-bytes', '2000', '--jobs', jobs], input)
      expect(status).toBe(1)
      expect(stderr).toBe(
        'dechrome: stdin:2: line 2: record is 5025 bytes, over the --max-bytes limit of 2000\n' +
        'dechrome: stdin:3: line 3: not valid UTF-8 (bad byte at offset 26 of the line)\n'
      )
      const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
      expect(records.map((record) => record.id)).toEqual(['a', 'stdin:2', 'stdin:3', 'd'])
      expect(records[0].title ?? records[0].text).toContain('record a')
      expect(records[2].error.code).toBe('INVALID_UTF8')
    }
  })

  it('exits 2 on a usage error', () => {
    expect(run(['clean', wire, '--format', 'yaml']).status).toBe(2)
    expect(run(['clean', wire, '--jobs', '0']).status).toBe(2)
    expect(run(['clean', wire, '--language', 'xx']).status).toBe(2)
    expect(run(['frobnicate']).status).toBe(2)
  })
})

describe('--out', () => {
  it('writes one file per input and leaves no temporary file', () => {
    const dir = path.join(tmp, 'out')
    const {status} = run(['clean', wire, path.join(root, 'fixtures', 'de-regional-wirtschaft', 'page.txt'), '--out', dir, '--format', 'json'])
    expect(status).toBe(0)
    expect(fs.readdirSync(dir).sort()).toEqual(['page-2.json', 'page.json'])
    for (const name of fs.readdirSync(dir)) expect(() => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))).not.toThrow()
  })

  it('never leaves a half-written output when the run is killed', async () => {
    const dir = path.join(tmp, 'killed')
    const page = fs.readFileSync(wire, 'utf8')
    const input = path.join(tmp, 'many.jsonl')
    fs.writeFileSync(input, Array.from({length: 3000}, (_, i) => JSON.stringify({id: `p${i}`, text: page})).join('\n'))
    const child = spawn(process.execPath, [cli, 'clean', input, '--out', dir, '--format', 'json', '--jobs', '1'])
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fs.existsSync(dir) && fs.readdirSync(dir).filter((name) => name.endsWith('.json')).length > 20) {
          clearInterval(poll)
          child.kill('SIGKILL')
          resolve()
        }
      }, 5)
    })
    await new Promise((resolve) => child.on('exit', resolve))
    const finals = fs.readdirSync(dir).filter((name) => name.endsWith('.json'))
    expect(finals.length).toBeGreaterThan(20)
    expect(finals.length).toBeLessThan(3000)
    for (const name of finals) expect(() => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')), name).not.toThrow()
  })
})

describe('a reader that stops early', () => {
  it('stops quietly with status 141 when standard output is closed, as `| head` does', async () => {
    const page = fs.readFileSync(wire, 'utf8')
    const input = path.join(tmp, 'closed.jsonl')
    fs.writeFileSync(input, Array.from({length: 2000}, (_, i) => JSON.stringify({id: `p${i}`, text: page})).join('\n'))
    for (const jobs of ['1', '2']) {
      const child = spawn(process.execPath, [cli, 'clean', input, '--jobs', jobs, '--no-progress'])
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      // Read one chunk of results, then go away like `head -1`.
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()))
      child.stdout.destroy()
      const status = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
      expect(stderr, `--jobs ${jobs}`).toBe('')
      expect(status, `--jobs ${jobs}`).toBe(141)
    }
  })
})

describe('progress', () => {
  // `script` runs the CLI on a pseudo-terminal, as a user's shell would (util-linux, on this machine and in CI).
  const hasScript = spawnSync('script', ['--version']).status === 0

  it.runIf(hasScript)('draws a progress bar on a terminal and nothing when standard error is a pipe', () => {
    const dir = path.join(tmp, 'progress')
    fs.mkdirSync(dir)
    for (const name of ['en-wire-storm', 'de-regional-wirtschaft', 'vi-vov-quocte']) fs.copyFileSync(path.join(seeds, name, 'page.txt'), path.join(dir, `${name}.txt`))
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} clean ${JSON.stringify(dir)} --format jsonl --jobs 1 > /dev/null`
    const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], {encoding: 'utf8'})
    expect(onTerminal.status).toBe(0)
    expect(onTerminal.stdout).toMatch(/3\/3 pages \| \d+ pages\/s \| ETA/)
    const piped = run(['clean', dir, '--format', 'jsonl', '--jobs', '1'])
    expect(piped.status).toBe(0)
    expect(piped.stderr).toBe('')
  })
})

describe('help and version', () => {
  it('prints help for the program and for a command, and the version', () => {
    const help = execFileSync(process.execPath, [cli, '--help'], {encoding: 'utf8'})
    expect(help).toMatch(/Usage: dechrome \[options\] \[command\]/)
    expect(help).toMatch(/clean \[options\] \[inputs\.\.\.\]/)
    const cleanHelp = execFileSync(process.execPath, [cli, 'clean', '--help'], {encoding: 'utf8'})
    expect(cleanHelp).toMatch(/--format <format>/)
    expect(cleanHelp).toMatch(/--explain/)
    const version = execFileSync(process.execPath, [cli, '--version'], {encoding: 'utf8'}).trim()
    expect(version).toBe(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  })
})

describe('learn, merge and clean --profile', () => {
  it('learns a profile from pages, merges shards into the profile of the whole, and cleans with it', () => {
    const dir = path.join(tmp, 'site')
    fs.mkdirSync(dir)
    const pages = fs.readdirSync(seeds).filter((name) => fs.existsSync(path.join(seeds, name, 'page.txt'))).sort()
    pages.forEach((name, i) => fs.copyFileSync(path.join(seeds, name, 'page.txt'), path.join(dir, `${String(i).padStart(2, '0')}.txt`)))
    const files = fs.readdirSync(dir).sort().map((name) => path.join(dir, name))
    const half = Math.floor(files.length / 2)
    expect(run(['learn', ...files, '-o', path.join(tmp, 'all.json')]).status).toBe(0)
    expect(run(['learn', ...files.slice(0, half), '-o', path.join(tmp, 'a.json')]).status).toBe(0)
    expect(run(['learn', ...files.slice(half), '-o', path.join(tmp, 'b.json')]).status).toBe(0)
    expect(run(['merge', path.join(tmp, 'a.json'), path.join(tmp, 'b.json'), '-o', path.join(tmp, 'merged.json')]).status).toBe(0)
    expect(fs.readFileSync(path.join(tmp, 'merged.json'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'all.json'), 'utf8'))
    const result = JSON.parse(run(['clean', wire, '--profile', path.join(tmp, 'all.json'), '--format', 'json']).stdout)
    expect(result.profile).toMatchObject({used: true})
  })

  it('refuses a missing or malformed profile as a usage error', () => {
    expect(run(['clean', wire, '--profile', path.join(tmp, 'none.json')]).status).toBe(2)
    fs.writeFileSync(path.join(tmp, 'bad.json'), '{"format": "dechrome-profile", "version": 9}')
    const bad = run(['clean', wire, '--profile', path.join(tmp, 'bad.json')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/profile version 9 is not supported/)
  })
})
