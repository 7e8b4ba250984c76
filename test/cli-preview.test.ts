/**
 * `epistola preview`, spawned from the built command line (`npm test` builds first): where the
 * pages go, what is refused, and the report and exit code, as for `convert`.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {explainLayout, parseArchive, toHtml} from '../src/index.js'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const sample = 'stalin-churchill-1941.txt'
let dir: string

function epistola(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync('node', [cli, ...args], {cwd: dir, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, ...env}})
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

  it('refuses several pages on stdout (a usage error), an output that is an input, and stdin without a name', () => {
    const several = epistola(['preview', 'archive'])
    expect(several).toEqual({
      code: 2,
      stdout: '',
      stderr: 'epistola: Unexpected several inputs without `--output` with `preview`, expected `--output FOLDER`, or `--output` alone to write each beside its input (one page each)\nTry `epistola --help` for the options.\n'
    })
    const onInput = epistola(['preview', sample, '-o', sample, '--force'])
    expect(onInput.code).toBe(1)
    expect(onInput.stderr).toMatch(/that is the input `stalin-churchill-1941\.txt` \(the same file\).*unwritable-output/u)
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

  it('writes as convert writes: an existing page replaced, a transcript only with --force, nothing with --no-clobber, no temporary file left', () => {
    mkdirSync(join(dir, 'clobber'))
    const page = join(dir, 'clobber/page.html')
    writeFileSync(page, 'old page')
    expect(epistola(['preview', sample, '-o', 'clobber/page.html', '--silent']).code).toBe(0)
    expect(frames(readFileSync(page, 'utf8'))).toBe(3)

    writeFileSync(page, 'old page')
    const kept = epistola(['preview', sample, '-o', 'clobber/page.html', '--no-clobber'])
    expect(kept.code).toBe(0)
    expect(kept.stderr).toMatch(/existing output `clobber\/page\.html`: left as it was \(--no-clobber\).*unwritable-output/u)
    expect(readFileSync(page, 'utf8')).toBe('old page')

    const notes = join(dir, 'clobber/notes.txt')
    writeFileSync(notes, 'my notes')
    const refused = epistola(['preview', sample, '-o', 'clobber/notes.txt'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/Unexpected output `clobber\/notes\.txt` that is an existing transcript, expected a path for the page \(--force replaces it\)/u)
    expect(readFileSync(notes, 'utf8')).toBe('my notes')
    expect(epistola(['preview', sample, '-o', 'clobber/notes.txt', '--force', '--silent']).code).toBe(0)
    expect(frames(readFileSync(notes, 'utf8'))).toBe(3)

    // The page of an empty input does not replace a page, unless --force.
    writeFileSync(join(dir, 'clobber/empty.txt'), '')
    const empty = epistola(['preview', 'clobber/empty.txt', '-o', 'clobber/page.html'])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toMatch(/`clobber\/page\.html` is left as it was \(--force replaces it\)/u)
    expect(readFileSync(page, 'utf8')).toBe('old page')
    expect(epistola(['preview', 'clobber/empty.txt', '-o', 'clobber/page.html', '--force', '--silent']).code).toBe(0)
    expect(readFileSync(page, 'utf8')).toContain('<title>empty.txt · epistola preview</title>')
    expect(readdirSync(join(dir, 'clobber')).sort()).toEqual(['empty.txt', 'notes.txt', 'page.html'])
  })

  it('writes the page toHtml writes, letter ids as parsed, in one thread or on worker threads (--jobs)', () => {
    const name = 'frus-1861-d59-d60.txt'
    const text = readFileSync(join(dir, 'archive', name), 'utf8')
    const expected = toHtml(text, {title: name})
    expect(epistola(['preview', 'archive', '-o', 'one/', '--jobs', '1', '--silent']).code).toBe(0)
    expect(readFileSync(join(dir, 'one', name.replace('.txt', '.html')), 'utf8')).toBe(expected)
    // Two files are a large batch when EPISTOLA_POOL_MIN_FILES says so: the pages come from worker threads.
    expect(epistola(['preview', 'archive', '-o', 'pool/', '--jobs', '2', '--silent'], '', {EPISTOLA_POOL_MIN_FILES: '1'}).code).toBe(0)
    for (const page of ['frus-1861-d59-d60.html', 'nested/frus-1939v01-d123.html']) expect(readFileSync(join(dir, 'pool', page), 'utf8')).toBe(readFileSync(join(dir, 'one', page), 'utf8'))
    expect(frames(expected)).toBe(5)
  })

  it('shows the layout learnt on the page and reports it with --explain, as convert reports it', () => {
    const text = readFileSync(join(dir, sample), 'utf8')
    const sentences = explainLayout(parseArchive(text).tree.data!.layout!)
    const {code, stdout, stderr} = epistola(['preview', sample, '--explain'])
    expect(code).toBe(0)
    expect(stdout).toBe(toHtml(text, {title: sample, explain: true}))
    expect(stdout).toContain('<details class="layout" open><summary>Layout the reading used</summary>')
    expect(epistola(['preview', sample]).stdout).not.toContain('class="layout"')
    const reported = epistola([sample, '--explain']).stderr
    for (const sentence of sentences) {
      expect(stderr).toContain(`Layout: ${sentence}`)
      expect(reported).toContain(`Layout: ${sentence}`)
    }
  })

  it('refuses the options that do not apply to a page, as other commands do', () => {
    expect(epistola(['preview', sample, '--pretty'])).toMatchObject({code: 2, stderr: 'epistola: Unexpected `--pretty` with `preview`, expected it only with `convert` or `schema`\nTry `epistola --help` for the options.\n'})
    expect(epistola(['preview', sample, '--format', 'tei']).stderr).toMatch(/^epistola: Unexpected `--format` with `preview`, expected it only with `convert`\n/u)
    expect(epistola([sample, '--format', 'html'])).toMatchObject({code: 2, stderr: expect.stringMatching(/^epistola: Unexpected format `html`, expected one of `json`/u)})
    expect(epistola(['preview', sample, '--no-clobber']).code).toBe(2)
  })

  it('is listed in the help', () => {
    expect(epistola(['--help']).stdout).toMatch(/ {2}preview {3}write a review page/u)
  })
})
