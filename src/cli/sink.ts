/** Where output goes: stdout, a file, or memory (in a worker), written with back-pressure. */
import {createWriteStream, mkdirSync} from 'node:fs'
import {dirname} from 'node:path'
import type {Writable} from 'node:stream'
import type {Write} from './json-writer.js'

export interface Sink {
  write: Write
  /** Finish: flush, and close a file. */
  end(): Promise<void>
}

/** Write to a Node stream, waiting for `drain` when its buffer is full. */
export function streamSink(stream: Writable, close: boolean): Sink {
  let failure: Error | undefined
  stream.on('error', (error) => {
    failure = error
  })
  return {
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

/** A file, opened (and its folder made) on the first write: nothing to write, no file. */
export function fileSink(path: string): Sink {
  let sink: Sink | undefined
  return {
    async write(chunk) {
      if (!sink) {
        mkdirSync(dirname(path), {recursive: true})
        sink = streamSink(createWriteStream(path), true)
      }
      await sink.write(chunk)
    },
    async end() {
      await sink?.end()
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
