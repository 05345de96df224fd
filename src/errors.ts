/** Machine-readable reasons a call to dechrome was refused. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_UTF8'
  | 'INPUT_TOO_LARGE'
  | 'UNKNOWN_OPTION'
  | 'INVALID_OPTION'
  | 'INVALID_PROFILE'
  | 'UNSUPPORTED_PROFILE_VERSION'

/**
 * Thrown for misuse: an unusable input or a bad option. Findings about a page are never
 * errors; they are decisions and messages.
 */
export class DechromeError extends Error {
  readonly code: ErrorCode
  /** Byte offset of the first invalid byte, for `INVALID_UTF8`. */
  readonly offset?: number

  constructor(code: ErrorCode, message: string, details: {offset?: number} = {}) {
    super(message)
    this.name = 'DechromeError'
    this.code = code
    if (details.offset !== undefined) this.offset = details.offset
  }
}
