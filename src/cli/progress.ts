/** A one-line progress bar on stderr, for large batches on a terminal only. */
import type {Writable} from 'node:stream'

export interface Progress {
  tick(): void
  /** Clear the bar (before the report is written). */
  done(): void
}

/** Batches larger than this show a bar. */
export const progressMin = 20

export function createProgress(total: number, stream: Writable & {isTTY?: boolean; columns?: number}): Progress {
  if (total <= progressMin || !stream.isTTY) return {tick() {}, done() {}}
  let count = 0
  let last = 0
  const render = () => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 30))
    const filled = Math.round((count / total) * width)
    stream.write(`\r\u001B[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total} files`)
  }
  render()
  return {
    tick() {
      count++
      const now = Date.now()
      if (now - last >= 100 || count === total) {
        last = now
        render()
      }
    },
    done() {
      stream.write('\r\u001B[2K')
    }
  }
}
