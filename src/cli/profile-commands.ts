/**
 * `dechrome learn` and `dechrome merge`: build a site profile from pages, and combine profiles
 * learned on shards (map: learn per shard; reduce: merge). Profiles are written atomically.
 */
import {rename, writeFile} from 'node:fs/promises'
import {mergeProfiles, profileToJSON, resolveOptions, type Profile} from '../index.js'
import {emptyProfile, DEFAULT_CAPACITY} from '../profile/profile.js'
import {learnPage} from '../profile/learn.js'
import {readProfile} from './config.js'
import {readInputs, type InputFormat} from './inputs.js'
import {parseRecord} from './record.js'
import type {Io} from './clean-command.js'
import {createProgress} from './progress.js'

export interface LearnCommand {
  inputs: string[]
  out?: string
  capacity?: number
  maxBytes: number
  invalidUtf8: 'error' | 'replace'
  inputFormat: InputFormat
  progress: boolean
}

/** Learns a profile from every page of the inputs; bad inputs are reported and skipped. */
export async function runLearn(command: LearnCommand, io: Io): Promise<number> {
  const settings = resolveOptions({maxBytes: command.maxBytes, invalidUtf8: command.invalidUtf8})
  const profile = emptyProfile(command.capacity ?? DEFAULT_CAPACITY)
  const progress = createProgress(command.progress, io.stderr)
  let failed = 0
  for await (const page of readInputs(command.inputs, {maxBytes: command.maxBytes, inputFormat: command.inputFormat, stdin: io.stdin as never})) {
    progress.tick()
    if (page.error !== undefined) {
      failed++
      io.stderr.write(`dechrome: ${page.origin}: ${page.error}\n`)
      continue
    }
    let input: string | Uint8Array = page.bytes ?? page.text ?? ''
    if (page.line !== undefined) {
      const parsed = parseRecord(page.line, page.number ?? 0, command.invalidUtf8)
      if (!parsed.ok) {
        failed++
        io.stderr.write(`dechrome: ${page.origin}: ${parsed.message}\n`)
        continue
      }
      input = parsed.record.text
    }
    try {
      learnPage(profile, input, settings)
    } catch (error) {
      failed++
      io.stderr.write(`dechrome: ${page.origin}: ${(error as Error).message}\n`)
    }
  }
  progress.stop()
  await writeProfile(profile, command.out, io)
  return failed > 0 ? 1 : 0
}

/** Merges profile files into one. */
export async function runMerge(files: string[], out: string | undefined, io: Io): Promise<number> {
  const merged = files.map(readProfile).reduce((a, b) => mergeProfiles(a, b))
  await writeProfile(merged, out, io)
  return 0
}

async function writeProfile(profile: Profile, out: string | undefined, io: Io): Promise<void> {
  const text = `${JSON.stringify(profileToJSON(profile))}\n`
  if (out === undefined) {
    io.stdout.write(text)
    return
  }
  const temporary = `${out}.tmp-${process.pid}`
  await writeFile(temporary, text)
  await rename(temporary, out)
}
