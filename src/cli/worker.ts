/**
 * A piscina worker: cleans the group of pages it is sent with the options the pool was started
 * with (resolved once per thread, site profile included), and prints them.
 */
import {workerData} from 'node:worker_threads'
import {Piscina} from 'piscina'
import {cleanPage, type Outcome, type Task} from './clean-page.js'
import {optionsFromConfig, type CleanConfig} from './config.js'

const options = optionsFromConfig(workerData as CleanConfig)
const encoder = new TextEncoder()
// UTF-8 takes at most three bytes for a UTF-16 code unit.
const MAX_BYTES_PER_UNIT = 3

/**
 * The outcomes, each printed page as UTF-8 bytes: views into one buffer, moved to the main
 * thread (one transfer per group, not one per page); the main thread only writes them.
 */
export default function clean(tasks: Task[]): unknown {
  const outcomes: Outcome[] = tasks.map((task) => cleanPage(task, options))
  let capacity = 0
  for (const outcome of outcomes) if (outcome.ok && typeof outcome.output === 'string') capacity += outcome.output.length * MAX_BYTES_PER_UNIT
  if (capacity === 0) return outcomes
  const room = new Uint8Array(capacity)
  const spans: Array<[number, number] | undefined> = []
  let used = 0
  for (const outcome of outcomes) {
    if (!outcome.ok || typeof outcome.output !== 'string') spans.push(undefined)
    else {
      const {written} = encoder.encodeInto(outcome.output, room.subarray(used))
      spans.push([used, used + written])
      used += written
    }
  }
  // One copy of the bytes written, so that the buffer moved is no larger than they are.
  const bytes = room.slice(0, used)
  const printed = outcomes.map((outcome, k) => {
    const span = spans[k]
    return span === undefined ? outcome : {...outcome, output: bytes.subarray(span[0], span[1])}
  })
  const movable = {[Piscina.transferableSymbol]: [bytes.buffer], [Piscina.valueSymbol]: printed}
  return Piscina.move(movable as unknown as Parameters<typeof Piscina.move>[0])
}
