// How long the review page of a large archive takes to write and to open in Chromium
// (`npm run bench:preview`; `-- --size 10` for MB, default 10). The archive is the benchmark's
// (bench/archive.mjs). Baselines in the same run: reading it (parseArchive), so that the page's
// own cost is the difference, and opening a bare page of the same text (one escaped <pre>).
// Needs `npm run build` first.
/* global window, document, PerformanceObserver, requestAnimationFrame -- run in the page */
import {mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {parseArchive, toHtml} from '../dist/index.js'
import {buildArchive} from '../bench/archive.mjs'
import {launchChromium} from './chromium.mjs'

const at = process.argv.indexOf('--size')
const megabytes = at === -1 ? 10 : Number(process.argv[at + 1])
const text = buildArchive(megabytes * 1_000_000)
const ms = (start) => Math.round(performance.now() - start)

parseArchive(text) // warm up, so that the timed runs compare like with like
let start = performance.now()
const {letters} = parseArchive(text)
const read = ms(start)
start = performance.now()
const html = toHtml(text, {title: `bench-${megabytes}MB.txt`})
const write = ms(start)
const dir = mkdtempSync(join(tmpdir(), 'epistola-preview-bench-'))
const path = join(dir, 'page.html')
writeFileSync(path, html)
console.log(`input ${(text.length / 1e6).toFixed(1)} MB, ${letters.length} letters; page ${(statSync(path).size / 1e6).toFixed(1)} MB`)
console.log(`read (parseArchive) ${read} ms; toHtml (read + page) ${write} ms; page alone ~${write - read} ms`)

const bare = join(dir, 'bare.html')
writeFileSync(bare, `<!doctype html><meta charset="utf-8"><title>bare</title><pre>${text.replace(/[&<>]/gu, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))}</pre>`)

const browser = await launchChromium()
try {
  const page = await browser.context.newPage()
  await page.setViewportSize({width: 1280, height: 900})
  // Long tasks (50 ms or more) while the page loads: the longest is how long it stays frozen.
  await page.addInitScript(() => {
    window.longTasks = []
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({type: 'longtask'})
  })
  start = performance.now()
  await page.goto(`file://${path}`, {waitUntil: 'load', timeout: 600_000})
  const opened = ms(start)
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0]
    const paint = performance.getEntriesByName('first-contentful-paint')[0]
    return {
      firstPaint: Math.round(paint?.startTime ?? -1),
      domContentLoaded: Math.round(navigation.domContentLoadedEventEnd),
      load: Math.round(navigation.loadEventEnd),
      frames: document.querySelectorAll('[data-letter]').length,
      lines: document.querySelectorAll('.lines > p').length,
      longest: Math.round(Math.max(0, ...window.longTasks)),
      longTasks: window.longTasks.length,
      blocked: Math.round(window.longTasks.reduce((sum, duration) => sum + duration, 0))
    }
  })
  /** Time from an action to the second frame after it: what a user waits for. */
  const frameAfter = (action) =>
    page.evaluate(
      (code) =>
        new Promise((resolve) => {
          const begin = performance.now()
          new Function(code)()
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(performance.now() - begin))))
        }),
      action
    )
  const baseline = await browser.context.newPage()
  start = performance.now()
  await baseline.goto(`file://${bare}`, {waitUntil: 'load', timeout: 600_000})
  const bareOpened = ms(start)
  await baseline.close()
  const scrollMiddle = await frameAfter('window.scrollTo(0, document.documentElement.scrollHeight / 2)')
  const scrollEnd = await frameAfter('window.scrollTo(0, document.documentElement.scrollHeight)')
  const filterOn = await frameAfter("document.getElementById('only-messages').click()")
  const filterOff = await frameAfter("document.getElementById('only-messages').click()")
  console.log(`chromium: first paint ${timing.firstPaint} ms, DOMContentLoaded ${timing.domContentLoaded} ms, load ${timing.load} ms (goto returned after ${opened} ms); ${timing.frames} letter frames, ${timing.lines} lines`)
  console.log(`baseline: the same text as one bare <pre> opens in ${bareOpened} ms`)
  console.log(`while loading: ${timing.longTasks} long tasks, the longest ${timing.longest} ms, ${timing.blocked} ms in all`)
  console.log(`after load, to the next frame: scroll to the middle ${scrollMiddle} ms, to the end ${scrollEnd} ms, filter on ${filterOn} ms, off ${filterOff} ms`)
} finally {
  await browser.close()
  rmSync(dir, {recursive: true, force: true})
}
