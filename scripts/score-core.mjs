/**
 * The project's scorer: a parser's `Letter[]` against the hand-made gold answers
 * (`fixtures/GOLD.md`), with the fields and matching rules of the shared
 * `score-letters.mjs` (same normalisation, same alignment, same figures), written for the
 * project so that `npm run score` and the accuracy test work in a clone on their own.
 *
 * Used by `scripts/score.mjs` (the command line), `scripts/accuracy-record.mjs` (writes
 * `fixtures/accuracy.json` and the known-difference lists) and `test/accuracy.test.ts`.
 * Plain JavaScript so that node runs it without a build; types in `score-core.d.mts`.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** The fields scored on each matched letter, in the order they are printed. */
export const FIELDS = ['number', 'heading', 'from', 'to', 'date', 'received', 'place', 'signature', 'source', 'paragraphs']

// ---------------------------------------------------------------- normalisation

const isWhite = (char) => /\s/u.test(char)

/** `value` without its leading characters in `set`, then without its trailing ones in `tail`. */
function stripEdges(value, set, tail) {
  let start = 0
  while (start < value.length && set.includes(value[start])) start++
  let end = value.length
  while (end > start && tail.includes(value[end - 1])) end--
  return value.slice(start, end)
}

/** `value` without a run of `chars` at its end (`/[chars]+$/`). */
function stripEnd(value, chars) {
  let end = value.length
  while (end > 0 && chars.includes(value[end - 1])) end--
  return value.slice(0, end)
}

/** A footnote number glued to the last word (`Churchill17`): `/(\p{L})\d{1,3}$/u` on the end only (at most 5 code units). */
function stripGluedNumber(value) {
  const tail = value.slice(-5)
  const cut = tail.replace(/(\p{L})\d{1,3}$/u, '$1')
  return cut === tail ? value : value.slice(0, value.length - tail.length) + cut
}

/** Trailing asterisks and the white space before them (`/\s*\*+$/`). */
function stripStars(value) {
  const end = stripEnd(value, '*')
  if (end.length === value.length) return value
  let cut = end.length
  while (cut > 0 && isWhite(end[cut - 1])) cut--
  return end.slice(0, cut)
}

/** The value as compared: NFKC, straight quotes and hyphens, no italics marks, one space, no edge punctuation or markers, lower case. */
export function norm(value) {
  if (value == null) return null
  let text = String(value)
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b]/gu, "'")
    .replace(/[\u201c\u201d\u201e]/gu, '"')
    .replace(/[\u2010-\u2015]/gu, '-')
    // e-texts mark italics with underscores: a value with or without them is the same value
    .replaceAll('_', '')
    .replace(/\s+/gu, ' ')
    .trim()
  text = stripEdges(text, '"\'([', '"\')]')
  text = stripGluedNumber(text)
  text = stripStars(text)
  text = stripEnd(text, '.,;:')
  return text.trim().toLowerCase() || null
}

const names = (list) => (Array.isArray(list) ? list.map(norm).filter(Boolean).sort() : [])
const words = (s, n = 5) => (s ? norm(s)?.split(' ').slice(0, n).join(' ') : null)

// ---------------------------------------------------------------- letters

/** A `Letter` as the gold has it: flat values (surnames, ISO dates, the paragraph count). */
export function flatten(l) {
  const text = (v) => (v == null ? null : typeof v === 'string' ? v : (v.text ?? v.name ?? v.raw ?? null))
  const person = (p) => (typeof p === 'string' ? p : (p?.surname ?? p?.name ?? p?.raw ?? null))
  const iso = (d) => (d == null ? null : typeof d === 'string' ? d : (d.iso ?? null))
  const body = Array.isArray(l.body) ? l.body : []
  const first = body.length ? text(body[0]) : null
  let source = l.source == null ? null : typeof l.source === 'string' ? l.source : (l.source.text ?? l.source.raw ?? null)
  if (source) source = source.replace(/^\s*source\s*:\s*/i, '') // no `u`: under it, `s` would also match `ſ`
  return {
    number: l.number ?? null,
    heading: text(l.heading),
    from: (l.from ?? []).map(person),
    to: (l.to ?? []).map(person),
    date: iso(l.date),
    received: iso(l.received),
    place: text(l.place),
    signature: l.signature == null ? null : typeof l.signature === 'string' ? l.signature : (l.signature.raw ?? l.signature.name ?? null),
    source,
    paragraphs: body.length,
    firstWords: first
  }
}

