/**
 * Runs pages through the cleaner in the main thread or in a pool of worker threads (piscina),
 * and hands the outcomes on in input order. Pages go to the workers in small groups, one
 * message for several pages each way: the main thread's cost per page (a message, a promise, a
 * buffer to collect) is what keeps two threads from doing twice the work of one. At most a few
 * pages per thread are in flight, so a stream of any length runs in constant memory.
 */
import {setImmediate as nextTurn} from 'node:timers/promises'
import {Piscina} from 'piscina'
import {cleanPage, type Outcome, type Render, type Task} from './clean-page.js'
import {optionsFromConfig, type CleanConfig} from './config.js'
import type {PageInput} from './inputs.js'

const IN_FLIGHT_PER_THREAD = 16
/** Pages sent to a worker in one message, at most; fewer when their bytes pass GROUP_BYTES. */
const GROUP_PAGES = 8
const GROUP_BYTES = 256 * 1024

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
    // A worker holds its next group while it cleans one: it never waits for the main thread between groups.
    concurrentTasksPerWorker: 2,
    recordTiming: false,
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
  const settle = (page: PageInput, outcome: Outcome) => ready.set(page.index, {page, outcome})
  try {
    for await (const group of inGroups(pages)) {
      const work: Array<{page: PageInput; task: Task}> = []
      for (const page of group) {
        const render = batch.renderOf(page)
        if (page.error === undefined) work.push({page, task: taskOf(page, render)})
        else settle(page, outcomeOf(page, render, () => ({ok: false, code: '', message: ''})))
      }
      const tasks = work.map((item) => item.task)
      const cleaned: Promise<Outcome[]> = tasks.length === 0 ? Promise.resolve([]) : pool.run(tasks, {transferList: tasks.flatMap(transfers)})
      const settled = cleaned
        .catch((error: Error): Outcome[] => work.map(() => ({ok: false, code: 'INTERNAL_ERROR', message: `worker failed: ${error.message}`})))
        .then((outcomes) => {
          work.forEach((item, k) => settle(item.page, outcomes[k]!))
          flushing = flushing.then(flush)
          return flushing
        })
      inFlight.add(settled)
      void settled.finally(() => inFlight.delete(settled))
      // Bound the pages not yet written, not only those in flight: one slow page must not let the
      // finished pages after it pile up.
      const last = group[group.length - 1]!
      while (last.index + 1 - next >= batch.jobs * IN_FLIGHT_PER_THREAD && inFlight.size > 0) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    await flushing
  } finally {
    await pool.destroy()
  }
}

const WAITING = Symbol('waiting')

/**
 * The pages in groups of those already read: a group closes when it is full, or when the next
 * page is not there yet (a slow stream's pages go on one by one, never held back for company).
 */
async function* inGroups(pages: AsyncIterable<PageInput>): AsyncGenerator<PageInput[]> {
  const iterator = pages[Symbol.asyncIterator]()
  let pending = iterator.next()
  let group: PageInput[] = []
  let bytes = 0
  for (;;) {
    const result = group.length === 0 ? await pending : await Promise.race([pending, nextTurn(WAITING)])
    if (result === WAITING) {
      yield group
      group = []
      bytes = 0
      continue
    }
    if (result.done === true) break
    pending = iterator.next()
    const page = result.value
    group.push(page)
    bytes += (page.line ?? page.bytes)?.byteLength ?? (page.text?.length ?? 0) * 2
    if (group.length >= GROUP_PAGES || bytes >= GROUP_BYTES) {
      yield group
      group = []
      bytes = 0
    }
  }
  if (group.length > 0) yield group
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
