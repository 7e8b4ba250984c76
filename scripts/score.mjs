#!/usr/bin/env node
/**
 * Score a build against the gold answers (`*.gold.json`, format: `fixtures/GOLD.md`).
 *
 *   node scripts/score.mjs --module dist/index.js                 every corpus folder of fixtures/, one summary each
 *   node scripts/score.mjs --gold DIR [--gold DIR] --module PATH  those folders together, as the shared score-letters.mjs prints them
 *
 * Options: `--verbose` (every miss), `--json` (machine-readable), `--min F` (exit 1 when an
 * overall figure is below F, a fraction). `npm run score` builds, then runs the first form.
 * The fields and matching rules are those of the shared scorer (`scripts/score-core.mjs`).
 */
import {readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {corpusFolders, folderName, formatSummary, goldCases, scoreFiles} from './score-core.mjs'

const usage = 'usage: score.mjs [--gold DIR]... --module PATH [--verbose] [--json] [--min F]'

function args(argv) {
  const out = {gold: [], verbose: false, json: false}
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--gold') out.gold.push(argv[++i])
    else if (a === '--module') out.module = argv[++i]
    else if (a === '--min') out.min = Number(argv[++i])
    else if (a === '--verbose') out.verbose = true
    else if (a === '--json') out.json = true
    else throw new Error(`unknown argument ${a}\n${usage}`)
  }
  if (!out.module || out.gold.includes(undefined)) throw new Error(usage)
  return out
}

async function parser(path) {
  const mod = await import(pathToFileURL(resolve(path)).href)
  const parse = mod.parseLetters ?? mod.default?.parseLetters
  if (typeof parse !== 'function') throw new Error(`${path} exports no parseLetters`)
  return parse
}

/** Score the cases of `dirs` together, as one set. */
function score(dirs, parse) {
  const results = []
  for (const dir of dirs) {
    for (const {name, txt, gold} of goldCases(dir)) {
      try {
        results.push({name, gold, predicted: parse(readFileSync(txt, 'utf8'))})
      } catch (error) {
        results.push({name, gold, predicted: [], error})
      }
    }
  }
  return scoreFiles(results)
}

async function main() {
  const opt = args(process.argv.slice(2))
  const parse = await parser(opt.module)
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
  const sets =
    opt.gold.length > 0
      ? [{title: null, dirs: opt.gold}]
      : corpusFolders(fixtures).map((folder) => ({title: `${folderName(folder)} (fixtures/${folder})`, key: folderName(folder), dirs: [join(fixtures, folder)]}))
  const scored = sets.map((set) => ({...set, ...score(set.dirs, parse)}))
  if (opt.json) {
    const json = scored.length === 1 && scored[0].title === null ? scored[0].summary : Object.fromEntries(scored.map((set) => [set.key, set.summary]))
    console.log(JSON.stringify(json, null, 2))
  } else {
    for (const set of scored) {
      if (set.title) console.log(`== ${set.title}`)
      if (opt.verbose) for (const m of set.misses) console.log(m)
      console.log(formatSummary(set.summary))
    }
  }
  if (opt.min != null && scored.some((set) => set.summary.overall < opt.min)) process.exit(1)
}

main().catch((error) => {
  console.error(error.message ?? error)
  process.exit(2)
})
