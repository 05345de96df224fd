import {clean, DechromeError, type Options} from '../index.js'
import {formatExplain, formatter, type Format} from './formats.js'
import {parseRecord} from './record.js'

/** How a cleaned page is printed; decided by the main thread, applied where the page is cleaned. */
export interface Render {
  format: Format
  explain: boolean
  color: boolean
}

/** What a worker (or the main thread) is asked to do: clean a page and print it. */
export interface Task {
  /** A file's bytes. */
  bytes?: Uint8Array
  /** A page's text. */
  text?: string
  /** A JSON Lines record's line, and its number: parsed here. */
  record?: Uint8Array
  number?: number
  /** The id and url the main thread knows (a record's own replace them). */
  id: string
  url?: string
  render: Render
}

/**
 * The printed page, or why it could not be cleaned, with the page's id and url (a record's own
 * once parsed). Workers send back the printed text, not the CleanResult: a string crosses
 * threads far cheaper than a tree of objects, and the printing is spread over the threads too.
 */
export type Outcome = ({ok: true; output: string | Uint8Array} | {ok: false; code: string; message: string}) & {id?: string; url?: string}

/** Cleans and prints one page; a refusal by the library becomes a failed outcome with its code. */
export function cleanPage(task: Task, options: Options): Outcome {
  let input: string | Uint8Array = task.bytes ?? task.text ?? ''
  let id = task.id
  let url = task.url
  if (task.record !== undefined) {
    const parsed = parseRecord(task.record, task.number ?? 0, options.invalidUtf8 ?? 'error')
    if (!parsed.ok) return parsed
    input = parsed.record.text
    id = parsed.record.id ?? id
    url = parsed.record.url
  }
  const page = {id, ...(url === undefined ? {} : {url})}
  try {
    const printed = {...page, result: clean(input, options)}
    if (!task.render.explain) return {ok: true, output: formatter(task.render.format)(printed), ...page}
    const text = typeof input === 'string' ? input : new TextDecoder().decode(input)
    return {ok: true, output: formatExplain(text, printed, task.render.color), ...page}
  } catch (error) {
    if (error instanceof DechromeError) return {ok: false, code: error.code, message: error.message, ...page}
    return {ok: false, code: 'INTERNAL_ERROR', message: `internal error: ${(error as Error).message}`, ...page}
  }
}
