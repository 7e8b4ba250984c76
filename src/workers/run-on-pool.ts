/**
 * Many files on worker threads: jobs go to the pool in batches (messaging between threads is
 * paid per batch, not per file), a few batches at a time, and results come back in input order.
 */
import type {Job, JobResult} from './convert-worker.js'
import {createPool} from './pool.js'

/** At most this many files go to a worker at once. */
const batchMax = 32

/**
 * Run `jobs` on `threads` worker threads. `onResult` is called once per job, in input order,
 * with its result or with the error that stopped its batch. `onPool` gets a way to stop the
 * threads early (on a signal).
 */
export async function runOnPool(
  jobs: readonly Job[],
  threads: number,
  onResult: (index: number, result: JobResult | Error) => Promise<void>,
  onPool?: (destroy: () => Promise<void>) => void
): Promise<void> {
  const pool = createPool(threads)
  onPool?.(() => pool.destroy())
  // Small enough batches to keep every thread busy to the end.
  const batch = Math.max(1, Math.min(batchMax, Math.floor(jobs.length / (threads * 4))))
  const window = threads * 2
  const results: Array<JobResult | Error | undefined> = []
  let next = 0
  const flush = async () => {
    while (next < jobs.length && results[next] !== undefined) {
      const result = results[next]!
      results[next] = undefined
      await onResult(next++, result)
    }
  }
  const start = (from: number): Promise<void> =>
    pool.run(jobs.slice(from, from + batch)).then(
      (done) => {
        done.forEach((result, offset) => {
          results[from + offset] = result
        })
      },
      (error: unknown) => {
        for (let at = from; at < Math.min(jobs.length, from + batch); at++) results[at] = error instanceof Error ? error : new Error(String(error))
      }
    )
  try {
    let index = 0
    const pending = new Set<Promise<void>>()
    while (index < jobs.length || pending.size > 0) {
      while (index < jobs.length && pending.size < window) {
        const promise: Promise<void> = start(index).then(() => {
          pending.delete(promise)
        })
        pending.add(promise)
        index += batch
      }
      await Promise.race(pending)
      await flush()
    }
    await flush()
  } finally {
    await pool.destroy()
  }
}