/** Whether a predicted value counts as the gold one. */
export function same(field, g, p) {
  if (field === 'from' || field === 'to') return JSON.stringify(names(g)) === JSON.stringify(names(p))
  if (field === 'paragraphs') return g === p
  if (field === 'date' || field === 'received') return (g ?? null) === (p ?? null)
  return norm(g) === norm(p)
}

/**
 * Monotonic alignment of gold letters to predicted (flat) letters: the longest common
 * subsequence on a similarity (same first words of the body: 2, else same heading: 1).
 */
export function align(gold, pred) {
  const sim = (g, p) => {
    const gw = words(g.firstWords)
    const pw = words(p.firstWords)
    if (gw && pw && (gw === pw || pw.startsWith(gw) || gw.startsWith(pw))) return 2
    if (g.heading && p.heading && norm(g.heading) === norm(p.heading)) return 1
    return 0
  }
  const n = gold.length
  const m = pred.length
  const dp = Array.from({length: n + 1}, () => new Array(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const s = sim(gold[i], pred[j])
      dp[i][j] = Math.max(dp[i + 1][j], dp[i][j + 1], s ? s + dp[i + 1][j + 1] : 0)
    }
  const pairs = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    const s = sim(gold[i], pred[j])
    if (s && dp[i][j] === s + dp[i + 1][j + 1]) pairs.push([i++, j++])
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++
    else j++
  }
  return pairs
}

/**
 * Score files: `results` are `{name, gold, predicted, error?}` (`gold` a parsed `*.gold.json`,
 * `predicted` the parser's letters). Returns the summary, the misses as the shared scorer
 * prints them, and `differences`: one `{file, letter, field, expected, gold}` per value that
 * differs, per gold letter not found (`field: 'letter'`, `expected: null`) and per predicted
 * letter that matches no gold letter (`letter: null`); `expected` is the predicted value.
 */
export function scoreFiles(results) {
  const tally = Object.fromEntries(FIELDS.map((f) => [f, 0]))
  let goldCount = 0
  let predCount = 0
  let matched = 0
  let failedFiles = 0
  const misses = []
  const differences = []
  for (const {name, gold, predicted, error} of results) {
    const file = name.replace(/\.gold\.json$/u, '.txt')
    if (error) {
      failedFiles++
      misses.push(`${name}: parser failed: ${String(error.message ?? error).split('\n')[0]}`)
      differences.push({file, letter: null, field: 'error', expected: String(error.message ?? error).split('\n')[0], gold: null})
    }
    const pred = (predicted ?? []).map(flatten)
    goldCount += gold.letters.length
    predCount += pred.length
    const pairs = align(gold.letters, pred)
    matched += pairs.length
    const hit = new Set(pairs.map(([i]) => i))
    const hitPredicted = new Set(pairs.map(([, j]) => j))
    gold.letters.forEach((g, i) => {
      if (hit.has(i)) return
      misses.push(`${name} #${i + 1}: letter not found ("${g.firstWords}")`)
      differences.push({file, letter: i + 1, field: 'letter', expected: null, gold: g.firstWords ?? g.heading ?? null})
    })
    for (const [i, j] of pairs) {
      for (const f of FIELDS) {
        if (same(f, gold.letters[i][f], pred[j][f])) tally[f]++
        else {
          misses.push(`${name} #${i + 1} ${f}: expected ${JSON.stringify(gold.letters[i][f])}, got ${JSON.stringify(pred[j][f])}`)
          differences.push({file, letter: i + 1, field: f, expected: pred[j][f] ?? null, gold: gold.letters[i][f] ?? null})
        }
      }
    }
    pred.forEach((p, j) => {
      if (!hitPredicted.has(j)) differences.push({file, letter: null, field: 'letter', expected: p.firstWords ?? p.heading ?? null, gold: null})
    })
  }
  const fields = Object.fromEntries(FIELDS.map((f) => [f, goldCount ? tally[f] / goldCount : 0]))
  const overall = goldCount ? FIELDS.reduce((a, f) => a + tally[f], 0) / (goldCount * FIELDS.length) : 0
  const precision = predCount ? matched / predCount : 0
  const recall = goldCount ? matched / goldCount : 0
  return {summary: {letters: goldCount, predicted: predCount, matched, precision, recall, failedFiles, fields, overall}, misses, differences}
}

