import {clean, DechromeError, type CleanResult, type Options} from '../index.js'

export type Outcome = {ok: true; result: CleanResult} | {ok: false; code: string; message: string}

/** What a worker (or the main thread) is asked to clean: a file's bytes or a record's text. */
export interface Task {
  bytes?: Uint8Array
  text?: string
}

/** Cleans one page; a refusal by the library becomes a failed outcome with its code. */
export function cleanPage(task: Task, options: Options): Outcome {
  try {
    return {ok: true, result: clean(task.bytes ?? task.text ?? '', options)}
  } catch (error) {
    if (error instanceof DechromeError) return {ok: false, code: error.code, message: error.message}
    return {ok: false, code: 'INTERNAL_ERROR', message: `internal error: ${(error as Error).message}`}
  }
}
