#!/usr/bin/env node
/**
 * Streaming memory check (issue 5; a documented script, not a CI test).
 *
 * Feeds an archive of `--mb N` megabytes (default 1000 = 1 GB) built from the corpus texts in
 * `fixtures/` to `parseLettersStream(asyncIterable) → AsyncIterable<Letter>` in 64 KiB chunks,
 * never holding the whole archive, and reports the peak heap seen while letters come out.
 * Run it under a small heap so that a leak fails loudly:
 *
 *   npm run build
 *   node --max-old-space-size=64 scripts/stream-memory.mjs            # 1 GB, heap ≤ 64 MiB
 *   node --max-old-space-size=64 scripts/stream-memory.mjs --mb 100   # 100 MB (what `npm run bench` runs)
 *
 * Exit 0 and prints the figures when the peak heap stays under the limit (`--limit-mib`, 64);
 * exit 1 when it does not; exit 0 with a clear "skipped" line when the built package does not
 * export `parseLettersStream` yet. V8 aborts (out of memory) when the heap limit is passed.
 */
import {corpusTexts} from '../bench/archive.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback)
const megabytes = option('--mb', 1000)
const limitMib = option('--limit-mib', 64)
const chunkSize = 64 * 1024

const api = await import('../dist/index.js')
if (typeof api.parseLettersStream !== 'function') {
  console.log('skipped: dist/index.js does not export parseLettersStream (run `npm run build` on a tree that has it)')
  process.exit(0)
}

/** The archive as chunks: the corpus repeated, cut into 64 KiB strings, `megabytes` in all. */
async function* chunks() {
  const unit = corpusTexts().map((text) => text.trim()).join('\n\n\n') + '\n\n\n'
  const total = megabytes * 1e6
  let sent = 0
  let at = 0
  while (sent < total) {
    const size = Math.min(chunkSize, total - sent)
    let chunk = ''
    while (chunk.length < size) {
      const piece = unit.slice(at, at + size - chunk.length)
      chunk += piece
      at = (at + piece.length) % unit.length
    }
    sent += chunk.length
    yield chunk
  }
}

let peakHeap = 0
let letters = 0
let lastOffset = -1
const sample = () => {
  const used = process.memoryUsage().heapUsed
  if (used > peakHeap) peakHeap = used
}
const timer = setInterval(sample, 50)
const started = performance.now()
for await (const letter of api.parseLettersStream(chunks())) {
  letters++
  // Positions stay true to the whole input: offsets only grow.
  const offset = letter.position.start.offset
  if (offset < lastOffset) throw new Error(`Letter ${letters} starts at ${offset}, before the previous one (${lastOffset})`)
  lastOffset = offset
  if (letters % 64 === 0) sample()
}
sample()
clearInterval(timer)
const seconds = (performance.now() - started) / 1000
const mib = (bytes) => (bytes / 1048576).toFixed(1)
const ok = peakHeap < limitMib * 1048576
console.log(
  `${ok ? 'ok' : 'FAIL'}: ${megabytes} MB streamed in ${seconds.toFixed(1)} s (${(megabytes / seconds).toFixed(2)} MB/s), ` +
    `${letters} letters, peak heap used ${mib(peakHeap)} MiB (limit ${limitMib} MiB), max RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`
)
process.exit(ok ? 0 : 1)
