/**
 * A piscina worker: cleans the pages it is sent with the options the pool was started with
 * (resolved once per thread, site profile included).
 */
import {workerData} from 'node:worker_threads'
import {cleanPage, type Outcome, type Task} from './clean-page.js'
import {optionsFromConfig, type CleanConfig} from './config.js'

const options = optionsFromConfig(workerData as CleanConfig)

export default function clean(task: Task): Outcome {
  return cleanPage(task, options)
}
