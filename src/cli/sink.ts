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

/** A file, its folder made when missing. */
export function fileSink(path: string): Sink {
  mkdirSync(dirname(path), {recursive: true})
  return streamSink(createWriteStream(path), true)
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
