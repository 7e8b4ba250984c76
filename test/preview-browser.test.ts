/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The review page in a real browser: Debian's headless Chromium (`/usr/bin/chromium`, which
 * `.ci/run` installs) driven by playwright-core. Every fixture's page is opened from disk and its
 * rendered DOM checked against the tree and the messages read in this process; a hostile
 * transcript must run nothing; the filter must work with script off; the layout must fit a phone.
 */
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from '../scripts/chromium.mjs'
import {explainLayout, parseArchive, toHtml, type Nodes} from '../src/index.js'
import {roleOf} from '../src/preview/roles.js'
import {archiveToHtml} from '../src/preview/to-html.js'

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const cases = [
  ...['', 'dev', 'preview', 'printed', 'official'].flatMap((folder) =>
    readdirSync(join(fixtures, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => join(folder, name))
  ),
  ...readdirSync(join(fixtures, 'rules'), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(fixtures, 'rules', entry.name)).map((name) => join('rules', entry.name, name)))
].sort()

let browser: Awaited<ReturnType<typeof launchChromium>>
let page: Page
let dir: string
/** Messages the browser logged about the Content-Security-Policy. */
let violations: string[] = []

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'epistola-preview-'))
  browser = await launchChromium()
  page = await browser.context.newPage()
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text())
  })
}, 120_000)

afterAll(async () => {
  await browser?.close()
  if (dir) rmSync(dir, {recursive: true, force: true})
})

/** Write `html` to a file and open it, as a user opens the page from disk. */
async function open(html: string, name = 'page.html', target: Page = page): Promise<void> {
  const path = join(dir, name)
  writeFileSync(path, html)
  violations = []
  await target.goto(`file://${path}`)
}

/** What the rendered page shows, read from the DOM. */
function readPage(target: Page = page) {
  return target.evaluate(() => {
    const previousLine = (element: Element) => {
      let previous = element.previousElementSibling
      while (previous && previous.tagName !== 'P') previous = previous.previousElementSibling
      return previous ? Number((previous as HTMLElement).dataset.n) : null
    }
    return {
      frames: [...document.querySelectorAll<HTMLElement>('main [data-letter]')].map((frame) => frame.dataset.letter),
      lines: [...document.querySelectorAll<HTMLElement>('main .lines > p')].map((line) => [Number(line.dataset.n), line.dataset.role, line.querySelector(':scope > .tag')?.textContent ?? null] as const),
      segments: [...document.querySelectorAll<HTMLElement>('main .lines > p .seg')].map((segment) => [Number(segment.closest('p')!.dataset.n), segment.dataset.role, segment.querySelector(':scope > .tag')?.textContent ?? null] as const),
      numbers: [...document.querySelectorAll('main .lines > p')].slice(0, 3).map((line) => getComputedStyle(line, '::before').content),
      messages: [...document.querySelectorAll('main .msg')].map((message) => [previousLine(message), message.getAttribute('data-severity'), message.querySelector('code')?.textContent ?? null] as const),
      stats: Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-stat]')].map((stat) => [stat.dataset.stat, Number(stat.querySelector('dd')!.textContent)])),
      scripted: document.documentElement.classList.contains('js'),
      styled: getComputedStyle(document.querySelector('.top')!).backgroundColor,
      scripts: document.scripts.length,
      pwned: (window as unknown as {__epistolaPwned?: unknown}).__epistolaPwned ?? null
    }
  })
}

/**
 * Lines as the tree says they are: each line of a letter's (or the root's) child has its type,
 * and its first line the type's label. Where several nodes share a line (a run-on line), the
 * first gives the line its role; each other is a segment with its own role and label.
 */
