/**
 * A JSON Lines record `{"text": …, "id"?: …, "url"?: …}`, parsed where the page is cleaned (in
 * a worker for batches), so that the main thread only splits the stream into lines.
 */
import {DechromeError} from '../index.js'
import {decodeInput} from '../parse/decode.js'

export interface Record {
  text: string
  id?: string
  url?: string
}

export type ParsedRecord = {ok: true; record: Record} | {ok: false; code: string; message: string}

/** The record on line `number` of its input, or why it is not one. */
export function parseRecord(line: Uint8Array, number: number, invalidUtf8: 'error' | 'replace'): ParsedRecord {
  let raw: string
  try {
    raw = decodeInput(line, Infinity, invalidUtf8)
  } catch (error) {
    const offset = error instanceof DechromeError ? error.offset : undefined
    return {ok: false, code: 'INVALID_UTF8', message: `line ${number}: not valid UTF-8${offset === undefined ? '' : ` (bad byte at offset ${offset} of the line)`}`}
  }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    return {ok: false, code: 'INVALID_JSON', message: `line ${number}: not valid JSON (${(error as Error).message})`}
  }
  if (value === null || typeof value !== 'object' || typeof (value as {text?: unknown}).text !== 'string') {
    return {ok: false, code: 'INVALID_RECORD', message: `line ${number}: a record needs a "text" string`}
  }
  const {text, id, url} = value as {text: string; id?: unknown; url?: unknown}
  return {
    ok: true,
    record: {text, ...(id === undefined || id === null ? {} : {id: String(id)}), ...(typeof url === 'string' ? {url} : {})}
  }
}
