/**
 * `epistola preview`, spawned from the built command line (`npm test` builds first): where the
 * pages go, what is refused, and the report and exit code, as for `convert`.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const sample = 'stalin-churchill-1941.txt'
let dir: string

function epistola(args: string[], input = '') {
  const result = spawnSync('node', [cli, ...args], {cwd: dir, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const frames = (html: string) => html.match(/<article [^>]*data-letter="/gu)?.length ?? 0

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first')
  dir = mkdtempSync(join(tmpdir(), 'epistola-preview-cli-'))
  copyFileSync(join(root, 'fixtures', sample), join(dir, sample))
  mkdirSync(join(dir, 'archive/nested'), {recursive: true})
  copyFileSync(join(root, 'fixtures/dev/frus-1861-d59-d60.txt'), join(dir, 'archive/frus-1861-d59-d60.txt'))
  copyFileSync(join(root, 'fixtures/dev/frus-1939v01-d123.txt'), join(dir, 'archive/nested/frus-1939v01-d123.txt'))
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4e, 0x6f, 0x2e, 0x20, 0x31, 0x0a, 0xe9, 0x0a]))
})

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

describe('epistola preview', () => {
  it('writes the page of one transcript to the file given, and reports its messages', () => {
    const {code, stdout, stderr} = epistola(['preview', sample, '-o', 'sample.html'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/3 warnings/u)
    const html = readFileSync(join(dir, 'sample.html'), 'utf8')
    expect(frames(html)).toBe(3)
    expect(html).toContain(`<title>${sample} · epistola preview</title>`)
  })

  it('writes the page to stdout without -o, from a file or from stdin', () => {
    const fromFile = epistola(['preview', sample, '--silent'])
    expect(fromFile.code).toBe(0)
    expect(frames(fromFile.stdout)).toBe(3)
    const fromStdin = epistola(['preview', '--file-path', 'piped.txt', '--silent'], readFileSync(join(dir, sample), 'utf8'))
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout).toContain('<title>piped.txt · epistola preview</title>')
  })

  it('writes NAME.html into a folder, keeping the folders below the input folder', () => {
    const {code} = epistola(['preview', 'archive', '-o', 'pages/', '--silent'])
    expect(code).toBe(0)
    expect(frames(readFileSync(join(dir, 'pages/frus-1861-d59-d60.html'), 'utf8'))).toBe(5)
    expect(existsSync(join(dir, 'pages/nested/frus-1939v01-d123.html'))).toBe(true)
  })

  it('writes NAME.html beside each input with a bare -o', () => {
    const {code} = epistola(['preview', 'archive', '--silent', '-o'])
    expect(code).toBe(0)
    expect(existsSync(join(dir, 'archive/frus-1861-d59-d60.html'))).toBe(true)
    expect(existsSync(join(dir, 'archive/nested/frus-1939v01-d123.html'))).toBe(true)
  })

  it('refuses several pages on stdout, an output that is an input, and stdin without a name', () => {
    const several = epistola(['preview', 'archive'])
    expect(several.code).toBe(1)
    expect(several.stdout).toBe('')
    expect(several.stderr).toMatch(/Unexpected several pages for stdout.*unwritable-output/u)
    const onInput = epistola(['preview', sample, '-o', sample])
    expect(onInput.code).toBe(1)
    expect(onInput.stderr).toMatch(/that is an input.*unwritable-output/u)
    expect(readFileSync(join(dir, sample), 'utf8')).toBe(readFileSync(join(root, 'fixtures', sample), 'utf8'))
    const unnamed = epistola(['preview', '-o'], 'text')
    expect(unnamed.code).toBe(1)
    expect(unnamed.stderr).toMatch(/without a path for stdin/u)
  })

  it('reports a missing file and bytes that are not UTF-8, and goes on with the others', () => {
    const {code, stderr} = epistola(['preview', 'missing.txt', 'latin1.txt', sample, '-o', 'out/', '--silent'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/No such file or folder.*unreadable-file/u)
    expect(stderr).toMatch(/not UTF-8.*at byte 6.*not-utf8/u)
    expect(existsSync(join(dir, 'out/latin1.html'))).toBe(false)
    expect(frames(readFileSync(join(dir, 'out', sample.replace('.txt', '.html')), 'utf8'))).toBe(3)
  })

  it('applies --rule to the messages on the page and in the report', () => {
    const {code, stdout, stderr} = epistola(['preview', sample, '--rule', 'footnote-unresolved=off', '--rule', 'missing-date=error'])
    expect(code).toBe(1)
    expect(stdout).not.toContain('footnote-unresolved')
    expect(stdout).toContain('<div class="msg" data-severity="error"><b>error</b> <small>39:1</small>')
    expect(stderr).toMatch(/1 error/u)
  })

  it('is listed in the help', () => {
    expect(epistola(['--help']).stdout).toMatch(/ {2}preview {3}write a review page/u)
  })
})
