/**
 * The built command line (`dist/cli.js`, made by `npm test` before vitest runs), spawned as a
 * user runs it: every flag, stdin, and bad input.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {letterJsonSchema, parseArchive, parseLetters} from '../src/index.js'
import {createProgress, progressMin} from '../src/cli/progress.js'
import pkg from '../package.json' with {type: 'json'}

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const sampleName = 'stalin-churchill-1941.txt'
const sample = readFileSync(join(root, 'fixtures', sampleName), 'utf8')
const corpusDir = join(root, 'fixtures/dev')
const broken = sample.replace('July 18, 1941', 'July 38, 1941')
/** A corpus file whose page furniture gives `unplaced-text` infos. */
const withInfo = 'frus-1943v01-d549.txt'

let dir: string

function epistola(args: string[], options: {input?: string | Buffer; cwd?: string; env?: Record<string, string>} = {}) {
  const result = spawnSync('node', [cli, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: {...process.env, ...options.env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** JSON as the CLI writes it: the library's letters, through JSON. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value))
/** Letters as a batch writes them: each id qualified by the file's path below the inputs' base. */
const qualified = (letters: Array<{id: string}>, prefix: string) => letters.map((letter) => ({...letter, id: `${prefix}#${letter.id}`}))

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first')
  dir = mkdtempSync(join(tmpdir(), 'epistola-cli-'))
  writeFileSync(join(dir, sampleName), sample)
  writeFileSync(join(dir, 'broken.txt'), broken)
  mkdirSync(join(dir, 'archive/nested'), {recursive: true})
  for (const name of ['frus-1939v01-d123.txt', 'frus-1944Quebec-d31-d33.txt']) copyFileSync(join(corpusDir, name), join(dir, 'archive', name))
  copyFileSync(join(corpusDir, withInfo), join(dir, 'archive/nested', withInfo))
  writeFileSync(join(dir, 'archive/notes.md'), '# not a transcript\n')
})

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
}, 60_000)

