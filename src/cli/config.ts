import {readFileSync} from 'node:fs'
import {profileFromJSON, type Options} from '../index.js'

/** The clean options the CLI passes to workers: plain data, cloned into each thread. */
export interface CleanConfig {
  language?: string
  timeZone?: string
  /** A profile file: each thread reads it once. */
  profile?: string
  maxBytes: number
  invalidUtf8: 'error' | 'replace'
}

export function optionsFromConfig(config: CleanConfig): Options {
  return {
    ...(config.language === undefined ? {} : {language: config.language}),
    ...(config.timeZone === undefined ? {} : {timeZone: config.timeZone}),
    ...(config.profile === undefined ? {} : {profile: readProfile(config.profile)}),
    maxBytes: config.maxBytes,
    invalidUtf8: config.invalidUtf8
  }
}

/** A profile file read and checked; its errors are DechromeErrors (a usage error for the CLI). */
export function readProfile(file: string) {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`cannot read profile ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  return profileFromJSON(text)
}
