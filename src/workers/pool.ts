/**
 * A pool of worker threads (tinypool) for large batches: each worker runs `convert-worker.js`,
 * built beside the command line in `dist/`.
 */
import Tinypool from 'tinypool'
import type {Job, JobResult} from './convert-worker.js'

export interface Pool {
  run(jobs: readonly Job[]): Promise<JobResult[]>
  destroy(): Promise<void>
}

export function createPool(threads: number): Pool {
  const pool = new Tinypool({
    filename: new URL('./convert-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads
  })
  return {
    run: (jobs) => pool.run(jobs) as Promise<JobResult[]>,
    destroy: () => pool.destroy()
  }
}
