/**
 * A one-line progress bar on stderr, on a terminal only: files done for a large batch, bytes
 * read for one large file or stdin.
 */
import type {Writable} from 'node:stream'

export type Terminal = Writable & {isTTY?: boolean; columns?: number}

export interface Progress {
  tick(): void
  /** Clear the bar (before the report is written). */
  done(): void
}

export interface ReadProgress {
  /** Bytes read and letters read so far. */
  update(bytes: number, letters: number): void
  done(): void
}

/** Batches larger than this show a bar. */
export const progressMin = 20
/** A single input shows its progress once reading it has taken this long (ms). */
export const readProgressDelay = 300
/** Redraw at most this often (ms). */
const every = 100

const clear = '\r\u001B[2K'

function bar(fraction: number, stream: Terminal, room: number): string {
  const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - room))
  const filled = Math.round(Math.min(1, fraction) * width)
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`
}

export function createProgress(total: number, stream: Terminal): Progress {
  if (total <= progressMin || !stream.isTTY) return {tick() {}, done() {}}
  let count = 0
  let last = 0
  const render = () => {
    stream.write(`${clear}${bar(count / total, stream, 30)} ${count}/${total} files`)
  }
  render()
  return {
    tick() {
      count++
      const now = Date.now()
      if (now - last >= every || count === total) {
        last = now
        render()
      }
    },
    done() {
      stream.write(clear)
    }
  }
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1)

/** Progress of one input of `total` bytes (`null`: stdin, size unknown). */
export function createReadProgress(total: number | null, stream: Terminal, now: () => number = Date.now): ReadProgress {
  if (!stream.isTTY) return {update() {}, done() {}}
  const start = now()
  let last = 0
  let drawn = false
  return {
    update(bytes, letters) {
      const time = now()
      if (time - start < readProgressDelay || time - last < every) return
      last = time
      drawn = true
      const count = `${letters.toLocaleString('en')} letters`
      stream.write(total ? `${clear}${bar(bytes / total, stream, 45)} ${megabytes(bytes)}/${megabytes(total)} MB, ${count}` : `${clear}${megabytes(bytes)} MB read, ${count}`)
    },
    done() {
      if (drawn) stream.write(clear)
    }
  }
}
