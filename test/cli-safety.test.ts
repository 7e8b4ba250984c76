/**
 * Issue 15, as a new user met it: each finding on the built command (`dist/cli.js`), spawned
 * on real files in a temporary folder. Never lose a file (1–5, 13), validate what convert
 * writes (11), streams and pipes (10, 12), the habits of the command line (14), severities on
 * real editions (7, 15), encodings, ids across a folder, progress on a terminal.
 */
import {spawn, spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {createHash} from 'node:crypto'
import {chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseLetters} from '../src/index.js'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')
const sample = readFileSync(join(root, 'fixtures/stalin-churchill-1941.txt'), 'utf8')
const letters = JSON.parse(JSON.stringify(parseLetters(sample))) as Array<{id: string}>
const corpus = readdirSync(join(root, 'fixtures/dev'))
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(root, 'fixtures/dev', name), 'utf8'))

let dir: string

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

function epistola(args: string[], options: {input?: string | Buffer; stdin?: SpawnSyncOptions['stdio']; env?: Record<string, string>; cwd?: string} = {}): Run {
  const result = spawnSync('node', [cli, ...args], {
    cwd: options.cwd ?? dir,
    ...(options.stdin ? {stdio: options.stdin} : {input: options.input ?? ''}),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: {...process.env, NO_COLOR: '', ...options.env}
  })
  return {code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? ''}
}

/** The messages of a run with `--report json`. */
function report(run: Run): Array<{path: string; messages: Array<{reason: string; ruleId: string; fatal?: boolean | null; line: number | null; column: number | null}>}> {
  return JSON.parse(run.stderr) as never
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const temps = (folder: string) => readdirSync(folder, {recursive: true}).map(String).filter((name) => name.includes('.epistola-'))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Copies of `text` up to `bytes`. */
function repeat(text: string, bytes: number): string {
  const parts: string[] = []
  for (let length = 0; length < bytes; length += text.length) parts.push(text)
  return parts.join('')
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) first')
  dir = mkdtempSync(join(tmpdir(), 'epistola-safety-'))
  writeFileSync(join(dir, 'letters.txt'), sample)
  // About 12 MB: streamed (8 MiB or more), and long enough to be stopped while it is written.
  writeFileSync(join(dir, 'big.txt'), repeat(sample + '\n\n', 12e6))
})

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
}, 60_000)

describe('finding 1: empty stdin and `-o` never replace a file by mistake', () => {
  it('`epistola -o t.txt </dev/null` leaves the transcript t.txt as it was, and exits 1', () => {
    writeFileSync(join(dir, 't.txt'), sample)
    const run = epistola(['-o', 't.txt', '--report', 'json'], {stdin: ['ignore', 'pipe', 'pipe']})
    expect(run.code).toBe(1)
    expect(readFileSync(join(dir, 't.txt'), 'utf8')).toBe(sample)
    expect(report(run)[0]!.messages).toContainEqual(
      expect.objectContaining({ruleId: 'unwritable-output', fatal: true, reason: 'Unexpected output `t.txt` that is an existing transcript, expected a path for JSON (--force replaces it)'})
    )
  })

  it('never replaces an existing file with the output of empty stdin, unless --force', () => {
    writeFileSync(join(dir, 'kept.json'), '["earlier"]\n')
    const run = epistola(['-o', 'kept.json', '--report', 'json'])
    expect(run.code).toBe(1)
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('["earlier"]\n')
    expect(report(run)[0]!.messages.map((m) => m.reason)).toContain('Unexpected empty input, expected a transcript: `kept.json` is left as it was (--force replaces it)')
    // A new file is written (an empty transcript has no letters), and --force replaces.
    expect(epistola(['-o', 'new.json']).code).toBe(0)
    expect(readFileSync(join(dir, 'new.json'), 'utf8')).toBe('[]\n')
    expect(epistola(['-o', 'kept.json', '--force']).code).toBe(0)
    expect(readFileSync(join(dir, 'kept.json'), 'utf8')).toBe('[]\n')
    // --force replaces a transcript too, when that is what is asked.
    writeFileSync(join(dir, 'other.txt'), sample)
    expect(epistola(['letters.txt', '-o', 'other.txt', '--force']).code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'other.txt'), 'utf8'))).toEqual(letters)
  })

  it('--no-clobber (-n) leaves every existing file, says so, and converts the rest', () => {
    mkdirSync(join(dir, 'nc'))
    writeFileSync(join(dir, 'nc/a.txt'), sample)
    writeFileSync(join(dir, 'nc/b.txt'), sample)
    writeFileSync(join(dir, 'nc/a.json'), 'mine\n')
    const run = epistola(['nc', '-o', '-n', '--report', 'json', '--quiet'])
    expect(run.code).toBe(0)
    expect(readFileSync(join(dir, 'nc/a.json'), 'utf8')).toBe('mine\n')
    expect(JSON.parse(readFileSync(join(dir, 'nc/b.json'), 'utf8'))).toHaveLength(letters.length)
    const a = report(run).find((file) => file.path === 'nc/a.txt')!
    expect(a.messages).toEqual([expect.objectContaining({ruleId: 'unwritable-output', reason: 'Unexpected existing output `nc/a.json`: left as it was (--no-clobber), and `nc/a.txt` not converted'})])
    // A note, not a failure.
    expect(a.messages[0]!.fatal).toBeUndefined()
    // The last of --force and --no-clobber counts, as for mv.
    expect(epistola(['nc/a.txt', '-o', 'nc/a.json', '-n', '--force']).code).toBe(0)
    expect(readFileSync(join(dir, 'nc/a.json'), 'utf8')).not.toBe('mine\n')
  })
})

