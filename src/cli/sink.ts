/**
 * Where output goes: stdout, a file, or memory (in a worker), written with back-pressure.
 * A file is written atomically: into a temporary file beside it, renamed onto it only when the
 * whole output is there; the file it replaces is never truncated or half-written.
 */
import {chmodSync, createWriteStream, mkdirSync, renameSync, statSync, unlinkSync, type WriteStream} from 'node:fs'
import {dirname} from 'node:path'
import type {Writable} from 'node:stream'
import type {Write} from './json-writer.js'
import {holdTemp, releaseTemp} from './temp-files.js'

export interface Sink {
  write: Write
  /** Finish: flush, and close a file. */
  end(): Promise<void>
}

/** Write to a Node stream, waiting for `drain` when its buffer is full. */
export function streamSink(stream: Writable, close: boolean): Sink & {readonly failure: Error | undefined} {
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure ??= error
  })
  return {
    get failure() {
      return failure
    },
    async write(chunk) {
      if (failure) throw failure
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve, reject) => {
          const done = (error?: Error) => {
            stream.off('drain', done)
            stream.off('error', done)
            if (error) reject(error)
            else resolve()
          }
          stream.once('drain', done)
          stream.once('error', done)
        })
      }
    },
    async end() {
      if (failure) throw failure
      if (!close) return
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject)
        stream.end(() => resolve())
      })
    }
  }
}

/** An output file, written atomically. */
export interface FileSink extends Sink {
  /** Something was written. */
  readonly written: boolean
  /** The first error of the file system (then later writes do nothing), or `undefined`. */
  readonly failure: Error | undefined
  /** Rename the temporary file onto the target (after `end`); throws the failure, if any. */
  commit(): void
  /** Remove the temporary file, leaving the target as it was. */
  abort(): void
}

/**
 * A file written through `tempPath`, opened (and its folder made) on the first write: nothing
 * written, no file. A failure of the file system (a full disk) does not throw from `write`: the
 * rest of the input is still read (its messages are wanted), and `commit` reports it.
 */
export function fileSink(path: string, tempPath: string): FileSink {
  let stream: WriteStream | undefined
  let sink: Sink | undefined
  let failure: Error | undefined
  let written = false
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error))
  }
  return {
    get written() {
      return written
    },
    get failure() {
      return failure
    },
    async write(chunk) {
      written = true
      if (failure) return
      try {
        if (!sink) {
          mkdirSync(dirname(tempPath), {recursive: true})
          holdTemp(tempPath)
          // `wx`: a name taken (another run, by chance) is an error, never shared.
          stream = createWriteStream(tempPath, {flags: 'wx'})
          sink = streamSink(stream, true)
        }
        await sink.write(chunk)
      } catch (error) {
        fail(error)
      }
    },
    async end() {
      if (!sink || failure) return
      try {
        await sink.end()
      } catch (error) {
        fail(error)
      }
    },
    commit() {
      if (failure) throw failure
      if (!sink) return
      try {
        // A file replaced keeps its permissions, as `cp` keeps them.
        chmodSync(tempPath, statSync(path).mode & 0o7777)
      } catch {
        // No file to replace.
      }
      renameSync(tempPath, path)
      releaseTemp(tempPath)
    },
    abort() {
      stream?.destroy()
      if (sink) {
        try {
          unlinkSync(tempPath)
        } catch {
          // Never made.
        }
      }
      releaseTemp(tempPath)
    }
  }
}

/** Count what goes through a sink: did anything? */
export function trackedSink(sink: Sink): Sink & {written: boolean} {
  const tracked = {
    written: false,
    async write(chunk: string) {
      tracked.written = true
      await sink.write(chunk)
    },
    end: () => sink.end()
  }
  return tracked
}

/** Collect output in memory (a worker sends it back to the main thread). */
export function memorySink(): Sink & {text(): string} {
  const chunks: string[] = []
  return {
    async write(chunk) {
      chunks.push(chunk)
    },
    async end() {},
    text: () => chunks.join('')
  }
}
