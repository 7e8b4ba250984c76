/**
 * Child process of `bench/index.mjs`: measure one task on one archive size with tinybench,
 * in a fresh process so that peak memory (max RSS) belongs to that task alone.
 * Usage: node bench/run-task.mjs TASK CHARACTERS ITERATIONS
 * Prints one JSON line: {task, bytes, characters, mean, min, samples, peakRss, baseRss}.
 */
import {Bench} from 'tinybench'
import {buildArchive} from './archive.mjs'
import {tasks} from './tasks.mjs'

const [name, sizeArg, iterationsArg] = process.argv.slice(2)
const task = tasks[name]
if (!task) throw new Error(`Unknown task ${name}`)
const text = buildArchive(Number(sizeArg))
const bytes = Buffer.byteLength(text, 'utf8')
const iterations = Number(iterationsArg)
// Keep the text alive and the rss of the input alone as the base.
const baseRss = process.memoryUsage().rss

const bench = new Bench({
  iterations,
  time: 0,
  warmup: iterations > 1,
  warmupIterations: iterations > 3 ? 3 : 1,
  warmupTime: 0,
  throws: true
})
// `async: false`: without it tinybench calls the task once more, unmeasured, to see whether it
// returns a promise, and the measured run then pays for the garbage of that hidden run (on
// 100 MB, gigabytes: the 10 → 100 MB ratios looked superlinear for every task, the line scan too).
bench.add(
  name,
  () => {
    task(text)
  },
  {async: false}
)
await bench.run()
const result = bench.tasks[0].result
const peakRss = process.resourceUsage().maxRSS * 1024
process.stdout.write(
  JSON.stringify({
    task: name,
    bytes,
    characters: text.length,
    mean: result.latency.mean,
    min: result.latency.min,
    samples: result.latency.samplesCount ?? iterations,
    peakRss,
    baseRss
  }) + '\n'
)