describe('finding 2: an interrupted run leaves the earlier output whole', () => {
  /** Start a run, wait until it writes its temporary file, then send `signal`. */
  async function interrupt(args: string[], signal: NodeJS.Signals, ready: () => boolean): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
    const child = spawn('node', [cli, ...args], {cwd: dir, stdio: 'ignore'})
    const exit = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) => child.on('exit', (code, sig) => resolve({code, signal: sig})))
    for (let waited = 0; !ready(); waited += 20) {
      if (waited > 60_000) throw new Error('the run never started writing')
      await sleep(20)
    }
    child.kill(signal)
    return exit
  }

  it('SIGINT while writing `-o big.json`: the good output of the run before stays, no temporary file, the command dies of the signal', async () => {
    expect(epistola(['big.txt', '--pretty', '-o', 'big.json', '--silent']).code).toBe(0)
    const before = hash(join(dir, 'big.json'))
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const result = await interrupt(['big.txt', '--pretty', '-o', 'big.json', '--silent'], signal, () => temps(dir).length > 0)
      expect(result).toEqual({code: null, signal})
      expect(hash(join(dir, 'big.json'))).toBe(before)
      expect(temps(dir)).toEqual([])
    }
  })

  it('SIGINT in a folder run to jsonl: every file there is whole, no part file left', async () => {
    const folder = join(dir, 'series')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a.txt'), sample)
    copyFileSync(join(dir, 'big.txt'), join(folder, 'b.txt'))
    writeFileSync(join(folder, 'c.txt'), sample)
    const out = join(dir, 'series-out')
    const result = await interrupt(['series', '-o', 'series-out', '--format', 'jsonl', '--silent'], 'SIGINT', () => existsSync(out) && temps(out).some((name) => name.startsWith('.b.jsonl')))
    expect(result.signal).toBe('SIGINT')
    expect(temps(out)).toEqual([])
    expect(readdirSync(out)).toEqual(['a.jsonl'])
    expect(readFileSync(join(out, 'a.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(letters.length)
  })
})

describe('finding 3: a full disk (a 64 KiB tmpfs)', () => {
  /** A 64 KiB tmpfs at `path` for `body`; CI runs as root, so a failed mount fails the test. */
  function onFullDisk(path: string, body: () => void): void {
    mkdirSync(path, {recursive: true})
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', path], {encoding: 'utf8'})
    if (mount.status !== 0) throw new Error(`Cannot mount a 64 KiB tmpfs at ${path} (${(mount.stderr || mount.error?.message || '').trim()}): this test needs root, as CI has`)
    try {
      body()
    } finally {
      spawnSync('umount', [path])
    }
  }

  it('one output: the message names the path and the system’s reason, the file before stays, nothing half-written', () => {
    const full = join(dir, 'full-one')
    onFullDisk(full, () => {
      writeFileSync(join(full, 'keep.json'), '["earlier"]\n')
      const run = epistola(['big.txt', '-o', 'full-one/keep.json', '--report', 'json', '--silent'])
      expect(run.code).toBe(1)
      expect(report(run)).toEqual([
        {path: 'big.txt', messages: [expect.objectContaining({ruleId: 'unwritable-output', fatal: true, reason: 'Cannot write `full-one/keep.json`: no space left on device (ENOSPC)'})]}
      ])
      expect(readFileSync(join(full, 'keep.json'), 'utf8')).toBe('["earlier"]\n')
      expect(readdirSync(full)).toEqual(['keep.json'])
    })
  })

  it('a folder: each file that does not fit has its own message, the others go on, no empty or cut file', () => {
    const batch = join(dir, 'six')
    mkdirSync(batch)
    for (let i = 1; i <= 6; i++) writeFileSync(join(batch, `l${i}.txt`), sample)
    const full = join(dir, 'full-many')
    onFullDisk(full, () => {
      const run = epistola(['six', '-o', 'full-many/out', '--report', 'json', '--quiet', '--rule', 'footnote-unresolved=off', '--rule', 'missing-date=off'])
      expect(run.code).toBe(1)
      const written = readdirSync(join(full, 'out'))
      const failed = report(run).filter((file) => file.messages.some((m) => m.ruleId === 'unwritable-output'))
      expect(written.length).toBeGreaterThan(0)
      expect(failed.length).toBeGreaterThan(0)
      expect(written.length + failed.length).toBe(6)
      for (const name of written) expect(JSON.parse(readFileSync(join(full, 'out', name), 'utf8'))).toHaveLength(letters.length)
      for (const file of failed) {
        const name = file.path.replace(/^six\/(.*)\.txt$/u, '$1')
        expect(file.messages).toEqual([expect.objectContaining({fatal: true, reason: `Cannot write \`full-many/out/${name}.json\`: no space left on device (ENOSPC)`})])
      }
    })
  })
})

describe('finding 4: two runs writing one output do not interleave', () => {
  it('the output is the whole output of one of them, with no stray byte', async () => {
    const one = repeat(sample + '\n\n', 2e6)
    writeFileSync(join(dir, 'one.txt'), one)
    writeFileSync(join(dir, 'two.txt'), one.replaceAll('Churchill', 'Attlee'))
    const expected = ['one', 'two'].map((name) => epistola([`${name}.txt`, '--format', 'jsonl', '--silent']).stdout)
    expect(expected[0]).not.toBe(expected[1])
    const runs = ['one', 'two'].map(
      (name) =>
        new Promise<number | null>((resolve) => {
          spawn('node', [cli, `${name}.txt`, '--format', 'jsonl', '-o', 'same.jsonl', '--silent'], {cwd: dir, stdio: 'ignore'}).on('exit', resolve)
        })
    )
    expect(await Promise.all(runs)).toEqual([0, 0])
    expect(expected).toContain(readFileSync(join(dir, 'same.jsonl'), 'utf8'))
    expect(temps(dir)).toEqual([])
  })
})

describe('finding 5: an input is never written over, whatever its name', () => {
  it('refuses a symbolic link to the input, a hard link, the same path: naming both', () => {
    writeFileSync(join(dir, 'self.txt'), sample)
    symlinkSync('self.txt', join(dir, 'link.json'))
    linkSync(join(dir, 'self.txt'), join(dir, 'hard.json'))
    for (const output of ['link.json', 'hard.json', 'self.txt', './self.txt']) {
      const run = epistola(['self.txt', '-o', output, '--report', 'json', '--quiet'])
      expect(run.code, output).toBe(1)
      expect(report(run)[0]!.messages).toContainEqual(expect.objectContaining({ruleId: 'unwritable-output', reason: `Unexpected output \`${output}\` that is the input \`self.txt\` (the same file), expected another path`}))
      expect(readFileSync(join(dir, 'self.txt'), 'utf8')).toBe(sample)
    }
    // stdin redirected from the file is an input too.
    const redirected = epistola(['-o', 'hard.json', '--report', 'json', '--quiet'], {stdin: [openSync(join(dir, 'self.txt'), 'r'), 'pipe', 'pipe']})
    expect(redirected.code).toBe(1)
    expect(readFileSync(join(dir, 'self.txt'), 'utf8')).toBe(sample)
  })

  it('writes through a symbolic link to another file, as cp does: the link stays', () => {
    writeFileSync(join(dir, 'target.json'), '[]\n')
    symlinkSync('target.json', join(dir, 'to-target.json'))
    expect(epistola(['letters.txt', '-o', 'to-target.json', '--silent']).code).toBe(0)
    expect(lstatSync(join(dir, 'to-target.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8'))).toEqual(letters)
  })

  it('keeps the permissions of the file it replaces', () => {
    writeFileSync(join(dir, 'mode.json'), '[]\n')
    chmodSync(join(dir, 'mode.json'), 0o640)
    expect(epistola(['letters.txt', '-o', 'mode.json', '--silent']).code).toBe(0)
    expect(lstatSync(join(dir, 'mode.json')).mode & 0o777).toBe(0o640)
  })
})

describe('finding 13: -o with several inputs', () => {
  it('onto a file is a usage error (exit 2), not an EEXIST that stops the run', () => {
    writeFileSync(join(dir, 'keep.json'), '[]\n')
    const run = epistola(['letters.txt', 'big.txt', '-o', 'keep.json'])
    expect(run).toMatchObject({code: 2, stdout: ''})
    expect(run.stderr).toBe('epistola: Unexpected `--output keep.json` that is a file, expected a folder for several inputs\nTry `epistola --help` for the options.\n')
    expect(readFileSync(join(dir, 'keep.json'), 'utf8')).toBe('[]\n')
  })

  it('files of the same name keep the folders below their common base', () => {
    for (const folder of ['p1', 'p2']) {
      mkdirSync(join(dir, folder))
      writeFileSync(join(dir, folder, 'x.txt'), sample)
    }
    expect(epistola(['p1/x.txt', 'p2/x.txt', '-o', 'split/', '--silent']).code).toBe(0)
    expect(readdirSync(join(dir, 'split'), {recursive: true}).map(String).sort()).toEqual(['p1', 'p1/x.json', 'p2', 'p2/x.json'])
    // Ids are qualified by the same paths, so they differ between the two.
    expect(JSON.parse(readFileSync(join(dir, 'split/p2/x.json'), 'utf8'))[0].id).toBe('p2/x.txt#letter-1')
  })
})

describe('finding 10: one long line streams in linear time', () => {
  it('16 MB on a single line costs at most 2 × a normal 16 MB archive, measured in the same run', {timeout: 600_000}, () => {
    const size = 16e6
    const normal = repeat(corpus.join('\n\n') + '\n\n', size).slice(0, size)
    writeFileSync(join(dir, 'normal.txt'), normal)
    writeFileSync(join(dir, 'line.txt'), normal.replace(/\r?\n/gu, ' ') + '\n')
    const time = (name: string) => {
      const start = performance.now()
      const run = epistola([name, '--format', 'jsonl', '--silent', '-o', `${name}.jsonl`])
      expect(run.signal).toBeNull()
      return performance.now() - start
    }
    const normalMs = time('normal.txt')
    const lineMs = time('line.txt')
    console.log(`16 MB: normal archive ${Math.round(normalMs)} ms, one line ${Math.round(lineMs)} ms (${(lineMs / normalMs).toFixed(2)} ×)`)
    expect(lineMs).toBeLessThanOrEqual(2 * normalMs)
    rmSync(join(dir, 'normal.txt'))
    rmSync(join(dir, 'line.txt'))
  })
})

describe('finding 11: validate accepts every format convert writes', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'arch/sub'), {recursive: true})
    writeFileSync(join(dir, 'arch/a.txt'), sample)
    writeFileSync(join(dir, 'arch/sub/b.txt'), sample)
  })

  it('the folder JSON output, the jsonl output, and .tree.json files (one and batch): no message, exit 0', () => {
    writeFileSync(join(dir, 'all.json'), epistola(['arch']).stdout)
    writeFileSync(join(dir, 'all.jsonl'), epistola(['arch', '--format', 'jsonl']).stdout)
    writeFileSync(join(dir, 'all.tree.json'), epistola(['arch', '--format', 'tree']).stdout)
    expect(epistola(['arch', '-o', 'trees', '--format', 'tree', '--silent']).code).toBe(0)
    for (const input of ['all.json', 'all.jsonl', 'all.tree.json', 'trees']) {
      const run = epistola(['validate', input, '--report', 'json', '--frail'])
      expect(run.code, input).toBe(0)
      expect(report(run).flatMap((file) => file.messages), input).toEqual([])
    }
  })

  it('places a problem of a jsonl line at its line, and of a batch entry at its line, naming the entry', () => {
    const lines = readFileSync(join(dir, 'all.jsonl'), 'utf8').trimEnd().split('\n')
    // The first letter of the sample is dated July 18, 1941.
    const first = JSON.parse(lines[0]!)
    first.date.iso = '1941-02-30'
    lines[0] = JSON.stringify(first)
    lines.push('[1, 2]')
    writeFileSync(join(dir, 'bad.jsonl'), lines.join('\n') + '\n')
    const run = epistola(['validate', 'bad.jsonl', '--report', 'json'])
    expect(run.code).toBe(1)
    const messages = report(run)[0]!.messages
    expect(messages).toContainEqual(expect.objectContaining({line: 1, ruleId: 'schema', reason: 'Unexpected string `"1941-02-30"` at `date.iso`, expected a real calendar date'}))
    expect(messages).toContainEqual(expect.objectContaining({line: lines.length, column: 1, ruleId: 'schema', reason: 'Unexpected JSON array on a line, expected one letter, a JSON object, a line'}))
    expect(messages).toHaveLength(2)
    const batch = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'))
    batch[1].letters[0].date.iso = '1941-02-30'
    const text = JSON.stringify(batch, null, 2)
    writeFileSync(join(dir, 'bad.json'), text)
    const line = text.split('\n').findIndex((entry) => entry.includes('"1941-02-30"')) + 1
    const bad = epistola(['validate', 'bad.json', '--report', 'json'])
    expect(bad.code).toBe(1)
    expect(report(bad)[0]!.messages).toEqual([expect.objectContaining({line, ruleId: 'schema', reason: 'Unexpected string `"1941-02-30"` at `[1].letters[0].date.iso`, expected a real calendar date'})])
  })

  it('a tree that is no epistola tree is an error', () => {
    writeFileSync(join(dir, 'odd.tree.json'), JSON.stringify({type: 'root', children: [{children: []}]}))
    const run = epistola(['validate', 'odd.tree.json', '--report', 'json'])
    expect(run.code).toBe(1)
    expect(report(run)[0]!.messages).toEqual([expect.objectContaining({ruleId: 'schema', reason: 'Unexpected value at `children[0]`, expected a node with a string `type`'})])
  })
})

