/**
 * The command line in-process: `run(io)` (`src/cli/run.ts`) with streams in memory, so that
 * coverage sees `src/cli/` (the spawned tests run the built binary, which coverage does not see).
 * Shared by `cli-run.test.ts` and `cli-in-process.test.ts`.
 *
 * Worker threads run the built `dist/convert-worker.js`; each test file replaces the pool by
 * `runOnPoolInThread`, at its top (`vi.mock` is hoisted per file):
 *
 *     vi.mock('../src/workers/run-on-pool.js', async () => ({runOnPool: (await import('./helpers/cli-in-process.js')).runOnPoolInThread}))
 *
 * This module imports `run.ts` only when `loadRun` is called: after the test has set
 * `EPISTOLA_POOL_MIN_FILES` (read when `run.ts` is loaded), and never from the mock's factory.
 */
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable, Writable} from 'node:stream'
import type {Io} from '../../src/cli/run.js'
import type {Job, JobResult} from '../../src/workers/convert-worker.js'

/** The pool, in this thread: each job converted by the worker's own function; a file named `crash-*` fails its batch. */
export async function runOnPoolInThread(jobs: readonly Job[], _threads: number, onResult: (index: number, result: JobResult | Error) => Promise<void>): Promise<void> {
  const {convertJob} = await import('../../src/workers/convert-worker.js')
  for (const [index, job] of jobs.entries()) {
    await onResult(index, job.task.name.includes('crash-') ? new Error('worker exited\nwith a stack') : await convertJob(job))
  }
}

export const root = new URL('../../', import.meta.url).pathname
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

/** A writable that keeps what it is given; a terminal of 80 columns with `isTTY`. */
export function collector(options: {isTTY?: boolean} = {}) {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk))
      callback()
    }
  }) as Writable & {isTTY?: boolean; columns?: number}
  if (options.isTTY) {
    stream.isTTY = true
    stream.columns = 80
  }
  return {stream, text: () => chunks.join('')}
}

export interface RunOptions {
  /** What stdin gives: text, bytes, or bytes in chunks. */
  input?: string | Buffer | readonly Buffer[]
  stdinTTY?: boolean
  stderrTTY?: boolean
  env?: Record<string, string | undefined>
}

export interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** A message of `--report json`. */
export interface Reported {
  path: string
  messages: Array<{reason: string; ruleId: string; fatal?: boolean | null; line?: number | null; column?: number | null}>
}

/**
 * Load `run.ts` (with the pool taking batches of `poolMinFiles` files or more) and make a
 * temporary folder; `epistola(args)` runs the command line with stdin from `input`.
 */
export async function loadRun(prefix: string, poolMinFiles: number) {
  process.env.EPISTOLA_POOL_MIN_FILES = String(poolMinFiles)
  const module = await import('../../src/cli/run.js')
  delete process.env.EPISTOLA_POOL_MIN_FILES
  const dir = mkdtempSync(join(tmpdir(), prefix))
  async function epistola(args: string[], options: RunOptions = {}): Promise<Ran> {
    const stdout = collector()
    const stderr = collector({isTTY: options.stderrTTY})
    const input = options.input
    const chunks = input === undefined ? [] : typeof input === 'string' ? [Buffer.from(input)] : Buffer.isBuffer(input) ? [input] : input
    const stdin = Readable.from(chunks) as Readable & {isTTY?: boolean}
    if (options.stdinTTY) stdin.isTTY = true
    const io: Io = {argv: args, stdin, stdout: stdout.stream, stderr: stderr.stream, name: 'epistola', version: '9.9.9', description: 'Test description', env: options.env}
    const code = await module.run(io)
    return {code, stdout: stdout.text(), stderr: stderr.text()}
  }
  return {
    dir,
    at: (...parts: string[]) => join(dir, ...parts),
    epistola,
    poolMinFiles: module.poolMinFiles,
    cleanup: () => rmSync(dir, {recursive: true, force: true})
  }
}

/** The messages of a run with `--report json`. */
export const report = (ran: Ran): Reported[] => JSON.parse(ran.stderr) as Reported[]