describe('epistola: help, version, schema', () => {
  it('prints the help (golden file) with -h and --help', () => {
    const golden = readFileSync(join(root, 'test/fixtures/cli/HELP'), 'utf8')
    for (const flag of ['--help', '-h']) {
      const {code, stdout, stderr} = epistola([flag])
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toBe(golden)
    }
  })

  it('prints the version with -v and --version, naming epistola', () => {
    for (const flag of ['--version', '-v']) {
      expect(epistola([flag])).toEqual({code: 0, stdout: `epistola: ${pkg.version}\n`, stderr: ''})
    }
  })

  it('prints the JSON Schema of a letter', () => {
    const {code, stdout} = epistola(['schema'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(asJson(letterJsonSchema()))
  })

  it('rejects an unknown rule id in one line, naming the rules (a usage error: exit 2)', () => {
    const {code, stdout, stderr} = epistola(['validate', sampleName, '--rule', 'no-such-rule=off'])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^epistola: Unexpected rule `no-such-rule` in --rule, expected one of .*`impossible-date`.*`schema`/u)
    expect(stderr.trim().split('\n')).toHaveLength(2)
  })

  it('rejects an unknown flag, a bad format and a bad rule setting in one line, exit 2', () => {
    for (const args of [['--nope', sampleName], ['--format', 'xml', sampleName], ['--rule', 'impossible-date', sampleName], ['--rule', 'impossible-date=loud', sampleName]]) {
      const {code, stdout, stderr} = epistola(args)
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n')).toHaveLength(2)
      expect(stderr).toMatch(/^epistola: /u)
      expect(stderr).not.toMatch(/\n\s+at /u)
    }
  })
})

describe('epistola convert', () => {
  const letters = asJson(parseLetters(sample))

  it('converts one file to Letter[] on stdout, with or without the `convert` command', () => {
    const plain = epistola([sampleName])
    expect(plain.code).toBe(0)
    expect(JSON.parse(plain.stdout)).toEqual(letters)
    expect(plain.stdout).toBe(JSON.stringify(letters) + '\n')
    expect(epistola(['convert', sampleName]).stdout).toBe(plain.stdout)
  })

  it('indents with --pretty exactly as JSON.stringify does', () => {
    expect(epistola([sampleName, '--pretty']).stdout).toBe(JSON.stringify(letters, null, 2) + '\n')
  })

  it('converts a folder recursively (.txt only) to an array of {file, letters}', () => {
    const {code, stdout} = epistola(['archive'])
    expect(code).toBe(0)
    const entries = JSON.parse(stdout) as Array<{file: string; letters: unknown[]}>
    expect(entries.map((entry) => entry.file)).toEqual(['archive/frus-1939v01-d123.txt', 'archive/frus-1944Quebec-d31-d33.txt', `archive/nested/${withInfo}`])
    for (const entry of entries) expect(entry.letters).toEqual(qualified(asJson(parseLetters(readFileSync(join(dir, entry.file), 'utf8'))), entry.file.slice('archive/'.length)))
  })

  it('writes several inputs with --pretty exactly as JSON.stringify of the whole array', () => {
    const {stdout} = epistola(['archive', '--pretty'])
    expect(stdout).toBe(JSON.stringify(JSON.parse(stdout), null, 2) + '\n')
  })

  it('takes --ext for folders', () => {
    const entries = JSON.parse(epistola(['archive', '--ext', 'md']).stdout) as Array<{file: string}>
    expect(entries.map((entry) => entry.file)).toEqual(['archive/notes.md'])
  })

  it('expands a glob', () => {
    const entries = JSON.parse(epistola(['archive/*.txt']).stdout) as Array<{file: string}>
    expect(entries.map((entry) => entry.file)).toEqual(['archive/frus-1939v01-d123.txt', 'archive/frus-1944Quebec-d31-d33.txt'])
  })

  it('reads stdin when no path is given, and for `-`', () => {
    for (const args of [[], ['-'], ['convert']]) {
      const {code, stdout} = epistola(args, {input: sample})
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toEqual(letters)
    }
  })

  it('writes jsonl: one letter a line with a `file` field, from files and stdin', () => {
    const {code, stdout} = epistola(['--format', 'jsonl', sampleName, 'archive'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string; id: string})
    // The inputs' common base is the working folder: ids are qualified by the paths below it.
    expect(lines.filter((line) => line.file === sampleName).map(({file, ...letter}) => letter)).toEqual(qualified(letters, sampleName))
    expect(new Set(lines.map((line) => line.file)).size).toBe(4)
    expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length)
    const piped = epistola(['--format', 'jsonl', '--file-path', 'piped.txt'], {input: sample})
    const fromStdin = piped.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as {file: string})
    expect(fromStdin.map((line) => line.file)).toEqual(letters.map(() => 'piped.txt'))
    expect(fromStdin.map(({file, ...letter}) => letter)).toEqual(qualified(letters, 'piped.txt'))
  })

  it('writes the unist tree with positions for --format tree', () => {
    const {code, stdout} = epistola(['--format', 'tree', sampleName])
    expect(code).toBe(0)
    const tree = JSON.parse(stdout)
    expect(tree).toEqual(asJson(parseArchive(sample).tree))
    expect(tree.type).toBe('root')
    expect(tree.position.start).toEqual({line: 1, column: 1, offset: 0})
  })

  it('writes NAME.json beside each input with -o and no value', () => {
    const out = mkdtempSync(join(dir, 'beside-'))
    mkdirSync(join(out, 'sub'))
    copyFileSync(join(dir, sampleName), join(out, 'sub', sampleName))
    const {code, stdout} = epistola([join(out, 'sub'), '-o'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(join(out, 'sub/stalin-churchill-1941.json'), 'utf8'))).toEqual(qualified(letters, sampleName))
    // `--output` last on the line means the same.
    expect(epistola([join(out, 'sub', sampleName), '--format', 'jsonl', '--output']).code).toBe(0)
    expect(readFileSync(join(out, 'sub/stalin-churchill-1941.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(letters.length)
  })

  it('writes into a folder with -o DIR, keeping the layout below the input folder', () => {
    const {code, stdout} = epistola(['archive', '-o', 'out'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['frus-1939v01-d123.json', 'frus-1944Quebec-d31-d33.json', 'nested'])
    expect(JSON.parse(readFileSync(join(dir, 'out/nested/frus-1943v01-d549.json'), 'utf8'))).toEqual(qualified(asJson(parseLetters(readFileSync(join(corpusDir, withInfo), 'utf8'))), `nested/${withInfo}`))
    const tree = epistola(['archive', '-o', 'trees/', '--format', 'tree', '--pretty'])
    expect(tree.code).toBe(0)
    expect(readFileSync(join(dir, 'trees/frus-1939v01-d123.tree.json'), 'utf8')).toMatch(/^\{\n {2}"type": "root"/u)
  })

  it('writes stdin beside its --file-path with -o, and refuses -o without a name', () => {
    expect(epistola(['--file-path', 'piped.txt', '-o'], {input: sample}).code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'piped.json'), 'utf8'))).toEqual(letters)
    const {code, stderr} = epistola(['-o'], {input: sample})
    expect(code).toBe(1)
    expect(stderr).toMatch(/error\s+Unexpected `--output` without a path for stdin/u)
  })

  it('writes one input to a file with -o FILE', () => {
    expect(epistola([sampleName, '-o', 'one.json', '--pretty']).code).toBe(0)
    expect(readFileSync(join(dir, 'one.json'), 'utf8')).toBe(JSON.stringify(letters, null, 2) + '\n')
  })

  it('reports messages on stderr and exits 1 on an error, still writing the letters', () => {
    const {code, stdout, stderr} = epistola(['broken.txt'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual(asJson(parseLetters(broken)))
    expect(stderr).toMatch(/^broken\.txt\n\s*17:1-17:14\s+error\s+Unexpected impossible date `July 38, 1941`.*impossible-date\s+epistola/mu)
  })
})

describe('epistola validate', () => {
  it('passes the clean sample archive (exit 0)', () => {
    const {code, stdout, stderr} = epistola(['validate', sampleName])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).not.toMatch(/error/u)
  })

  it('fails a broken copy with a located message naming the rule (exit 1)', () => {
    const {code, stdout, stderr} = epistola(['validate', 'broken.txt'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/17:1-17:14\s+error\s+Unexpected impossible date `July 38, 1941`, expected a real calendar date\s+impossible-date\s+epistola/u)
    expect(stderr).toMatch(/✖ 1 error/u)
  })

  it('turns a rule off with --rule id=off, and down to a warning with id=warn', () => {
    const off = epistola(['validate', 'broken.txt', '--rule', 'impossible-date=off'])
    expect(off.code).toBe(0)
    expect(off.stderr).not.toMatch(/impossible-date/u)
    const warn = epistola(['validate', 'broken.txt', '--rule', 'impossible-date=warn'])
    expect(warn.code).toBe(0)
    expect(warn.stderr).toMatch(/warning\s+Unexpected impossible date/u)
  })

  it('fails on warnings with --frail (-f)', () => {
    for (const flag of ['--frail', '-f']) {
      const {code, stderr} = epistola(['validate', 'broken.txt', '--rule', 'impossible-date=warn', flag])
      expect(code).toBe(1)
      expect(stderr).toMatch(/impossible-date/u)
    }
  })

  it('reports only files with messages with --quiet (-q)', () => {
    const loud = epistola(['validate', sampleName, 'broken.txt', '--report', 'json'])
    const quiet = epistola(['validate', sampleName, 'broken.txt', '--report', 'json', '-q'])
    const loudFiles = JSON.parse(loud.stderr) as Array<{path: string; messages: unknown[]}>
    const quietFiles = JSON.parse(quiet.stderr) as Array<{path: string; messages: unknown[]}>
    expect(loudFiles.map((file) => file.path)).toEqual([sampleName, 'broken.txt'])
    expect(quietFiles).toEqual(loudFiles.filter((file) => file.messages.length > 0))
    const text = epistola(['validate', sampleName, 'broken.txt', '--quiet'])
    expect(text.stderr).not.toMatch(/no issues found/u)
    expect(text.stderr).toMatch(/impossible-date/u)
  })

  it('reports only errors with --silent (-S)', () => {
    writeFileSync(join(dir, withInfo), readFileSync(join(corpusDir, withInfo)))
    const loud = epistola(['validate', withInfo, 'broken.txt'])
    expect(loud.stderr).toMatch(/\d+:\d+(?:-\d+:\d+)?\s+(?:warning|info)\s/u)
    for (const flag of ['--silent', '-S']) {
      const {code, stderr} = epistola(['validate', withInfo, 'broken.txt', flag])
      expect(code).toBe(1)
      expect(stderr).not.toMatch(/\d+:\d+(?:-\d+:\d+)?\s+(?:warning|info)\s/u)
      expect(stderr).toMatch(/error\s+Unexpected impossible date/u)
    }
  })

  it('reports JSON for machines with --report json', () => {
    const {code, stderr} = epistola(['validate', 'broken.txt', '--report', 'json'])
    expect(code).toBe(1)
    const [file] = JSON.parse(stderr) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(file!.path).toBe('broken.txt')
    expect(file!.messages).toContainEqual(
      expect.objectContaining({ruleId: 'impossible-date', source: 'epistola', fatal: true, line: 17, column: 1, actual: 'July 38, 1941', place: {start: {line: 17, column: 1, offset: 2390}, end: {line: 17, column: 14, offset: 2403}}})
    )
  })

  it('checks .json letters against the schema, naming the fields', () => {
    const letters = asJson(parseLetters(sample))
    writeFileSync(join(dir, 'good.json'), JSON.stringify(letters))
    letters[0].date.iso = '1941-02-30'
    delete letters[1].from
    writeFileSync(join(dir, 'tampered.json'), JSON.stringify(letters))
    writeFileSync(join(dir, 'truncated.json'), '[{"id": ')
    expect(epistola(['validate', 'good.json']).code).toBe(0)
    const {code, stderr} = epistola(['validate', 'good.json', 'tampered.json', 'truncated.json'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/tampered\.json\n1:\d+-1:\d+\s+error\s+Unexpected string `"1941-02-30"` at `letters\[0\]\.date\.iso`, expected a real calendar date\s+schema/u)
    expect(stderr).toMatch(/1:\d+-1:\d+\s+error\s+Unexpected missing field `letters\[1\]\.from`.*schema/u)
    expect(stderr).toMatch(/truncated\.json\n1:9\s+error\s+Unexpected text that is not JSON.*json-syntax/u)
  })

  it('validates stdin', () => {
    expect(epistola(['validate'], {input: broken}).code).toBe(1)
    expect(epistola(['validate'], {input: sample}).code).toBe(0)
  })
})

describe('bad input: one line each, no stack trace, the other files still processed', () => {
  it('reports a missing file, an unreadable one, bytes that are not UTF-8 and an empty file', () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Moscow, July 18, 1941\n\nDear Mr Churchill, caf\xe9\n', 'latin1'))
    writeFileSync(join(dir, 'empty.txt'), '')
    if (!existsSync(join(dir, 'dangling.txt'))) symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'))
    const {code, stdout, stderr} = epistola(['missing.txt', 'latin1.txt', 'empty.txt', 'dangling.txt', sampleName, '--report', 'json'])
    expect(code).toBe(1)
    const entries = JSON.parse(stdout) as Array<{file: string; letters: unknown[] | null}>
    expect(entries.find((entry) => entry.file === sampleName)!.letters).toEqual(qualified(asJson(parseLetters(sample)), sampleName))
    expect(entries.find((entry) => entry.file === 'latin1.txt')!.letters).toBeNull()
    expect(entries.find((entry) => entry.file === 'empty.txt')!.letters).toEqual([])
    const report = JSON.parse(stderr) as Array<{path: string; messages: Array<{reason: string; ruleId: string; fatal?: boolean}>}>
    const byPath = Object.fromEntries(report.map((file) => [file.path, file.messages]))
    expect(byPath['missing.txt']).toEqual([expect.objectContaining({reason: 'No such file or folder', ruleId: 'unreadable-file', fatal: true})])
    expect(byPath['dangling.txt']).toEqual([expect.objectContaining({reason: 'No such file or folder', fatal: true})])
    expect(byPath['latin1.txt']).toEqual([expect.objectContaining({ruleId: 'not-utf8', fatal: true, reason: expect.stringMatching(/^Unexpected bytes that are not UTF-8 at byte 45, expected UTF-8 text/u)})])
    expect(byPath['empty.txt']).toEqual([expect.objectContaining({ruleId: 'empty-file', fatal: false})])
    // A file the user may not read: test/cli-permissions.test.ts (as an unprivileged user when root).
    for (const messages of Object.values(byPath)) for (const message of messages) expect(message.reason).not.toMatch(/\n/u)
    const text = epistola(['missing.txt', 'latin1.txt', 'empty.txt', sampleName])
    expect(text.stderr).not.toMatch(/\n\s+at /u)
    expect(text.stderr).toMatch(/missing\.txt\n\s*error\s+No such file or folder/u)
  })

  it('writes nothing on stdout for one file that cannot be read', () => {
    for (const name of ['missing.txt', 'latin1.txt']) {
      const {code, stdout, stderr} = epistola([name])
      expect(code).toBe(1)
      expect(stdout).toBe('')
      expect(stderr).toMatch(new RegExp(`^${name.replace('.', '\\.')}\\n\\s*error `, 'u'))
    }
  })

  it('reports a glob that matches nothing', () => {
    const {code, stderr} = epistola(['nothing-*.txt', sampleName])
    expect(code).toBe(1)
    expect(stderr).toMatch(/nothing-\*\.txt\n\s*error\s+No files match this pattern/u)
  })

  it('reports a folder without transcripts', () => {
    mkdirSync(join(dir, 'bare'), {recursive: true})
    const {code, stderr} = epistola(['bare'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/bare\n\s*error\s+No \.txt files in this folder/u)
  })

  it('reports bytes that are not UTF-8 on stdin', () => {
    const {code, stderr} = epistola(['--format', 'jsonl'], {input: Buffer.from([0x4d, 0x72, 0xff, 0x0a])})
    expect(code).toBe(1)
    expect(stderr).toMatch(/<stdin>\n\s*error\s+Unexpected bytes that are not UTF-8/u)
  })

  it('converts a 50 MB file, streamed', {timeout: 300_000}, () => {
    const big = join(dir, 'big.txt')
    const fd = openSync(big, 'w')
    const block = sample + '\n\n'
    let copies = 0
    for (let size = 0; size < 50 * 1024 * 1024; size += Buffer.byteLength(block)) {
      writeSync(fd, block)
      copies++
    }
    closeSync(fd)
    const perCopy = parseLetters(block).length
    const jsonl = epistola(['--format', 'jsonl', 'big.txt'])
    // Copies of one archive: duplicate letters are warnings, not errors.
    expect(jsonl.code).toBe(0)
    expect(jsonl.stderr).not.toMatch(/\serror\s/u)
    const lines = jsonl.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(copies * perCopy)
    expect(JSON.parse(lines.at(-1)!).id).toBe(`big.txt#letter-${copies * perCopy}`)
    const json = epistola(['big.txt'])
    expect(json.code).toBe(0)
    expect(json.stdout.startsWith('[{"id":"letter-1"')).toBe(true)
    expect(json.stdout.endsWith(']\n')).toBe(true)
    expect(json.stdout.split('{"id":"letter-').length - 1).toBe(copies * perCopy)
    rmSync(big)
  })

  it('converts a folder of thousands of files on worker threads, bad ones reported, in order', {timeout: 300_000}, () => {
    const many = join(dir, 'many')
    mkdirSync(many)
    const text = readFileSync(join(corpusDir, 'frus-1939v01-d123.txt'))
    const count = 2500
    for (let i = 0; i < count; i++) writeFileSync(join(many, `letter-${String(i).padStart(4, '0')}.txt`), text)
    writeFileSync(join(many, 'letter-0100.txt'), Buffer.from([0x41, 0xc3, 0x28]))
    writeFileSync(join(many, 'letter-2000.txt'), '')
    const perFile = asJson(parseLetters(text.toString('utf8')))
    for (const jobs of ['2', '1']) {
      const {code, stdout, stderr} = epistola(['many', '--jobs', jobs, '--quiet'])
      expect(code).toBe(1)
      const entries = JSON.parse(stdout) as Array<{file: string; letters: unknown[]}>
      expect(entries).toHaveLength(count)
      expect(entries.map((entry) => entry.file)).toEqual(entries.map((entry) => entry.file).sort())
      expect(entries[5]!.letters).toEqual(qualified(perFile, 'letter-0005.txt'))
      // A file that cannot be read has `null` letters; an empty one has none.
      expect(entries[100]!.letters).toBeNull()
      expect(entries[2000]!.letters).toEqual([])
      expect(stderr).toMatch(/many\/letter-0100\.txt\n\s*error\s+Unexpected bytes that are not UTF-8 at byte 1/u)
      expect(stderr).toMatch(/many\/letter-2000\.txt\n\s*warning\s+Unexpected empty file/u)
      expect(stderr).not.toMatch(/\n\s+at /u)
    }
    const out = epistola(['many', '-o', 'many-out', '--quiet'])
    expect(out.code).toBe(1)
    expect(readdirSync(join(dir, 'many-out'))).toHaveLength(count - 1)
    expect(JSON.parse(readFileSync(join(dir, 'many-out/letter-0005.json'), 'utf8'))).toEqual(qualified(perFile, 'letter-0005.txt'))
  })
})

describe('on a terminal (util-linux `script` gives the command a pseudo-terminal)', () => {
  const onTerminal = (command: string) =>
    spawnSync('script', ['-qec', command, '/dev/null'], {cwd: dir, encoding: 'utf8', input: ''})

  it('prints the help on stderr and exits 2 when no path is given and stdin is a terminal', () => {
    const result = onTerminal(`node ${cli}`)
    expect(result.status).toBe(2)
    expect(result.stdout.replaceAll('\r\n', '\n')).toBe(readFileSync(join(root, 'test/fixtures/cli/HELP'), 'utf8'))
  })

  it('draws a progress bar for a large batch and clears it before the report', () => {
    const batch = join(dir, 'batch')
    mkdirSync(batch, {recursive: true})
    for (let i = 0; i < 30; i++) copyFileSync(join(corpusDir, 'frus-1939v01-d123.txt'), join(batch, `copy-${i}.txt`))
    const result = onTerminal(`node ${cli} batch -o batch-out --quiet --no-color`)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/\[-+\] 0\/30 files/u)
    expect(result.stdout).toMatch(/\[#+\] 30\/30 files\r\u001B\[2K/u)
    expect(readdirSync(join(dir, 'batch-out'))).toHaveLength(30)
  })
})

describe('progress bar', () => {
  /** A stand-in for stderr that records what is written. */
  function terminal(isTTY: boolean) {
    const chunks: string[] = []
    return {chunks, stream: {isTTY, columns: 60, write: (chunk: string) => chunks.push(chunk) > 0} as never}
  }

  it('draws on a terminal for a large batch and clears itself', () => {
    const {chunks, stream} = terminal(true)
    const progress = createProgress(progressMin + 1, stream)
    for (let i = 0; i <= progressMin; i++) progress.tick()
    progress.done()
    expect(chunks[0]).toMatch(/^\r\u001B\[2K\[-+\] 0\/21 files$/u)
    expect(chunks.at(-2)).toMatch(/\[#+\] 21\/21 files$/u)
    expect(chunks.at(-1)).toBe('\r\u001B[2K')
  })

  it('stays silent for a small batch or when stderr is not a terminal', () => {
    for (const [isTTY, total] of [[true, progressMin], [false, 1000]] as const) {
      const {chunks, stream} = terminal(isTTY)
      const progress = createProgress(total, stream)
      for (let i = 0; i < total; i++) progress.tick()
      progress.done()
      expect(chunks).toEqual([])
    }
  })
})
