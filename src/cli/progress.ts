/**
 * A progress bar on standard error for batches, drawn by cli-progress only when standard
 * error is a terminal; silent otherwise, so logs and pipes stay clean.
 */
import cliProgress from 'cli-progress'

export interface Progress {
  /** A page is done. */
  tick(): void
  /** The total is known (a directory was listed) or grew. */
  setTotal(total: number): void
  stop(): void
}

const SILENT: Progress = {tick() {}, setTotal() {}, stop() {}}

export function createProgress(enabled: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!enabled || !stream.isTTY) return SILENT
  const started = Date.now()
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'dechrome {bar} {value}/{total} pages | {rate} pages/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
      fps: 10
    },
    cliProgress.Presets.shades_classic
  )
  bar.start(0, 0, {rate: '0'})
  let done = 0
  let total = 0
  return {
    tick() {
      done++
      if (done > total) {
        total = done
        bar.setTotal(total)
      }
      const seconds = (Date.now() - started) / 1000
      bar.update(done, {rate: seconds > 0 ? (done / seconds).toFixed(0) : '0'})
    },
    setTotal(value) {
      total = Math.max(value, done)
      bar.setTotal(total)
    },
    stop() {
      bar.stop()
    }
  }
}