describe('finding 12: bad bytes and closed pipes', () => {
  it('one bad byte at the end of stdin: the letters before it are written, the message gives its offset, exit 1', () => {
    const input = Buffer.concat([Buffer.from(sample), Buffer.from([0xff])])
    const run = epistola(['--format', 'jsonl', '--report', 'json'], {input})
    expect(run.code).toBe(1)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(letters.length)
    expect(report(run)[0]!.messages).toContainEqual(expect.objectContaining({ruleId: 'not-utf8', fatal: true, reason: expect.stringMatching(new RegExp(`^Unexpected bytes that are not UTF-8 at byte ${Buffer.byteLength(sample)}, `, 'u'))}))
  })

  it('gives the exact byte in a large streamed file, even after a genuine U+FFFD and across chunk ends', () => {
    const head = repeat(sample + '\n\n', 9e6) + 'A genuine \ufffd and é, then '
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xe2, 0x82, 0x41]), Buffer.from('\n')])
    writeFileSync(join(dir, 'bad-bytes.txt'), bytes)
    const run = epistola(['bad-bytes.txt', '--format', 'jsonl', '--report', 'json', '--silent'])
    expect(run.code).toBe(1)
    expect(report(run)[0]!.messages).toEqual([expect.objectContaining({ruleId: 'not-utf8', reason: expect.stringContaining(`at byte ${Buffer.byteLength(head)}, `)})])
    // Nothing is written with -o: the input was not read to its end.
    expect(epistola(['bad-bytes.txt', '-o', 'bad-bytes.json', '--silent']).code).toBe(1)
    expect(existsSync(join(dir, 'bad-bytes.json'))).toBe(false)
  })

  it('`| head -c 10` stops the run with exit 141 (as SIGPIPE), saying why', () => {
    const run = spawnSync('bash', ['-c', `node ${cli} big.txt --silent | head -c 10 > /dev/null; echo "status \${PIPESTATUS[0]}"`], {cwd: dir, encoding: 'utf8'})
    expect(run.stdout).toBe('status 141\n')
    expect(run.stderr).toBe('epistola: stopped: the reader of stdout went away (EPIPE) before the output was whole\n')
  })
})

