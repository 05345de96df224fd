/**
 * A piscina worker: cleans the pages it is sent with the options the pool was started with
 * (resolved once per thread, site profile included), and prints them.
 */
import {workerData} from 'node:worker_threads'
import {Piscina} from 'piscina'
import {cleanPage, type Task} from './clean-page.js'
import {optionsFromConfig, type CleanConfig} from './config.js'

const options = optionsFromConfig(workerData as CleanConfig)
const encoder = new TextEncoder()

/** The outcome with its printed page as UTF-8 bytes, moved to the main thread: it only writes them. */
export default function clean(task: Task): unknown {
  const outcome = cleanPage(task, options)
  if (!outcome.ok || typeof outcome.output !== 'string') return outcome
  const message = {...outcome, output: encoder.encode(outcome.output)}
  const movable = {[Piscina.transferableSymbol]: [message.output.buffer], [Piscina.valueSymbol]: message}
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0])
}
