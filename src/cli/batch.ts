/**
 * Runs pages through the cleaner in the main thread or in a pool of worker threads (piscina),
 * and hands the outcomes on in input order. At most a few pages per thread are in flight, so
 * a stream of any length runs in constant memory.
 */
import {Piscina} from 'piscina'
import {cleanPage, type Outcome, type Render, type Task} from './clean-page.js'
import {optionsFromConfig, type CleanConfig} from './config.js'
import type {PageInput} from './inputs.js'

const IN_FLIGHT_PER_THREAD = 8

export interface BatchOptions {
  jobs: number
  config: CleanConfig
  /** How to print a page; asked once per page, in input order, before it is cleaned. */
  renderOf(page: PageInput): Render
  /** Called once per page, in input order; awaited before the next. */
  onOutcome(page: PageInput, outcome: Outcome): Promise<void> | void
}

export async function runBatch(pages: AsyncIterable<PageInput>, batch: BatchOptions): Promise<void> {
  if (batch.jobs <= 1) {
    const options = optionsFromConfig(batch.config)
    for await (const page of pages) await batch.onOutcome(page, outcomeOf(page, batch.renderOf(page), (task) => cleanPage(task, options)))
    return
  }
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: batch.jobs,
    maxThreads: batch.jobs,
    // A worker holds its next pages while it cleans one: it never waits for the main thread between pages.
    concurrentTasksPerWorker: 4,
    workerData: batch.config
  })
  const ready = new Map<number, {page: PageInput; outcome: Outcome}>()
  const inFlight = new Set<Promise<void>>()
  let next = 0
  let flushing = Promise.resolve()
  const flush = async () => {
    for (let entry = ready.get(next); entry !== undefined; entry = ready.get(next)) {
      ready.delete(next)
      next++
      await batch.onOutcome(entry.page, entry.outcome)
    }
  }
  try {
    for await (const page of pages) {
      const render = batch.renderOf(page)
      let task: Promise<Outcome>
      if (page.error === undefined) {
        const work = taskOf(page, render)
        task = pool.run(work, {transferList: transfers(work)})
      } else task = Promise.resolve(outcomeOf(page, render, () => ({ok: false, code: '', message: ''})))
      const settled = task
        .catch((error: Error): Outcome => ({ok: false, code: 'INTERNAL_ERROR', message: `worker failed: ${error.message}`}))
        .then((outcome) => {
          ready.set(page.index, {page, outcome})
          flushing = flushing.then(flush)
          return flushing
        })
      inFlight.add(settled)
      void settled.finally(() => inFlight.delete(settled))
      // Bound the pages not yet written, not only those in flight: one slow page must not let the
      // finished pages after it pile up.
      while (page.index + 1 - next >= batch.jobs * IN_FLIGHT_PER_THREAD && inFlight.size > 0) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    await flushing
  } finally {
    await pool.destroy()
  }
}

function taskOf(page: PageInput, render: Render): Task {
  const task: Task = {id: page.id, render, ...(page.url === undefined ? {} : {url: page.url})}
  if (page.line !== undefined) {
    task.record = page.line
    task.number = page.number ?? 0
  } else if (page.bytes !== undefined) task.bytes = page.bytes
  else task.text = page.text ?? ''
  return task
}

/** The buffers a task owns, moved to the worker rather than copied. */
function transfers(task: Task): ArrayBuffer[] {
  const bytes = task.record ?? task.bytes
  return bytes === undefined ? [] : [bytes.buffer as ArrayBuffer]
}

function outcomeOf(page: PageInput, render: Render, clean: (task: Task) => Outcome): Outcome {
  if (page.error !== undefined) return {ok: false, code: page.code ?? 'READ_ERROR', message: page.error}
  return clean(taskOf(page, render))
}
