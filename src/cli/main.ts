#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {clean} from '../index.js'

const [command, file, ...rest] = process.argv.slice(2)
const format = rest[rest.indexOf('--format') + 1] ?? 'text'
if (command !== 'clean' || file === undefined) {
  process.stderr.write('usage: dechrome clean FILE [--format json|text]\n')
  process.exit(2)
}
const result = clean(readFileSync(file))
process.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${result.title ?? ''}\n\n${result.text}\n`)
