/**
 * Inputs: files, directories (recursing into *.txt and *.jsonl), and standard input, turned
 * lazily into pages, so a JSON Lines stream of any length is read in constant memory. A bad
 * input becomes a page with an error, and the batch goes on.
 */
import {constants, createReadStream} from 'node:fs'
import {access, opendir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {Readable} from 'node:stream'

export interface PageInput {
  /** Position in the batch: outputs keep this order. */
  index: number
  /** The id a JSON Lines record gave, or the input's path. */
  id: string
  url?: string
  /** Where the page came from, for messages: a path, `path:line`, `stdin`. */
  origin: string
  /** A file's bytes, decoded by the library (strict UTF-8 unless told otherwise). */
  bytes?: Uint8Array
  /** A JSON Lines record's text (for a caller that has it as a string). */
  text?: string
  /** A JSON Lines record's line, as bytes: parsed where the page is cleaned. */
  line?: Uint8Array
  /** The record's line number in its input. */
  number?: number
  /** Why this input cannot be cleaned. */
  error?: string
  /** A code for the error, for JSON Lines records: NOT_FOUND, BINARY_INPUT, INVALID_JSON… */
  code?: string
  /** The page is a JSON Lines record (so output defaults to JSON Lines). */
  record?: true
}

export type InputFormat = 'auto' | 'text' | 'jsonl'

export interface InputOptions {
  maxBytes: number
  inputFormat: InputFormat
  stdin: Readable
}

const EXTENSIONS = new Set(['.txt', '.jsonl'])

/** The pages of all inputs, in order; `-` (or no input at all) is standard input. */
export async function* readInputs(inputs: readonly string[], options: InputOptions): AsyncGenerator<PageInput> {
  let index = 0
  const next = <T extends Omit<PageInput, 'index'>>(page: T): PageInput => ({...page, index: index++})
  for (const input of inputs.length === 0 ? ['-'] : inputs) {
    if (input === '-') {
      for await (const page of readStdin(options)) yield next(page)
      continue
    }
    let info
    try {
      info = await stat(input)
    } catch (error) {
      yield next({id: input, origin: input, ...fsError(error)})
      continue
    }
    if (info.isDirectory()) {
      let files: string[]
      try {
        files = await listDirectory(input)
      } catch (error) {
        yield next({id: input, origin: input, ...fsError(error)})
        continue
      }
      for (const file of files) for await (const page of readFileInput(file, options)) yield next(page)
    } else {
      for await (const page of readFileInput(input, options)) yield next(page)
    }
  }
}

/** Files under a directory with a page extension, depth first, in name order. */
async function listDirectory(directory: string): Promise<string[]> {
  const entries: string[] = []
  const dir = await opendir(directory)
  const names: Array<{name: string; isDir: boolean}> = []
  for await (const entry of dir) names.push({name: entry.name, isDir: entry.isDirectory()})
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const {name, isDir} of names) {
    const full = path.join(directory, name)
    if (isDir) entries.push(...(await listDirectory(full)))
    else if (EXTENSIONS.has(path.extname(name).toLowerCase())) entries.push(full)
  }
  return entries
}

async function* readFileInput(file: string, options: InputOptions): AsyncGenerator<Omit<PageInput, 'index'>> {
  const jsonl = options.inputFormat === 'jsonl' || (options.inputFormat === 'auto' && path.extname(file).toLowerCase() === '.jsonl')
  if (jsonl) {
    try {
      await access(file, constants.R_OK)
      yield* readJsonLines(createReadStream(file), file, options.maxBytes)
    } catch (error) {
      yield {id: file, origin: file, ...fsError(error)}
    }
    return
  }
  try {
    const info = await stat(file)
    if (info.size > options.maxBytes) {
      yield {id: file, origin: file, code: 'INPUT_TOO_LARGE', error: `file is ${info.size} bytes, over the --max-bytes limit of ${options.maxBytes}`}
      return
    }
    const bytes = new Uint8Array(await readFile(file))
    const nul = bytes.indexOf(0)
    yield nul >= 0 ? {id: file, origin: file, code: 'BINARY_INPUT', error: `binary file (NUL byte at offset ${nul})`} : {id: file, origin: file, bytes}
  } catch (error) {
    yield {id: file, origin: file, ...fsError(error)}
  }
}

