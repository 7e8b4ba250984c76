// One long line against a normal archive of the same size, through the built CLI, in one run.
//
//   npm run build && node scripts/measure-single-line.mjs [megabytes]   (default: 50)
//
// The normal archive is the fixtures joined and repeated; the single line is the same text with
// every line break made a space. Each is converted to JSON Lines (streamed: stdin and files of
// 8 MiB or more are) and to JSON, with --silent so that the report costs nothing; wall time and
// peak memory (GNU time, when installed) of the best of two runs are printed.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const megabytes = Number(process.argv[2]) || 50
const size = megabytes * 1e6
const texts = [join(root, 'fixtures/stalin-churchill-1941.txt'), ...readdirSync(join(root, 'fixtures/dev')).filter((n) => n.endsWith('.txt')).map((n) => join(root, 'fixtures/dev', n))].map((path) => readFileSync(path, 'utf8'))
const block = texts.join('\n\n') + '\n\n'

function fill(unit) {
  const parts = []
  let length = 0
  while (length < size) {
    parts.push(unit)
    length += unit.length
  }
  return parts.join('').slice(0, size)
}

const dir = mkdtempSync(join(tmpdir(), 'epistola-single-line-'))
const gnuTime = existsSync('/usr/bin/time')
try {
  const files = {normal: join(dir, 'normal.txt'), 'single line': join(dir, 'line.txt')}
  writeFileSync(files.normal, fill(block))
  writeFileSync(files['single line'], fill(block.replace(/\r?\n/gu, ' ')) + '\n')
  const rows = []
  for (const format of ['jsonl', 'json']) {
    for (const [name, path] of Object.entries(files)) {
      let best = {ms: Infinity, rss: null}
      for (let run = 0; run < 2; run++) {
        const args = [cli, path, '--format', format, '--silent', '--jobs', '1']
        const start = process.hrtime.bigint()
        const result = gnuTime ? spawnSync('/usr/bin/time', ['-f', '%M', 'node', ...args], {stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1e9}) : spawnSync('node', args, {stdio: 'ignore'})
        const ms = Number(process.hrtime.bigint() - start) / 1e6
        const rss = gnuTime ? Math.round(Number(result.stderr.trim().split('\n').at(-1)) / 1024) : null
        if (ms < best.ms) best = {ms, rss}
      }
      rows.push({format, input: name, MB: megabytes, 's': (best.ms / 1000).toFixed(2), 'peak RSS MiB': best.rss})
    }
  }
  for (const format of ['jsonl', 'json']) {
    const [normal, line] = rows.filter((row) => row.format === format)
    rows.push({format, input: 'single line / normal', MB: megabytes, s: `${(Number(line.s) / Number(normal.s)).toFixed(2)} ×`, 'peak RSS MiB': null})
  }
  console.log(`node ${process.version}, ${execFileSync('nproc', {encoding: 'utf8'}).trim()} cores`)
  console.table(rows)
} finally {
  rmSync(dir, {recursive: true, force: true})
}
