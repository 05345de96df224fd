#!/usr/bin/env node
/**
 * The dechrome command: argument parsing (commander) and exit codes around the commands. Exit
 * status: 0 all went well, 1 some inputs failed, 2 a usage error, 141 standard output was closed.
 */
import {availableParallelism} from 'node:os'
import {Command, InvalidArgumentError, Option} from 'commander'
import {DechromeError, resolveOptions} from '../index.js'
import {runClean} from './clean-command.js'
import {readProfile} from './config.js'
import {runLearn, runMerge} from './profile-commands.js'
import {FORMATS, type Format} from './formats.js'
import type {InputFormat} from './inputs.js'
import {VERSION} from './version.js'

const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of 1 or more')
  return number
}

export function program(): Command {
  const cli = new Command('dechrome')
    .description('Strip portal chrome from scraped news pages: the article text, its metadata, and a reason for every dropped line.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run dechrome --help for usage)')
    .exitOverride()

  cli
    .command('clean')
    .description('clean pages: files, directories (*.txt, *.jsonl), JSON Lines, or standard input')
    .argument('[inputs...]', 'files, directories or - for standard input (default: standard input)')
    .addOption(new Option('-f, --format <format>', 'output format (default: text, or jsonl for JSON Lines input)').choices(FORMATS))
    .option('-o, --out <dir>', 'write one output file per input into DIR (atomically) instead of standard output')
    .option('--explain', 'print every line with its label, rule and reason', false)
    .addOption(new Option('-j, --jobs <n>', 'worker threads for batches').argParser(positiveInteger).default(availableParallelism(), 'the number of cores'))
    .addOption(new Option('--input-format <format>', 'how to read inputs').choices(['auto', 'text', 'jsonl']).default('auto'))
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveInteger, DEFAULT_MAX_BYTES)
    .addOption(new Option('--invalid-utf8 <mode>', 'bytes that are not UTF-8').choices(['error', 'replace']).default('error'))
    .option('--language <code>', 'the pages\' language (ISO 639-1) instead of detecting it')
    .option('--time-zone <zone>', 'IANA zone for times printed without one (e.g. Asia/Ho_Chi_Minh)')
    .option('--profile <file>', 'a site profile from dechrome learn: lines frequent across the site are template')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--no-color', 'no colour in --explain, even on a terminal')
    .action(async (inputs: string[], flags) => {
      const config = {
        ...(flags.language === undefined ? {} : {language: flags.language as string}),
        ...(flags.timeZone === undefined ? {} : {timeZone: flags.timeZone as string}),
        ...(flags.profile === undefined ? {} : {profile: flags.profile as string}),
        maxBytes: flags.maxBytes as number,
        invalidUtf8: flags.invalidUtf8 as 'error' | 'replace'
      }
      // Validate the options (and read the profile) once, before any input: a bad value is a usage error.
      const {profile, ...plain} = config
      resolveOptions({...plain, ...(profile === undefined ? {} : {profile: readProfile(profile)})})
      process.exitCode = await runClean(
        {
          inputs,
          format: flags.format as Format | undefined,
          out: flags.out as string | undefined,
          explain: flags.explain as boolean,
          jobs: flags.jobs as number,
          inputFormat: flags.inputFormat as InputFormat,
          progress: flags.progress as boolean,
          color: (flags.color as boolean) && process.env.NO_COLOR === undefined,
          config
        },
        {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}
      )
    })
  cli
    .command('learn')
    .description('learn a site profile from many pages of one site')
    .argument('[inputs...]', 'files, directories or - for standard input (default: standard input)')
    .option('-o, --out <file>', 'write the profile to FILE (atomically) instead of standard output')
    .option('--capacity <n>', 'line fingerprints counted exactly before fixed-size sketches take over', positiveInteger)
    .addOption(new Option('--input-format <format>', 'how to read inputs').choices(['auto', 'text', 'jsonl']).default('auto'))
    .option('--max-bytes <n>', 'largest input accepted, in bytes', positiveInteger, DEFAULT_MAX_BYTES)
    .addOption(new Option('--invalid-utf8 <mode>', 'bytes that are not UTF-8').choices(['error', 'replace']).default('error'))
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (inputs: string[], flags) => {
      process.exitCode = await runLearn(
        {
          inputs,
          out: flags.out as string | undefined,
          capacity: flags.capacity as number | undefined,
          maxBytes: flags.maxBytes as number,
          invalidUtf8: flags.invalidUtf8 as 'error' | 'replace',
          inputFormat: flags.inputFormat as InputFormat,
          progress: flags.progress as boolean
        },
        {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}
      )
    })

  cli
    .command('merge')
    .description('merge site profiles learned on shards into one')
    .argument('<profiles...>', 'profile files')
    .option('-o, --out <file>', 'write the merged profile to FILE (atomically) instead of standard output')
    .action(async (files: string[], flags) => {
      process.exitCode = await runMerge(files, flags.out as string | undefined, {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr})
    })

  return cli
}

/** Exit status when the reader of standard output went away (`| head`): a tool killed by SIGPIPE reads 128 + 13. */
export const EXIT_PIPE_CLOSED = 141

async function main(): Promise<void> {
  // Node ignores SIGPIPE and reports a closed pipe as a write error: stop quietly, as other tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_PIPE_CLOSED)
    throw error
  })
  try {
    await program().parseAsync(process.argv)
  } catch (error) {
    // commander's own exits (help, version) carry their code; anything else is a usage error.
    const code = (error as {code?: string}).code
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') {
      process.exitCode = 0
      return
    }
    if (code?.startsWith('commander.')) {
      process.exitCode = 2
      return
    }
    if (error instanceof DechromeError || (error as Error).message?.startsWith('cannot read profile')) {
      process.stderr.write(`dechrome: ${(error as Error).message}\n`)
      process.exitCode = 2
      return
    }
    process.stderr.write(`dechrome: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 1
  }
}

void main()
