// Worker threads against one thread: convert batches of corpus copies with the built CLI.
//
//   npm run build && node scripts/measure-parallel.mjs [sizes…]   (default: 25 50 100 200 500 2000)
//
// Each batch is a folder of N copies of the fixtures (cycling through them); it is converted
// with `-o` into a folder, once with `--jobs 1` (in this thread) and once with the pool forced
// (`EPISTOLA_POOL_MIN_FILES=1`, `--jobs <cores>`); the best of three runs is kept.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {join} from 'node:path'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const sources = [join(root, 'fixtures/stalin-churchill-1941.txt'), ...readdirSync(join(root, 'fixtures/dev')).filter((n) => n.endsWith('.txt')).map((n) => join(root, 'fixtures/dev', n))]
const texts = sources.map((path) => readFileSync(path))
const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const batches = sizes.length > 0 ? sizes : [25, 50, 100, 200, 500, 2000]
const cores = availableParallelism()

function time(args, env) {
  let best = Infinity
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint()
    execFileSync('node', [cli, ...args], {env: {...process.env, ...env}, stdio: ['ignore', 'ignore', 'ignore']})
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6)
  }
  return best
}

/** What the machine really gives: the same CPU-bound loop in 1 and in `cores` processes at once. */
function effectiveCores() {
  const loop = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7'
  const run = (n) => {
    const start = process.hrtime.bigint()
    execFileSync('bash', ['-c', Array.from({length: n}, () => `node -e '${loop}' &`).join(' ') + ' wait'])
    return Number(process.hrtime.bigint() - start) / 1e6
  }
  const one = run(1)
  return (cores * one) / run(cores)
}

console.log(`cores: ${cores}; node ${process.version}; effective parallelism of this machine now: ${effectiveCores().toFixed(2)}×`)
console.log('files | MB    | 1 thread ms | pool ms | speed-up')
for (const count of batches) {
  const dir = mkdtempSync(join(tmpdir(), 'epistola-parallel-'))
  mkdirSync(join(dir, 'in'))
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const text = texts[i % texts.length]
    writeFileSync(join(dir, 'in', `copy-${String(i).padStart(5, '0')}.txt`), text)
    bytes += text.length
  }
  const one = time([join(dir, 'in'), '-o', join(dir, 'out1'), '--jobs', '1'], {})
  const many = time([join(dir, 'in'), '-o', join(dir, 'out2'), '--jobs', String(cores)], {EPISTOLA_POOL_MIN_FILES: '1'})
  console.log(`${String(count).padStart(5)} | ${(bytes / 1e6).toFixed(2).padStart(5)} | ${one.toFixed(0).padStart(11)} | ${many.toFixed(0).padStart(7)} | ${(one / many).toFixed(2)}×`)
  rmSync(dir, {recursive: true, force: true})
}
