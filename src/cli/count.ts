/**
 * The number of pages a batch holds, for the progress bar's total: page files, plus the
 * non-blank lines of JSON Lines files. Only counted when a progress bar is drawn.
 */
import {createReadStream} from 'node:fs'
import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

export async function countPages(inputs: readonly string[]): Promise<number | undefined> {
  let total = 0
  try {
    for (const input of inputs) {
      if (input === '-') return undefined
      total += await countInput(input)
    }
    return total
  } catch {
    return undefined
  }
}

async function countInput(input: string): Promise<number> {
  const info = await stat(input)
  if (info.isDirectory()) {
    let total = 0
    for (const name of await readdir(input)) {
      const full = path.join(input, name)
      const child = await stat(full)
      if (child.isDirectory() || /\.(?:txt|jsonl)$/i.test(name)) total += await countInput(full)
    }
    return total
  }
  return /\.jsonl$/i.test(input) ? countLines(input) : 1
}

async function countLines(file: string): Promise<number> {
  let lines = 0
  for await (const chunk of createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 0x0a) lines++
  }
  return lines + 1
}