/** The summary as the scorers print it. */
export function formatSummary(s) {
  const pct = (x) => (100 * x).toFixed(1).padStart(5) + '%'
  return [
    `letters: gold ${s.letters}, predicted ${s.predicted}, matched ${s.matched} (precision ${pct(s.precision)}, recall ${pct(s.recall)}); files that failed: ${s.failedFiles}`,
    ...FIELDS.map((f) => `  ${f.padEnd(11)} ${pct(s.fields[f])}`),
    `overall field accuracy: ${pct(s.overall)}`
  ].join('\n')
}

// ---------------------------------------------------------------- fixtures

/** The gold cases of a folder: every `NAME.gold.json` with its `NAME.txt`, in name order. */
export function goldCases(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const stem = name.slice(0, -'.gold.json'.length)
      return {name, stem, txt: join(dir, `${stem}.txt`), gold: JSON.parse(readFileSync(join(dir, name), 'utf8'))}
    })
}

/**
 * The scored corpus folders of `fixtures/`, relative to it: `''` (the sample, at the top) and
 * every sub-folder holding a `NAME.gold.json` beside its `NAME.txt`, in name order.
 */
export function corpusFolders(fixtures) {
  const hasGold = (dir) => readdirSync(dir).some((f) => f.endsWith('.gold.json') && existsSync(join(dir, f.slice(0, -'.gold.json'.length) + '.txt')))
  const folders = readdirSync(fixtures, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && hasGold(join(fixtures, entry.name)))
    .map((entry) => entry.name)
    .sort()
  return hasGold(fixtures) ? ['', ...folders] : folders
}

/** How a folder is named in figures and messages: `sample` for the top of `fixtures/`. */
export const folderName = (folder) => folder || 'sample'

/** Score `parse` (text -> letters) on every gold case of `dir`; a parser that throws scores no letters for that file. */
export function scoreFolder(dir, parse) {
  const results = goldCases(dir).map(({name, txt, gold}) => {
    try {
      return {name, gold, predicted: parse(readFileSync(txt, 'utf8'), txt)}
    } catch (error) {
      return {name, gold, predicted: [], error}
    }
  })
  return scoreFiles(results)
}

/** The file, in the list of known differences (`fixtures/<folder>/known-differences.json`), of a folder. */
export const differencesFile = (fixtures, folder) => join(fixtures, folder, 'known-differences.json')

/** A list of differences as committed: one entry a line, so that a change shows as one line in a diff. */
export function formatDifferences(differences) {
  if (differences.length === 0) return '[]\n'
  return '[\n' + differences.map((d) => '  ' + JSON.stringify({file: d.file, letter: d.letter, field: d.field, expected: d.expected, gold: d.gold})).join(',\n') + '\n]\n'
}

/** The figures `fixtures/accuracy.json` keeps for a folder: the ratchet's three, counts, and each field. */
export function figures(summary) {
  const round = (x) => Math.round(x * 1e6) / 1e6
  return {
    overall: round(summary.overall),
    precision: round(summary.precision),
    recall: round(summary.recall),
    letters: summary.letters,
    predicted: summary.predicted,
    matched: summary.matched,
    fields: Object.fromEntries(FIELDS.map((f) => [f, round(summary.fields[f])]))
  }
}
