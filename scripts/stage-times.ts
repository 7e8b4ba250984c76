/**
 * `npm run profile:stages [-- MB]`: where the time of `parseArchive` goes, stage by stage,
 * on a benchmark archive (`bench/archive.mjs`, 10 MB by default), three rounds.
 * Runs the TypeScript sources through tsx, so no build is needed. For a function-level
 * picture: `node --cpu-prof --import tsx scripts/stage-times.ts 10`.
 */
import {VFile} from 'vfile'
import {buildArchive} from '../bench/archive.mjs'
import {compileTree} from '../src/compile/to-letters.js'
import {buildTree} from '../src/parse/build-tree.js'
import {classify} from '../src/parse/classify.js'
import {Locator, splitLines} from '../src/parse/lines.js'
import {emptyLayout} from '../src/parse/layout/types.js'
import {segmentLetters} from '../src/parse/segment/index.js'
import {lint} from '../src/rules/index.js'

const mb = Number(process.argv[2] ?? 10)
const text: string = buildArchive(mb * 1e6)
for (let round = 0; round < 3; round++) {
  const times: Record<string, number> = {}
  let start = performance.now()
  const lap = (stage: string) => {
    const now = performance.now()
    times[stage] = Math.round(now - start)
    start = now
  }
  const lines = splitLines(text)
  const locator = new Locator(lines)
  lap('lines')
  const segments = classify(text, lines)
  lap('classify')
  const plan = segmentLetters(segments, emptyLayout())
  lap('segment')
  const tree = buildTree({text, locator}, plan)
  lap('build')
  const file = new VFile({value: text})
  const compiled = compileTree(tree, file)
  lap('compile')
  lint(tree, compiled, file, {})
  lap('lint')
  const total = Object.values(times).reduce((a, b) => a + b, 0)
  console.log(`${JSON.stringify(times)} total ${total} ms, ${((mb / total) * 1000).toFixed(2)} MB/s, ${compiled.length} letters, ${file.messages.length} messages`)
}
