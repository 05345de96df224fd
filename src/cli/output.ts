/**
 * Where outputs go: standard output, or one file per input in a directory, each written to a
 * temporary file and renamed, so an interrupted run never leaves a half-written file.
 */
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'

const UNSAFE = /[^\p{L}\p{N}._-]+/gu
const MAX_NAME = 120

export class OutputDirectory {
  private readonly used = new Set<string>()
  private serial = 0

  constructor(private readonly directory: string, private readonly extension: string) {}

  async open(): Promise<void> {
    await mkdir(this.directory, {recursive: true})
  }

  /** Writes one output atomically and returns its path. */
  async write(id: string, content: string | Uint8Array): Promise<string> {
    const file = path.join(this.directory, this.nameFor(id))
    const temporary = `${file}.tmp-${process.pid}-${this.serial++}`
    try {
      await writeFile(temporary, content)
      await rename(temporary, file)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }
    return file
  }

  /** A file name from the input's id: its base name, made safe, unique within the run. */
  private nameFor(id: string): string {
    const base = path.basename(id).replace(/\.(?:txt|jsonl)$/i, '').replace(UNSAFE, '_').slice(0, MAX_NAME) || 'page'
    let name = `${base}.${this.extension}`
    for (let n = 2; this.used.has(name); n++) name = `${base}-${n}.${this.extension}`
    this.used.add(name)
    return name
  }
}