describe('finding 14: the habits of the command line', () => {
  it('usage errors exit 2, in one line each with balanced quotes', () => {
    const cases: Array<[string[], string]> = [
      [['--bogus'], 'Unexpected unknown option `--bogus`, expected an option of `--help` (a path that starts with `-` goes after `--`)'],
      [['--format'], 'Unexpected `--format` without a value, expected `--format <value>`'],
      [['letters.txt', '--format', 'xml'], 'Unexpected format `xml`, expected one of `json`, `jsonl`, `tree`, `tei`, `cmif`, `csv`'],
      [['validate', 'letters.txt', '-o', 'out.json'], 'Unexpected `--output` with `validate`, expected it only with `convert` or `schema` or `preview`'],
      [['validate', 'letters.txt', '--format', 'tree'], 'Unexpected `--format` with `validate`, expected it only with `convert`'],
      [['schema', '--frail'], 'Unexpected `--frail` with `schema`, expected it only with `convert` or `validate` or `preview`'],
      [['letters.txt', '--format', 'jsonl', '--pretty'], 'Unexpected `--pretty` with `--format jsonl`, expected it only with `json` or `tree` (jsonl is one letter a line)'],
      [['letters.txt', '--force'], 'Unexpected `--force` without `--output`, expected it only when writing files'],
      [['letters.txt', '--file-path', 'x.txt'], 'Unexpected `--file-path` without stdin among the inputs, expected it only to name stdin'],
      [['letters.txt', '--encoding', 'ebcdic'], 'Unexpected encoding `ebcdic`, expected one of `utf-8`, `utf8`, `latin1`, `iso-8859-1`, `windows-1252`, `cp1252`, `utf-16`, `utf-16le`, `utf-16be`'],
      [['letters.txt', '--rule', 'misssing-source=off'], expect.stringMatching(/^Unexpected rule `misssing-source` in --rule, expected one of /u) as never]
    ]
    for (const [args, reason] of cases) {
      const run = epistola(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      const [first, second, ...rest] = run.stderr.split('\n')
      expect(first!.replace(/^epistola: /u, ''), args.join(' ')).toEqual(reason)
      expect([second, ...rest]).toEqual(['Try `epistola --help` for the options.', ''])
      expect(first!.split('`').length % 2, first).toBe(1)
    }
  })

  it('`epistola help` prints the help (a file named help is `./help`)', () => {
    const run = epistola(['help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(readFileSync(join(root, 'test/fixtures/cli/HELP'), 'utf8'))
  })

  it('`schema -o s.json` writes the schema to the file; --pretty indents it', () => {
    expect(epistola(['schema', '-o', 's.json'])).toMatchObject({code: 0, stdout: '', stderr: ''})
    const text = readFileSync(join(dir, 's.json'), 'utf8')
    expect(text).toBe(JSON.stringify(JSON.parse(text)) + '\n')
    expect(epistola(['schema', '--pretty']).stdout).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n')
    // Not over a transcript, unless --force; not over anything with --no-clobber.
    writeFileSync(join(dir, 'notes.txt'), sample)
    expect(epistola(['schema', '-o', 'notes.txt'])).toMatchObject({code: 1, stderr: 'epistola: Unexpected output `notes.txt` that is an existing transcript, expected a path for JSON (--force replaces it)\n'})
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(sample)
    expect(epistola(['schema', '-o', 's.json', '--pretty', '-n'])).toMatchObject({code: 0, stderr: 'epistola: `s.json` exists: left as it was (--no-clobber)\n'})
    expect(readFileSync(join(dir, 's.json'), 'utf8')).toBe(text)
    expect(epistola(['schema', '-o', 'notes.txt', '--force']).code).toBe(0)
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe(text)
  })

  it('NO_COLOR turns colour off on a terminal; --color turns it back on', () => {
    writeFileSync(join(dir, 'broken.txt'), sample.replace('July 18, 1941', 'July 38, 1941'))
    // A terminal as a user's: TERM names one, and no CI or FORCE_COLOR variable of the machine
    // running the suite decides for supports-color (which vfile-reporter asks).
    const {CI: _ci, FORCE_COLOR: _force, TERM: _term, ...machine} = process.env
    const terminal = {...machine, TERM: 'xterm-256color'}
    const onTerminal = (command: string, env: Record<string, string>) => spawnSync('script', ['-qec', command, '/dev/null'], {cwd: dir, encoding: 'utf8', input: '', env: {...terminal, ...env}}).stdout
    const escape = '\u001B['
    expect(onTerminal(`node ${cli} validate broken.txt`, {NO_COLOR: ''})).toContain(escape)
    expect(onTerminal(`node ${cli} validate broken.txt`, {NO_COLOR: '1'})).not.toContain(escape)
    expect(onTerminal(`node ${cli} validate broken.txt --color`, {NO_COLOR: '1'})).toContain(escape)
  })
})

describe('findings 7 and 15: severities on real editions', () => {
  it('an edition without any source line passes --frail (one no-sources note, no warning per letter)', () => {
    copyFileSync(join(root, 'fixtures/rules/no-sources/fail.txt'), join(dir, 'edition.txt'))
    const run = epistola(['validate', 'edition.txt', '--frail', '--report', 'json', '--rule', 'unplaced-text=off'])
    expect(run.code).toBe(0)
    expect(report(run)[0]!.messages.map((m) => [m.ruleId, m.fatal ?? 'info'])).toEqual([['no-sources', 'info']])
  })

  it('a letter whose start is left outside any letter is an error that --silent shows', () => {
    copyFileSync(join(root, 'fixtures/rules/lost-letter/fail.txt'), join(dir, 'lost.txt'))
    const run = epistola(['validate', 'lost.txt', '--silent'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^lost\.txt\n21:1-21:18 +error +Unexpected dateline `November 20, 1941` outside any letter, expected it to start a letter .* lost-letter +epistola\n\n✖ 1 error\n$/u)
  })
})

describe('--encoding: the files archivists really have', () => {
  const text = '\ufeff' + sample.replace('Many thanks', 'Many “thanks” for the café’s €5 — ')
  const windows = new Map([...'“”’€—'].map((char, index) => [char, [0x93, 0x94, 0x92, 0x80, 0x97][index]!]))
  const expected = () => epistola(['utf8.txt']).stdout

  beforeAll(() => {
    writeFileSync(join(dir, 'utf8.txt'), text)
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([0xef, 0xbb, 0xbf, ...[...text.slice(1)].map((char) => windows.get(char) ?? char.charCodeAt(0))]))
    const le = Buffer.from(text, 'utf16le')
    writeFileSync(join(dir, 'utf16le.txt'), le)
    writeFileSync(join(dir, 'utf16be.txt'), Buffer.from(le).swap16())
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(sample.replace('Many thanks', 'Many thanks, café').replaceAll('—', '-'), 'latin1'))
  })

  it('reads UTF-16 by its byte order mark (LE and BE) and Windows-1252, giving the letters of the UTF-8 text', () => {
    const want = expected()
    expect(JSON.parse(want)[1].body[0].text).toMatch(/^Many “thanks” for the café’s €5 — /u)
    for (const [file, encoding] of [['utf16le.txt', 'utf-16'], ['utf16be.txt', 'utf-16'], ['utf16le.txt', 'utf-16le']] as const) {
      expect(epistola([file, '--encoding', encoding]).stdout, file).toBe(want)
    }
    // Windows-1252 has no BOM: the UTF-8 one written before it reads as `ï»¿`, so compare from the body on.
    const windowsLetters = JSON.parse(epistola(['cp1252.txt', '--encoding', 'windows-1252']).stdout)
    expect(windowsLetters[1].body[0].text).toBe(JSON.parse(want)[1].body[0].text)
  })

  it('reads Latin-1, and says which encoding to try when UTF-8 fails', () => {
    expect(JSON.parse(epistola(['latin1.txt', '--encoding', 'latin1']).stdout)[1].body[0].text).toMatch(/^Many thanks, café/u)
    const wrong = epistola(['latin1.txt', '--report', 'json'])
    expect(report(wrong)[0]!.messages[0]!.reason).toMatch(/^Unexpected bytes that are not UTF-8 at byte \d+, expected UTF-8 text \(use --encoding latin1, windows-1252 or utf-16 for a file in one of those\)$/u)
    const utf16 = epistola(['utf16le.txt', '--report', 'json'])
    expect(report(utf16)[0]!.messages[0]!.reason).toBe('Unexpected bytes that are not UTF-8 at byte 0, expected UTF-8 text (the file starts with a UTF-16 byte order mark: use --encoding utf-16)')
  })

  it('refuses UTF-16 without a byte order mark, or with a lone surrogate, at the byte', () => {
    writeFileSync(join(dir, 'no-bom.txt'), Buffer.from(sample, 'utf16le'))
    expect(report(epistola(['no-bom.txt', '--encoding', 'utf-16', '--report', 'json']))[0]!.messages).toEqual([
      expect.objectContaining({ruleId: 'not-utf16', reason: 'Unexpected bytes that are not UTF-16 at byte 0 (no byte order mark: name the byte order with --encoding utf-16le or utf-16be), expected UTF-16 text'})
    ])
    writeFileSync(join(dir, 'lone.txt'), Buffer.concat([Buffer.from('\ufeffabc', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]))
    expect(report(epistola(['lone.txt', '--encoding', 'utf-16', '--report', 'json']))[0]!.messages[0]!.reason).toBe('Unexpected bytes that are not UTF-16 at byte 8 (a lone surrogate), expected UTF-16 text')
  })
})

describe('ids across a folder, progress on a terminal', () => {
  it('qualifies ids by the file in folder and jsonl output, so they are unique', () => {
    mkdirSync(join(dir, 'twins'))
    writeFileSync(join(dir, 'twins/a.txt'), sample)
    writeFileSync(join(dir, 'twins/b.txt'), sample)
    const batch = JSON.parse(epistola(['twins']).stdout) as Array<{letters: Array<{id: string}>}>
    const ids = batch.flatMap((entry) => entry.letters.map((letter) => letter.id))
    expect(ids).toEqual([...letters.map((l) => `a.txt#${l.id}`), ...letters.map((l) => `b.txt#${l.id}`)])
    const lines = epistola(['twins', '--format', 'jsonl']).stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line).id)).toEqual(ids)
    // One file on its own keeps the ids the library gives.
    expect(JSON.parse(epistola(['twins/a.txt']).stdout)[0].id).toBe('letter-1')
  })

  it('shows the progress of one large file and of stdin when stderr is a terminal', () => {
    const onTerminal = (command: string) => spawnSync('script', ['-qec', command, '/dev/null'], {cwd: dir, encoding: 'utf8', input: ''}).stdout
    expect(onTerminal(`node ${cli} big.txt -o progress.json --silent`)).toMatch(/\[#*-*\] \d+\.\d\/12\.\d MB, [\d,]+ letters/u)
    writeFileSync(join(dir, 'mid.txt'), repeat(sample + '\n\n', 3e6))
    expect(onTerminal(`cat mid.txt | node ${cli} --format jsonl --silent > /dev/null`)).toMatch(/\d+\.\d MB read, [\d,]+ letters/u)
    // Not on a pipe.
    expect(epistola(['big.txt', '-o', 'progress.json', '--silent']).stderr).toBe('')
  })
})