function expectedLines(text: string) {
  const {tree} = parseArchive(text)
  const lines = text === '' ? [] : text.split(/\r\n|[\n\r]/u)
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  const held: Array<Array<[Nodes, boolean]>> = lines.map(() => [])
  const mark = (node: Nodes) => {
    if (!node.position) return
    for (let line = node.position.start.line; line <= node.position.end.line; line++) held[line - 1]!.push([node, line === node.position.start.line])
  }
  for (const child of tree.children) {
    if (child.type === 'letter') child.children.forEach(mark)
    else mark(child)
  }
  const label = ([node, first]: [Nodes, boolean]) => (first ? roleOf(node.type).label : null)
  return {
    lines: lines.map((line, index) => {
      const first = held[index]![0]
      return first && line.trim() !== '' ? [index + 1, first[0].type, label(first)] : [index + 1, 'blank', null]
    }),
    segments: held.flatMap((nodes, index) => nodes.slice(1).map((entry) => [index + 1, entry[0].type, label(entry)]))
  }
}

describe('the review page in Chromium', () => {
  it('found the fixtures: the sample, the dev corpus, the rules and the hostile one', () => {
    expect(cases).toContain('stalin-churchill-1941.txt')
    expect(cases).toContain(join('preview', 'hostile.txt'))
    expect(cases.filter((name) => name.startsWith('dev')).length).toBeGreaterThan(30)
    expect(cases.filter((name) => name.startsWith('rules')).length).toBeGreaterThan(30)
    expect(cases.filter((name) => name.startsWith('printed')).length).toBeGreaterThan(10)
    expect(cases.filter((name) => name.startsWith('official')).length).toBeGreaterThan(10)
  })

  it.each(cases)('shows %s as the tree reads it: a frame per letter, a role per line, each message at its line', async (name) => {
    const text = readFileSync(join(fixtures, name), 'utf8')
    const {letters, file} = parseArchive(text)
    await open(toHtml(text, {title: name}))
    const shown = await readPage()
    expect(shown.frames).toEqual(letters.map((letter) => letter.id))
    const expected = expectedLines(text)
    expect(shown.lines).toEqual(expected.lines)
    expect(shown.segments).toEqual(expected.segments)
    expect(shown.numbers).toEqual(shown.lines.slice(0, 3).map(([n]) => `"${n}"`))
    const placed = (list: ReadonlyArray<readonly [number | null, string | null, string | null]>) => [...list].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || String(a[2]).localeCompare(String(b[2])))
    expect(placed(shown.messages)).toEqual(placed(file.messages.map((message) => [message.line ?? null, message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info', message.ruleId ?? null])))
    expect(shown.stats).toMatchObject({
      letters: letters.length,
      error: file.messages.filter((message) => message.fatal === true).length,
      warning: file.messages.filter((message) => message.fatal === false).length,
      info: file.messages.filter((message) => message.fatal == null).length,
      outside: shown.lines.filter(([n, role]) => role !== 'blank' && !letters.some((letter) => letter.position.start.line <= n && n <= letter.position.end.line)).length
    })
    // The page's own script and style ran: their hashes match the policy, which blocked nothing.
    expect(shown.scripted).toBe(true)
    expect(shown.styled).toBe('rgb(255, 255, 255)')
    expect(shown.scripts).toBe(1)
    expect(shown.pwned).toBeNull()
    expect(violations).toEqual([])
  })

  it('runs nothing from a hostile transcript, in its text, its fields, its messages or its title', async () => {
    const text = readFileSync(join(fixtures, 'preview/hostile.txt'), 'utf8') + '\nlone \ud800 surrogate\n'
    await open(toHtml(text, {title: `<img src=x onerror="window.__epistolaPwned='title'">.txt`}), 'hostile.html')
    // Hover, focus and click everything a payload could hang on, then look for its flag.
    await page.mouse.move(400, 400)
    await page.keyboard.press('Tab')
    await page.waitForTimeout(100)
    const shown = await readPage()
    expect(shown.pwned).toBeNull()
    expect(shown.scripts).toBe(1)
    expect(violations).toEqual([])
    const text_ = await page.evaluate(() => document.body.textContent)
    expect(text_).toContain("W. CHURCHILL<script>window.__epistolaPwned='heading'</script> TO J. V. STALIN")
    expect(text_).toContain('<a href="javascript:window.__epistolaPwned=\'href\'">click</a>')
    expect(text_).toContain('U+0000')
    expect(text_).toContain('U+D800')
    expect(await page.evaluate(() => document.querySelectorAll('main a[href^="javascript"], main [onerror], main [onload], main iframe, main img, main svg, main object, main base, main meta, main style, main link, main template').length)).toBe(0)
    expect(await page.title()).toBe(`<img src=x onerror="window.__epistolaPwned='title'">.txt · epistola preview`)
  })

  it('blocks an injected script by its policy even if escaping had failed', async () => {
    const html = toHtml(readFileSync(join(fixtures, 'stalin-churchill-1941.txt'), 'utf8'))
    const injected = html.replace('<main>', `<main><script>window.__epistolaPwned='inline'</script><img src="x" onerror="window.__epistolaPwned='handler'"><a id="js" href="javascript:window.__epistolaPwned='url'">x</a>`)
    await open(injected, 'injected.html')
    await page.click('#js')
    await page.waitForTimeout(100)
    const shown = await readPage()
    expect(shown.pwned).toBeNull()
    expect(shown.scripted).toBe(true)
    expect(violations.length).toBeGreaterThanOrEqual(2)
  })

  it('filters to the letters with messages without any script, and back', async () => {
    const cdp = await browser.context.newCDPSession(page)
    await cdp.send('Emulation.setScriptExecutionDisabled', {value: true})
    try {
      const text = readFileSync(join(fixtures, 'stalin-churchill-1941.txt'), 'utf8')
      await open(toHtml(text), 'filter.html')
      const shown = () =>
        page.evaluate(() => ({
          scripted: document.documentElement.classList.contains('js'),
          visible: [...document.querySelectorAll('main > *')].filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.getAttribute('data-messages') !== null)
        }))
      const before = await shown()
      expect(before.scripted).toBe(false)
      expect(before.visible).toContain(false)
      await page.click('label[for=only-messages]')
      const filtered = await shown()
      expect(filtered.visible.length).toBeGreaterThan(0)
      expect(filtered.visible.every(Boolean)).toBe(true)
      await page.click('label[for=only-messages]')
      expect(await shown()).toEqual(before)
    } finally {
      await cdp.send('Emulation.setScriptExecutionDisabled', {value: false})
      await cdp.detach()
    }
  })

  it('goes to the next and previous letter to check with its buttons and keys', async () => {
    const text = readFileSync(join(fixtures, 'printed/gutenberg-dickens-letters-v1-1841-a.txt'), 'utf8')
    await page.setViewportSize({width: 1280, height: 400})
    await open(toHtml(text), 'nav.html')
    // What there is to check: letters, and runs of text outside letters, with messages or low confidence.
    const flagged = await page.evaluate(() => [...document.querySelectorAll('main > [data-messages], main > [data-low]')].map((frame) => `#${frame.id}`))
    expect(flagged.length).toBeGreaterThan(2)
    const hash = () => page.evaluate(() => window.location.hash)
    await page.click('button[data-go="1"]')
    expect(await hash()).toBe(flagged[0])
    await page.click('button[data-go="1"]')
    expect(await hash()).toBe(flagged[1])
    await page.keyboard.press('n')
    expect(await hash()).toBe(flagged[2])
    await page.keyboard.press('p')
    expect(await hash()).toBe(flagged[1])
    await page.click('button[data-go="-1"]')
    expect(await hash()).toBe(flagged[0])
  })

  it('fits a phone: the fields above the text, nothing wider than the screen', async () => {
    const html = toHtml(readFileSync(join(fixtures, 'dev/frus-1861-d59-d60.txt'), 'utf8'))
    const layout = () =>
      page.evaluate(() => {
        const fields = document.querySelector('.letter .fields')!.getBoundingClientRect()
        const line = document.querySelector('.letter .lines > p')!.getBoundingClientRect()
        return {fieldsAbove: fields.bottom <= line.top, fieldsRight: fields.left >= line.right, width: document.documentElement.scrollWidth}
      })
    await page.setViewportSize({width: 390, height: 844})
    await open(html, 'phone.html')
    expect(await layout()).toEqual({fieldsAbove: true, fieldsRight: false, width: 390})
    await page.setViewportSize({width: 1280, height: 900})
    await open(html, 'desktop.html')
    expect(await layout()).toEqual({fieldsAbove: false, fieldsRight: true, width: 1280})
  })

  it('makes a low-confidence letter stand out', async () => {
    const archive = parseArchive(readFileSync(join(fixtures, 'stalin-churchill-1941.txt'), 'utf8'))
    Object.assign(archive.letters[1]!, {confidence: {overall: 0.2, date: 0.1}})
    Object.assign(archive.letters[2]!, {confidence: 0.97})
    await open(archiveToHtml(archive), 'confidence.html')
    const frames = await page.evaluate(() =>
      [...document.querySelectorAll('[data-letter]')].map((frame) => ({
        low: frame.hasAttribute('data-low'),
        border: getComputedStyle(frame).borderTopColor,
        badge: frame.querySelector('.badge.conf')?.textContent ?? null
      }))
    )
    expect(frames).toEqual([
      {low: false, border: 'rgb(212, 212, 216)', badge: 'confidence 90%'},
      {low: true, border: 'rgb(217, 48, 37)', badge: 'confidence 20%'},
      {low: false, border: 'rgb(212, 212, 216)', badge: 'confidence 97%'}
    ])
    await page.click('label[for=only-low]')
    expect(await page.evaluate(() => [...document.querySelectorAll('main > *')].filter((element) => getComputedStyle(element).display !== 'none').map((element) => element.id))).toEqual(['letter-2'])
  })

  it.each(['printed/gutenberg-keats-letters-1816-1817-i-vi.txt', 'official/gutenberg-richardson-jackson-special-messages-1833-34.txt'])(
    'shows the layout the reading used on the page `epistola preview --explain` writes of %s',
    async (name) => {
      const text = readFileSync(join(fixtures, name), 'utf8')
      const {letters, tree} = parseArchive(text)
      const sentences = explainLayout(tree.data!.layout!)
      // The built command line (`npm test` builds first), as a user runs it.
      execFileSync(process.execPath, [new URL('../dist/cli.js', import.meta.url).pathname, 'preview', join(fixtures, name), '--explain', '--silent', '-o', join(dir, 'explained.html'), '--force'])
      violations = []
      await page.setViewportSize({width: 1280, height: 900})
      await page.goto(`file://${join(dir, 'explained.html')}`)
      const shown = await page.evaluate(() => {
        const layout = document.querySelector<HTMLDetailsElement>('header .layout')!
        return {
          open: layout.open,
          visible: layout.getBoundingClientRect().height > 0 && getComputedStyle(layout).display !== 'none',
          sentences: [...layout.querySelectorAll('li')].map((item) => item.textContent),
          code: layout.querySelectorAll('li code').length,
          frames: [...document.querySelectorAll<HTMLElement>('main [data-letter]')].map((frame) => frame.dataset.letter),
          scripted: document.documentElement.classList.contains('js')
        }
      })
      expect(shown).toEqual({
        open: true,
        visible: true,
        sentences: sentences.map((sentence) => sentence.replaceAll('`', '')),
        code: sentences.join('').split('`').length >> 1,
        frames: letters.map((letter) => letter.id),
        scripted: true
      })
      expect(violations).toEqual([])
      // On a phone the box fits the screen too.
      await page.setViewportSize({width: 390, height: 844})
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
      await page.setViewportSize({width: 1280, height: 900})
    }
  )
})
