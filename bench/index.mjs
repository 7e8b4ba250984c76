/**
 * `npm run bench`: epistola against two baselines on the same archives.
 *
 * Archives of 1 MB, 10 MB and 100 MB are built from the corpus texts in `fixtures/`
 * (`bench/archive.mjs`). On each, in the same run:
 *   - lineScan: split into lines, test one anchored regular expression per line (baseline);
 *   - tree:     `fromText` (text → unist tree with positions);
 *   - letters:  `parseLetters` + `LetterSchema.parse` of every letter (text → validated Letter[]);
 *   - full:     `parseArchive` (letters, tree, every rule's messages; its `schema` rule validates
 *               each letter) + `LetterSchema.parse` of every letter, as the first version measured;
 *   - remark:   `unified().use(remarkParse).parse` (baseline; 1 MB and 10 MB only: on
 *               100 MB it would take minutes).
 * Each (task, size) runs in its own child process (`bench/run-task.mjs`, tinybench), so its
 * peak memory (max RSS) is its own. MB = 10^6 bytes of UTF-8.
 * Targets (issue 5): full ≥ 0.10 × lineScan, full ≥ 20 × remark, time(10 MB) / time(1 MB) ≤ 11.
 * Then the streaming path on 100 MB (`scripts/stream-memory.mjs`) when `parseLettersStream` exists.
 *
 * Options: `--quick` (1 MB and 10 MB only), `--sizes 1,10` (MB), `--module PATH` (measure another
 * build of epistola, such as an older commit's `dist/index.js`, against the same baselines).
 */
import {execFileSync} from 'node:child_process'
import {resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const here = (file) => fileURLToPath(new URL(file, import.meta.url))
const args = process.argv.slice(2)
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : args.includes('--quick') ? '1,10' : '1,10,100'
const sizes = sizesArg.split(',').map(Number)
const moduleArg = args.includes('--module') ? resolve(args[args.indexOf('--module') + 1]) : undefined

/** Iterations per task and size (MB): enough samples at 1 MB, one run at 100 MB. */
const plan = {
  lineScan: {1: 20, 10: 5, 100: 3},
  tree: {1: 5, 10: 3, 100: 1},
  letters: {1: 5, 10: 3, 100: 1},
  full: {1: 5, 10: 3, 100: 1},
  remark: {1: 3, 10: 1}
}

function measure(task, mb) {
  const iterations = plan[task][mb] ?? 1
  const out = execFileSync(process.execPath, ['--max-old-space-size=8192', here('./run-task.mjs'), task, String(mb * 1e6), String(iterations)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: moduleArg ? {...process.env, EPISTOLA_BENCH_MODULE: moduleArg} : process.env
  })
  return JSON.parse(out.trim().split('\n').at(-1))
}

const mib = (bytes) => (bytes / 1048576).toFixed(0)
const results = new Map()
const rows = []
for (const mb of sizes) {
  for (const task of Object.keys(plan)) {
    if (plan[task][mb] === undefined) {
      rows.push({size: `${mb} MB`, task, 'MB/s': '—', 'mean ms': 'skipped (minutes on 100 MB)', samples: '', 'peak RSS MiB': ''})
      continue
    }
    process.stderr.write(`bench: ${task} on ${mb} MB…\n`)
    const r = measure(task, mb)
    results.set(`${task}@${mb}`, r)
    rows.push({
      size: `${mb} MB`,
      task,
      'MB/s': (r.bytes / 1e6 / (r.mean / 1000)).toFixed(2),
      'mean ms': r.mean.toFixed(1),
      samples: r.samples,
      'peak RSS MiB': `${mib(r.peakRss)} (input ${mib(r.baseRss)})`
    })
  }
}
console.log(`\nepistola: ${moduleArg ?? 'dist/index.js'}`)
console.log('Throughput (same archive text for every task of a size)')
console.table(rows)

const ratio = (a, b) => (a && b ? b.mean / a.mean : Number.NaN)
const summary = []
for (const mb of sizes) {
  const full = results.get(`full@${mb}`)
  const line = results.get(`lineScan@${mb}`)
  const remark = results.get(`remark@${mb}`)
  summary.push({
    size: `${mb} MB`,
    'full/lineScan (target ≥ 0.10)': ratio(full, line).toFixed(4),
    'full/remark (target ≥ 20)': remark ? ratio(full, remark).toFixed(2) : '—',
    'letters/lineScan (target ≥ 0.10)': ratio(results.get(`letters@${mb}`), line).toFixed(4),
    'letters/remark (target ≥ 20)': remark ? ratio(results.get(`letters@${mb}`), remark).toFixed(2) : '—',
    'tree/lineScan': ratio(results.get(`tree@${mb}`), line).toFixed(4)
  })
}
console.log('Ratios of speed (higher is faster for epistola)')
console.table(summary)

const linearity = []
for (const task of ['lineScan', 'tree', 'letters', 'full', 'remark']) {
  for (const [a, b] of [[1, 10], [10, 100]]) {
    const small = results.get(`${task}@${a}`)
    const large = results.get(`${task}@${b}`)
    if (small && large) linearity.push({task, sizes: `${b} MB ÷ ${a} MB`, 'time ratio (target ≤ 11)': (large.mean / small.mean).toFixed(2), 'size ratio': (large.bytes / small.bytes).toFixed(2)})
  }
}
console.log('Linearity')
console.table(linearity)

if (sizes.includes(100)) {
  process.stderr.write('bench: streaming 100 MB…\n')
  try {
    const out = execFileSync(process.execPath, ['--max-old-space-size=64', here('../scripts/stream-memory.mjs'), '--mb', '100'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})
    console.log('Streaming path (parseLettersStream, 100 MB, --max-old-space-size=64)')
    console.log(out.trim())
  } catch (error) {
    console.log(`Streaming path: failed (${error.status}): ${String(error.stdout ?? '').trim()}`)
  }
}
