import {Writable} from 'node:stream'
import {expect, it} from 'vitest'
import {createProgress} from '../src/cli/progress.js'

function stream(isTTY: boolean) {
  let written = ''
  const out = new Writable({write(chunk, _encoding, done) {
    written += String(chunk)
    done()
  }}) as unknown as NodeJS.WriteStream
  Object.assign(out, {isTTY, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true})
  return {out, written: () => written}
}

it('draws done/total, pages per second and ETA on a terminal', () => {
  const tty = stream(true)
  const progress = createProgress(true, tty.out)
  progress.setTotal(4)
  for (let i = 0; i < 4; i++) progress.tick()
  progress.stop()
  expect(tty.written()).toMatch(/4\/4 pages \| \d+ pages\/s \| ETA/)
})

it('stays silent when standard error is not a terminal, or when turned off', () => {
  for (const [enabled, isTTY] of [[true, false], [false, true]] as const) {
    const target = stream(isTTY)
    const progress = createProgress(enabled, target.out)
    progress.setTotal(2)
    progress.tick()
    progress.stop()
    expect(target.written()).toBe('')
  }
})
