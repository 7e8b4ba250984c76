/**
 * Temporary files of atomic writes: named beside their target, uniquely per run (two runs
 * writing one output never share a file), and removed on error, on exit, and on SIGINT,
 * SIGTERM or SIGHUP before the process dies of the signal as it would have.
 */
import {randomBytes} from 'node:crypto'
import {unlinkSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/** This run's mark in its temporary names: the process id and a random part. */
export function createRunId(): string {
  return `${process.pid}-${randomBytes(4).toString('hex')}`
}

/** The temporary file for `path` in the run `runId`: hidden, beside it, on the same file system. */
export function tempPathFor(path: string, runId: string): string {
  // Cut long names so that the temporary name stays within the usual 255-byte limit.
  return join(dirname(path), `.${basename(path).slice(0, 180)}.epistola-${runId}.tmp`)
}

const pending = new Set<string>()

/** Remember a temporary file to remove if the run stops before it is renamed. */
export function holdTemp(path: string): void {
  pending.add(path)
}

export function releaseTemp(path: string): void {
  pending.delete(path)
}

/** Remove every temporary file still held (a missing one is fine). */
export function removeHeldTemps(): void {
  for (const path of pending) {
    try {
      unlinkSync(path)
    } catch {
      // Already renamed or never made.
    }
  }
  pending.clear()
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Remove the held temporary files on exit and on a signal; `beforeDeath` runs between a first
 * and a last removal (to stop worker threads that may still make files).
 */
export function removeTempsOnExit(beforeDeath: () => Promise<void>): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    for (const name of signals) process.off(name, onSignal)
    removeHeldTemps()
    const die = () => {
      removeHeldTemps()
      // Die of the signal, so the shell sees what stopped the command (exit status 128 + n).
      process.kill(process.pid, signal)
    }
    beforeDeath().then(die, die)
  }
  for (const name of signals) process.on(name, onSignal)
  process.on('exit', removeHeldTemps)
  return () => {
    for (const name of signals) process.off(name, onSignal)
    process.off('exit', removeHeldTemps)
  }
}
