/**
 * `dechrome clean`: reads the inputs, cleans them (in worker threads for batches), and writes
 * each result in the chosen format to standard output or to a file per input. Bad inputs are
 * reported on standard error, one line each, and the batch goes on.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {runBatch} from './batch.js'
import type {Outcome, Render} from './clean-page.js'
import type {CleanConfig} from './config.js'
import {extension, formatJsonlError, type Format} from './formats.js'
import {readInputs, type InputFormat, type PageInput} from './inputs.js'
import {OutputDirectory} from './output.js'
import {countPages} from './count.js'
import {createProgress} from './progress.js'

export interface CleanCommand {
  inputs: string[]
  format?: Format
  out?: string
  explain: boolean
  jobs: number
  inputFormat: InputFormat
  progress: boolean
  color: boolean
  config: CleanConfig
}

export interface Io {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WriteStream
  stderr: NodeJS.WriteStream
}

/** Runs the command; resolves to the exit status (0 all went well, 1 some inputs failed). */
export async function runClean(command: CleanCommand, io: Io): Promise<number> {
  const batch = await isBatch(command.inputs, command.inputFormat)
  // JSON Lines in give JSON Lines out unless a format is asked for; stdin tells only once read.
  let format: Format = command.format ?? (batch.jsonl ? 'jsonl' : 'text')
  let decided = command.format !== undefined || batch.jsonl
  let directory: OutputDirectory | undefined
  const progress = createProgress(command.progress && batch.multiple, io.stderr)
  if (command.progress && batch.multiple && io.stderr.isTTY) void countPages(command.inputs).then((total) => total !== undefined && progress.setTotal(total))

  let failed = 0
  let written = 0
  let firstJson: string | Uint8Array | undefined
  // A printed page comes as text, or as UTF-8 bytes from a worker thread.
  const write = (text: string | Uint8Array) =>
    new Promise<void>((resolve) => (io.stdout.write(text) ? resolve() : io.stdout.once('drain', () => resolve())))

  // Decided per page in input order, before the page is cleaned: the first record of standard
  // input tells whether it is JSON Lines.
  const renderOf = (page: PageInput): Render => {
    if (!decided) {
      decided = true
      if (page.record) {
        format = 'jsonl'
        batch.multiple = true
      }
    }
    return {format, explain: command.explain, color: command.color && io.stdout.isTTY === true}
  }

  const onOutcome = async (page: PageInput, outcome: Outcome) => {
    if (command.out !== undefined && directory === undefined) {
      directory = new OutputDirectory(command.out, command.explain ? 'explain.txt' : extension(format))
      await directory.open()
    }
    progress.tick()
    const id = outcome.id ?? page.id
    if (!outcome.ok) {
      failed++
      io.stderr.write(`dechrome: ${page.origin}: ${outcome.message}\n`)
      if (format === 'jsonl' && directory === undefined && !command.explain) await write(formatJsonlError(id, outcome.url ?? page.url, outcome.message, outcome.code))
      return
    }
    const text = outcome.output
    if (directory !== undefined) {
      await directory.write(id, text)
      return
    }
    if (format === 'json' && !command.explain) {
      // Several pages make a JSON array; the first is held back until a second shows it is one.
      if (written === 0) firstJson = text
      else {
        if (written === 1) {
          await write('[\n')
          await write(withoutFinalNewline(firstJson!))
        }
        await write(',\n')
        await write(withoutFinalNewline(text))
      }
      written++
      return
    }
    if ((format === 'text' || format === 'markdown' || command.explain) && batch.multiple) await write(`==> ${id} <==\n`)
    await write(text)
    written++
  }

  await runBatch(readInputs(command.inputs, {maxBytes: command.config.maxBytes, inputFormat: command.inputFormat, stdin: io.stdin as never}), {
    jobs: command.jobs,
    config: command.config,
    renderOf,
    onOutcome
  })
  progress.stop()
  if (format === 'json' && !command.explain && directory === undefined) {
    if (written === 1) await write(firstJson!)
    else if (written > 1) await write('\n]\n')
  }
  return failed > 0 ? 1 : 0
}

/** A printed page ends with a newline; inside a JSON array the comma comes first. */
function withoutFinalNewline(text: string | Uint8Array): string | Uint8Array {
  const last = typeof text === 'string' ? text.charCodeAt(text.length - 1) : text[text.length - 1]
  return last === 0x0a ? text.slice(0, -1) : text
}

/** Whether the command line names several pages: more than one input, a directory or JSON Lines. */
async function isBatch(inputs: readonly string[], inputFormat: InputFormat): Promise<{multiple: boolean; jsonl: boolean}> {
  const jsonl = inputFormat === 'jsonl' || inputs.some((input) => path.extname(input).toLowerCase() === '.jsonl')
  if (inputs.length !== 1 || jsonl) return {multiple: inputs.length > 1 || jsonl, jsonl}
  if (inputs[0] === '-') return {multiple: false, jsonl}
  try {
    return {multiple: (await stat(inputs[0]!)).isDirectory(), jsonl}
  } catch {
    return {multiple: false, jsonl}
  }
}