async function* readStdin(options: InputOptions): AsyncGenerator<Omit<PageInput, 'index'>> {
  // Take the first chunk by hand: leaving a for-await loop early would destroy the stream.
  const iterator = (options.stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head = first.done ? Buffer.alloc(0) : toBuffer(first.value)
  const rest: AsyncIterable<Buffer | string> = {[Symbol.asyncIterator]: () => iterator}
  const chunks = prepend(head, rest)
  // JSON Lines on stdin are recognised by their first character: no page of text starts with "{".
  if (options.inputFormat === 'jsonl' || (options.inputFormat === 'auto' && firstNonSpace(head) === 0x7b)) {
    yield* readJsonLines(chunks, 'stdin', options.maxBytes)
    return
  }
  const parts: Buffer[] = []
  let size = 0
  for await (const chunk of chunks) {
    size += chunk.length
    if (size > options.maxBytes) {
      yield {id: 'stdin', origin: 'stdin', code: 'INPUT_TOO_LARGE', error: `input is over the --max-bytes limit of ${options.maxBytes}`}
      return
    }
    parts.push(chunk)
  }
  const bytes = new Uint8Array(Buffer.concat(parts))
  const nul = bytes.indexOf(0)
  yield nul >= 0 ? {id: 'stdin', origin: 'stdin', code: 'BINARY_INPUT', error: `binary input (NUL byte at offset ${nul})`} : {id: 'stdin', origin: 'stdin', bytes}
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk
}

function firstNonSpace(buffer: Buffer): number | undefined {
  // Whitespace and a UTF-8 byte-order mark may come first.
  for (const byte of buffer) if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return byte
  return undefined
}

async function* prepend(head: Buffer, rest: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  if (head.length > 0) yield head
  for await (const chunk of rest) yield toBuffer(chunk)
}

/**
 * One page per JSON Lines record; blank lines are skipped. The stream is split into lines as
 * bytes, each in a buffer of its own (so it can be handed to a worker without a copy); the
 * record is parsed where the page is cleaned. A line over the size limit is skipped as it
 * streams by, never held whole.
 */
async function* readJsonLines(stream: AsyncIterable<Buffer | string>, origin: string, maxBytes: number): AsyncGenerator<Omit<PageInput, 'index'>> {
  for await (const {number, bytes, size} of splitLines(stream, maxBytes)) {
    const where = `${origin}:${number}`
    if (bytes === undefined) {
      yield {id: where, origin: where, record: true, code: 'INPUT_TOO_LARGE', error: `line ${number}: record is ${size} bytes, over the --max-bytes limit of ${maxBytes}`}
    } else if (!isBlank(bytes)) {
      yield {id: where, origin: where, record: true, line: bytes, number}
    }
  }
}

/** Lines of a byte stream (LF or CRLF), numbered from 1; a line over `maxBytes` comes without its bytes. */
async function* splitLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<{number: number; bytes?: Uint8Array; size: number}> {
  let parts: Buffer[] = []
  let size = 0
  let last = -1 // the line's last byte so far: a CR before the LF is no part of the record
  let number = 0
  const take = (end: Buffer) => {
    size += end.length
    if (end.length > 0) last = end[end.length - 1]!
    const line = size > maxBytes ? undefined : concat(parts, end, size)
    const done = {number: ++number, size: last === 0x0d ? size - 1 : size, ...(line === undefined ? {} : {bytes: line})}
    parts = []
    size = 0
    last = -1
    return done
  }
  for await (const piece of stream) {
    const chunk = toBuffer(piece)
    let start = 0
    for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, start)) {
      yield take(chunk.subarray(start, at))
      start = at + 1
    }
    const rest = chunk.subarray(start)
    size += rest.length
    if (rest.length > 0) last = rest[rest.length - 1]!
    // Past the limit the bytes are dropped, only counted.
    if (size <= maxBytes) parts.push(rest)
    else parts = []
  }
  if (size > 0 || parts.length > 0) yield take(Buffer.alloc(0))
}

/** The parts and the end as one line in a buffer of its own, without a final CR. */
function concat(parts: readonly Buffer[], end: Buffer, size: number): Uint8Array {
  const line = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    line.set(part, offset)
    offset += part.length
  }
  line.set(end, offset)
  return line[size - 1] === 0x0d ? line.subarray(0, size - 1) : line
}

function isBlank(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false
  return true
}

function fsError(error: unknown): {code: string; error: string} {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return {code: 'NOT_FOUND', error: 'no such file or directory'}
  if (code === 'EACCES' || code === 'EPERM') return {code: 'PERMISSION_DENIED', error: 'permission denied'}
  if (code === 'ENOTDIR') return {code: 'NOT_FOUND', error: 'not a directory'}
  return {code: 'READ_ERROR', error: (error as Error).message}
}
