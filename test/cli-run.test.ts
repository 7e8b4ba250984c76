/**
 * The command line in-process: `run(io)` (`src/cli/run.ts`) with streams in memory, on real
 * files in a temporary folder, so that coverage sees `src/cli/` (the spawned tests of
 * `cli.test.ts` and `cli-guards.test.ts` run the built binary, which coverage does not see).
 * Worker threads run the built `dist/convert-worker.js`: here the pool is replaced by the same
 * conversion in this thread, and a batch that fails is simulated.
 */
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {Writable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {letterJsonSchema, parseArchive, parseLetters, toHtml} from '../src/index.js'
import {asJson, loadRun, root, type Reported} from './helpers/cli-in-process.js'

/** The pool, in this thread (see the helper); a file named `crash-*` fails its batch. */
vi.mock('../src/workers/run-on-pool.js', async () => ({runOnPool: (await import('./helpers/cli-in-process.js')).runOnPoolInThread}))

const sampleName = 'stalin-churchill-1941.txt'
const sample = readFileSync(join(root, 'fixtures', sampleName), 'utf8')
const letters = asJson(parseLetters(sample)) as unknown[]
const broken = sample.replace('July 18, 1941', 'July 38, 1941')

let cli: Awaited<ReturnType<typeof loadRun>>
let dir: string
let poolMinFiles: number
const at = (...parts: string[]) => cli.at(...parts)
const epistola: typeof cli.epistola = (args, options) => cli.epistola(args, options)

beforeAll(async () => {
  // Small batches go to the (replaced) pool here.
  cli = await loadRun('epistola-run-', 3)
  ;({dir, poolMinFiles} = cli)
  writeFileSync(at(sampleName), sample)
  writeFileSync(at('broken.txt'), broken)
  mkdirSync(at('archive/nested'), {recursive: true})
  copyFileSync(join(root, 'fixtures/dev/frus-1939v01-d123.txt'), at('archive/a.txt'))
  copyFileSync(join(root, 'fixtures/dev/frus-1944Quebec-d31-d33.txt'), at('archive/nested/b.txt'))
  writeFileSync(at('archive/notes.md'), '# not a transcript\n')
})

afterAll(() => cli?.cleanup())

/** Letters without their ids: ids are file-qualified where several files or jsonl share an output (issue 15, tested in cli-safety.test.ts). */
function noIds(list: unknown): unknown[] {
  return (list as Array<Record<string, unknown>>).map(({id: _id, ...letter}) => letter)
}

describe('run: help, version, schema, usage', () => {
  it('prints the help and the version', async () => {
    const help = await epistola(['--help'])
    expect(help).toMatchObject({code: 0, stderr: ''})
    expect(help.stdout).toMatch(/^Usage: epistola /mu)
    expect(help.stdout).toContain('Test description')
    expect(await epistola(['-v'])).toEqual({code: 0, stdout: 'epistola: 9.9.9\n', stderr: ''})
  })

  it('prints the JSON Schema', async () => {
    const {code, stdout} = await epistola(['schema'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(asJson(letterJsonSchema()))
  })

  it('rejects bad flags and rule ids in one line, and prints the help when stdin is a terminal and nothing is given', async () => {
    for (const args of [['--nope'], ['--format', 'xml'], ['--report', 'xml'], ['--rule', 'x'], ['--jobs', '0'], ['--rule', 'no-such-rule=off', at(sampleName)]]) {
      const {code, stdout, stderr} = await epistola(args)
      expect(code, args.join(' ')).not.toBe(0)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^epistola: \S/u)
    }
    const waiting = await epistola([], {stdinTTY: true})
    expect(waiting.code).not.toBe(0)
    expect(waiting.stderr).toMatch(/^Usage: epistola /mu)
  })
})

describe('run: convert', () => {
  it('converts one file, pretty or not, to JSON, JSON Lines or a tree', async () => {
    expect(await epistola([at(sampleName)])).toEqual({code: 0, stdout: JSON.stringify(letters) + '\n', stderr: expect.any(String)})
    expect((await epistola([at(sampleName), '--pretty'])).stdout).toBe(JSON.stringify(letters, null, 2) + '\n')
    const lines = (await epistola(['--format', 'jsonl', at(sampleName)])).stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line) as {file: string}).map(({file, ...letter}) => [file, noIds([letter])[0]])).toEqual(noIds(letters).map((letter: unknown) => [at(sampleName), letter]))
    expect(JSON.parse((await epistola(['--format', 'tree', at(sampleName)])).stdout)).toEqual(asJson(parseArchive(sample).tree))
  })

  it('converts a folder, a glob and stdin', async () => {
    const folder = await epistola([at('archive'), '--pretty'])
    expect(folder.code).toBe(0)
    const entries = JSON.parse(folder.stdout) as Array<{file: string; letters: unknown}>
    expect(entries.map((entry) => entry.file)).toEqual([at('archive/a.txt'), at('archive/nested/b.txt')])
    expect(folder.stdout).toBe(JSON.stringify(entries, null, 2) + '\n')
    // tinyglobby gives the matches relative to the working folder.
    const glob = JSON.parse((await epistola([at('archive/*.txt')])).stdout) as Array<{file: string}>
    expect(glob.map((entry) => resolve(entry.file))).toEqual([at('archive/a.txt')])
    const trees = JSON.parse((await epistola([at('archive'), '--format', 'tree'])).stdout) as Array<{file: string; tree: {type: string}}>
    expect(trees.map((entry) => entry.tree.type)).toEqual(['root', 'root'])
    for (const args of [[], ['-']]) expect(noIds(JSON.parse((await epistola(args, {input: sample})).stdout)), args.join(' ')).toEqual(noIds(letters))
    const piped = (await epistola(['--format', 'jsonl', '--file-path', 'piped.txt'], {input: sample})).stdout.trimEnd().split('\n')
    expect(piped.map((line) => (JSON.parse(line) as {file: string}).file)).toEqual(letters.map(() => 'piped.txt'))
  })

  it('gives a folder without transcripts and a glob matching nothing their own line, and writes `[]` for nothing at all', async () => {
    mkdirSync(at('bare'), {recursive: true})
    const {code, stdout, stderr} = await epistola([at('bare'), at('nothing-*.txt'), '--report', 'json'])
    expect(code).toBe(1)
    expect(stdout).toBe('[]\n')
    expect((JSON.parse(stderr) as Reported[]).map((file) => file.messages[0]!.reason)).toEqual(['No .txt files in this folder', 'No files match this pattern'])
  })

  it('reports missing, dangling, non-UTF-8 and empty files, and still converts the others', async () => {
    writeFileSync(at('latin1.txt'), Buffer.from('Moscow, July 18, 1941\n\nDear Mr Churchill, caf\xe9\n', 'latin1'))
    writeFileSync(at('empty.txt'), '')
    if (!existsSync(at('dangling.txt'))) symlinkSync(at('gone.txt'), at('dangling.txt'))
    const names = ['missing.txt', 'dangling.txt', 'latin1.txt', 'empty.txt', sampleName].map((name) => at(name))
    const {code, stdout, stderr} = await epistola([...names, '--report', 'json'])
    expect(code).toBe(1)
    const entries = JSON.parse(stdout) as Array<{file: string; letters: unknown}>
    // A path that is not there has no entry; a file that cannot be read has `null` letters.
    expect(entries.map((entry) => [entry.file, entry.letters === null ? null : noIds(entry.letters)])).toEqual([
      [at('latin1.txt'), null],
      [at('empty.txt'), []],
      [at(sampleName), noIds(letters)]
    ])
    const byPath = Object.fromEntries((JSON.parse(stderr) as Reported[]).map((file) => [file.path, file.messages]))
    expect(byPath[at('missing.txt')]).toEqual([expect.objectContaining({reason: 'No such file or folder', ruleId: 'unreadable-file', fatal: true})])
    expect(byPath[at('dangling.txt')]).toEqual([expect.objectContaining({reason: 'No such file or folder', fatal: true})])
    expect(byPath[at('latin1.txt')]).toEqual([expect.objectContaining({ruleId: 'not-utf8', reason: expect.stringMatching(/^Unexpected bytes that are not UTF-8 at byte 45,/u)})])
    expect(byPath[at('empty.txt')]).toEqual([expect.objectContaining({ruleId: 'empty-file', fatal: false})])
  })

  it('streams JSON Lines: bytes that are not UTF-8 and empty input are reported there too', async () => {
    const latin1 = await epistola(['--format', 'jsonl', at('latin1.txt')])
    expect(latin1.code).toBe(1)
    expect(latin1.stderr).toMatch(/error\s+Unexpected bytes that are not UTF-8 at byte \d+/u)
    const empty = await epistola(['--format', 'jsonl', at('empty.txt')])
    expect(empty).toMatchObject({code: 0, stdout: ''})
    expect(empty.stderr).toMatch(/warning\s+Unexpected empty file/u)
    const stdin = await epistola(['--format', 'jsonl'], {input: Buffer.from([0x4d, 0x72, 0xff, 0x0a])})
    expect(stdin.code).toBe(1)
    expect(stdin.stderr).toMatch(/<stdin>\n\s*error\s+Unexpected bytes that are not UTF-8/u)
  })

  it('reports on stderr as vfile-reporter does, exit 1 on an error, still writing the letters', async () => {
    const {code, stdout, stderr} = await epistola([at('broken.txt'), '--no-color'])
    expect(code).toBe(1)
    expect(JSON.parse(stdout)).toEqual(asJson(parseLetters(broken)))
    expect(stderr).toMatch(/17:1-17:14\s+error\s+Unexpected impossible date `July 38, 1941`.*impossible-date\s+epistola/u)
  })
})

describe('run: outputs', () => {
  it('writes beside each input, into a folder, and to one file', async () => {
    mkdirSync(at('beside'))
    copyFileSync(at(sampleName), at('beside', sampleName))
    expect((await epistola([at('beside'), '-o'])).code).toBe(0)
    expect(noIds(JSON.parse(readFileSync(at('beside/stalin-churchill-1941.json'), 'utf8')))).toEqual(noIds(letters))
    expect((await epistola([at('beside', sampleName), '--format', 'jsonl', '--output'])).code).toBe(0)
    expect(readFileSync(at('beside/stalin-churchill-1941.jsonl'), 'utf8').trimEnd().split('\n')).toHaveLength(letters.length)
    expect(await epistola([at('archive'), '-o', at('out')])).toMatchObject({code: 0, stdout: ''})
    expect(readdirSync(at('out')).sort()).toEqual(['a.json', 'nested'])
    expect((await epistola([at('archive'), '-o', at('trees') + '/', '--format', 'tree', '--pretty'])).code).toBe(0)
    expect(readFileSync(at('trees/nested/b.tree.json'), 'utf8')).toMatch(/^\{\n {2}"type": "root"/u)
    expect((await epistola([at(sampleName), '-o', at('one.json'), '--pretty'])).code).toBe(0)
    expect(readFileSync(at('one.json'), 'utf8')).toBe(JSON.stringify(letters, null, 2) + '\n')
  })

  it('writes stdin beside its --file-path or into a folder, and refuses -o without a name', async () => {
    expect((await epistola(['--file-path', at('piped.txt'), '-o'], {input: sample})).code).toBe(0)
    expect(noIds(JSON.parse(readFileSync(at('piped.json'), 'utf8')))).toEqual(noIds(letters))
    expect((await epistola(['-', at(sampleName), '-o', at('from-stdin')], {input: sample})).code).toBe(0)
    expect(readdirSync(at('from-stdin')).sort()).toEqual(['stalin-churchill-1941.json', 'stdin.json'])
    const nameless = await epistola(['-o'], {input: sample})
    expect(nameless.code).toBe(1)
    expect(nameless.stderr).toMatch(/error\s+Unexpected `--output` without a path for stdin/u)
  })

  it('never writes onto an input: the transcript stays as it was', async () => {
    writeFileSync(at('self.txt'), sample)
    for (const output of [at('self.txt'), `${dir}/./self.txt`]) {
      const {code, stdout, stderr} = await epistola([at('self.txt'), '-o', output, '--report', 'json'])
      expect(readFileSync(at('self.txt'), 'utf8')).toBe(sample)
      expect(code).toBe(1)
      expect(stdout).toBe('')
      const messages = (JSON.parse(stderr) as Reported[])[0]!.messages.filter((m) => m.ruleId === 'unwritable-output')
      expect(messages).toEqual([expect.objectContaining({fatal: true, reason: expect.stringContaining(output)})])
    }
  })

  it('never writes two inputs to one output: the first is written, the second refused', async () => {
    mkdirSync(at('claims'))
    writeFileSync(at('claims/a.txt'), sample)
    writeFileSync(at('claims/a.md'), broken)
    const {code, stderr} = await epistola([at('claims/a.txt'), at('claims/a.md'), '-o', at('claimed'), '--report', 'json'])
    expect(code).toBe(1)
    expect(readdirSync(at('claimed'))).toEqual(['a.json'])
    expect(noIds(JSON.parse(readFileSync(at('claimed/a.json'), 'utf8')))).toEqual(noIds(letters))
    const report = JSON.parse(stderr) as Reported[]
    const guard = (path: string) => report.find((file) => file.path === path)!.messages.filter((m) => m.ruleId === 'unwritable-output')
    expect(guard(at('claims/a.txt'))).toEqual([])
    expect(guard(at('claims/a.md'))).toEqual([expect.objectContaining({fatal: true, reason: expect.stringContaining(at('claimed/a.json'))})])
  })
})

describe('run: preview (convert with the page for output)', () => {
  it('writes the page toHtml writes, to stdout or a file; --explain shows the layout on it and reports it', async () => {
    expect(await epistola(['preview', at(sampleName), '--silent'])).toEqual({code: 0, stdout: toHtml(sample, {title: sampleName}), stderr: ''})
    const explained = await epistola(['preview', at(sampleName), '--explain', '-o', at('sample.html')])
    expect(explained).toMatchObject({code: 0, stdout: ''})
    expect(explained.stderr).toMatch(/Layout: .*layout/u)
    expect(readFileSync(at('sample.html'), 'utf8')).toBe(toHtml(sample, {title: sampleName, explain: true}))
  })

  it('refuses several inputs without -o before reading any; writes one page each into a folder, on the pool for a batch, ids as parsed', async () => {
    expect(await epistola(['preview', at('archive')])).toMatchObject({code: 2, stdout: '', stderr: expect.stringMatching(/^epistola: Unexpected several inputs without `--output` with `preview`/u)})
    const inputs = [at(sampleName), at('broken.txt'), at('archive/a.txt'), at('archive/nested/b.txt')]
    expect(inputs.length).toBeGreaterThanOrEqual(poolMinFiles)
    const batch = await epistola(['preview', ...inputs, '-o', at('pages/'), '--jobs', '2', '--silent'])
    expect(batch.code).toBe(1)
    expect(batch.stderr).toMatch(/broken\.txt\n.*impossible-date/u)
    expect(readdirSync(at('pages'), {recursive: true}).map(String).sort()).toEqual(['archive', 'archive/a.html', 'archive/nested', 'archive/nested/b.html', 'broken.html', 'stalin-churchill-1941.html'])
    expect(readFileSync(at('pages/archive/nested/b.html'), 'utf8')).toBe(toHtml(readFileSync(at('archive/nested/b.txt'), 'utf8'), {title: 'b.txt'}))
  })

  it('keeps a page with --no-clobber, refuses an existing transcript unless --force', async () => {
    writeFileSync(at('kept.html'), 'mine')
    const kept = await epistola(['preview', at(sampleName), '-o', at('kept.html'), '--no-clobber', '--report', 'json'])
    expect(kept.code).toBe(0)
    expect((JSON.parse(kept.stderr) as Reported[])[0]!.messages).toEqual([expect.objectContaining({ruleId: 'unwritable-output', reason: expect.stringMatching(/left as it was \(--no-clobber\)/u)})])
    expect(readFileSync(at('kept.html'), 'utf8')).toBe('mine')
    writeFileSync(at('notes.txt'), 'mine')
    const refused = await epistola(['preview', at(sampleName), '-o', at('notes.txt'), '--report', 'json'])
    expect(refused.code).toBe(1)
    expect((JSON.parse(refused.stderr) as Reported[])[0]!.messages.map((message) => message.reason)).toContain(`Unexpected output \`${at('notes.txt')}\` that is an existing transcript, expected a path for the page (--force replaces it)`)
    expect(readFileSync(at('notes.txt'), 'utf8')).toBe('mine')
    expect((await epistola(['preview', at(sampleName), '-o', at('notes.txt'), '--force', '--silent'])).code).toBe(0)
    expect(readFileSync(at('notes.txt'), 'utf8')).toBe(toHtml(sample, {title: sampleName}))
  })
})

describe('run: validate and the report', () => {
  it('checks transcripts with the rules and letter JSON with the schema, stdin too; writes nothing', async () => {
    expect((await epistola(['validate', at(sampleName)])).code).toBe(0)
    writeFileSync(at('good.json'), JSON.stringify(letters))
    writeFileSync(at('truncated.json'), '[{"id": ')
    const {code, stdout, stderr} = await epistola(['validate', at('broken.txt'), at('good.json'), at('truncated.json'), '--report', 'json'])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    const byPath = Object.fromEntries((JSON.parse(stderr) as Reported[]).map((file) => [file.path, file.messages.map((m) => m.ruleId)]))
    expect(byPath[at('broken.txt')]).toContain('impossible-date')
    expect(byPath[at('good.json')]).toEqual([])
    expect(byPath[at('truncated.json')]).toEqual(['json-syntax'])
    expect((await epistola(['validate'], {input: broken})).code).toBe(1)
    expect((await epistola(['validate', '-'], {input: sample})).code).toBe(0)
  })

  it('sets severities with --rule, fails on warnings with --frail, and filters with --quiet, --silent and --verbose', async () => {
    expect((await epistola(['validate', at('broken.txt'), '--rule', 'impossible-date=off'])).code).toBe(0)
    expect((await epistola(['validate', at('broken.txt'), '--rule', 'impossible-date=warn'])).code).toBe(0)
    expect((await epistola(['validate', at('broken.txt'), '--rule', 'impossible-date=warn', '--frail'])).code).toBe(1)
    const quiet = JSON.parse((await epistola(['validate', at(sampleName), at('broken.txt'), '--report', 'json', '--quiet', '--rule', 'footnote-unresolved=off', '--rule', 'missing-date=off'])).stderr) as Reported[]
    expect(quiet.map((file) => file.path)).toEqual([at('broken.txt')])
    const silent = JSON.parse((await epistola(['validate', at(sampleName), at('broken.txt'), '--report', 'json', '--silent'])).stderr) as Reported[]
    expect(silent).toEqual([{path: at('broken.txt'), messages: [expect.objectContaining({ruleId: 'impossible-date', fatal: true})]}])
    const verbose = await epistola(['validate', at('broken.txt'), '--verbose', '--color'])
    expect(verbose.stderr).toMatch(/\u001B\[/u)
    expect(verbose.stderr).toContain('https://github.com/epistola/epistola/blob/main/doc/rules.md#impossible-date')
  })
})

describe('run: batches', () => {
  it('converts a batch of at least `poolMinFiles` on the pool, in input order, a failed batch reported per file', async () => {
    expect(poolMinFiles).toBe(3)
    mkdirSync(at('batch'))
    for (const name of ['1.txt', '2.txt', 'crash-3.txt', '4.txt']) copyFileSync(at(sampleName), at('batch', name))
    const {code, stdout, stderr} = await epistola([at('batch'), '--jobs', '2', '--report', 'json'])
    expect(code).toBe(1)
    const entries = JSON.parse(stdout) as Array<{file: string; letters: unknown}>
    expect(entries.map((entry) => [entry.file.slice(dir.length), entry.letters === null ? null : 'letters'])).toEqual([
      ['/batch/1.txt', 'letters'],
      ['/batch/2.txt', 'letters'],
      ['/batch/4.txt', 'letters'],
      ['/batch/crash-3.txt', null]
    ])
    expect(noIds(entries[0]!.letters)).toEqual(noIds(letters))
    const crashed = (JSON.parse(stderr) as Reported[]).find((file) => file.path === at('batch/crash-3.txt'))!
    expect(crashed.messages).toEqual([expect.objectContaining({reason: 'Cannot convert: worker exited', ruleId: 'unreadable-file', fatal: true})])
    // Written by the workers themselves with -o; one thread (`--jobs 1`) gives the same files.
    expect((await epistola([at('batch'), '--jobs', '2', '-o', at('batch-out')])).code).toBe(1)
    expect(readdirSync(at('batch-out')).sort()).toEqual(['1.json', '2.json', '4.json'])
    expect((await epistola([at('batch'), '--jobs', '1', '-o', at('batch-one')])).code).toBe(0)
    expect(readdirSync(at('batch-one')).sort()).toEqual(['1.json', '2.json', '4.json', 'crash-3.json'])
  })

  it('draws a progress bar on a terminal for a batch of more than twenty files', async () => {
    mkdirSync(at('many'))
    for (let i = 0; i < 21; i++) copyFileSync(at(sampleName), at('many', `copy-${String(i).padStart(2, '0')}.txt`))
    const {code, stderr} = await epistola([at('many'), '--jobs', '1', '-o', at('many-out'), '--quiet', '--rule', 'footnote-unresolved=off', '--rule', 'missing-date=off'], {stderrTTY: true})
    expect(code).toBe(0)
    expect(stderr).toMatch(/\[-+\] 0\/21 files/u)
    expect(stderr).toMatch(/\[#+\] 21\/21 files\r\u001B\[2K/u)
  })
})

describe('cli modules, on what a run rarely meets', () => {
  const task = (path: string | null, format: 'json' | 'jsonl' | 'tree' = 'json') => ({path, name: path ?? '<stdin>', command: 'convert' as const, format, pretty: false, rules: {}, encoding: 'utf-8' as const, idPrefix: null, index: 0, nested: false, wrap: false, edition: null, register: null, streamAt: 8 * 1024 * 1024, layout: undefined, explain: false})

  it('reads stdin whole for a tree', async () => {
    const {code, stdout} = await epistola(['--format', 'tree'], {input: sample})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(asJson(parseArchive(sample).tree))
  })

  it('runTask: a folder or a path gone by the time it is read is one message, no output', async () => {
    const {runTask} = await import('../src/cli/convert-file.js')
    const {memorySink} = await import('../src/cli/sink.js')
    for (const [path, reason] of [[dir, 'Cannot read a folder as a file'], [at('gone-since.txt'), 'No such file or folder']] as const) {
      const sink = memorySink()
      const {file, letters: count} = await runTask(task(path), sink)
      expect(count).toBe(0)
      expect(sink.text()).toBe('')
      expect(file.messages.map((m) => [m.reason, m.ruleId, m.fatal])).toEqual([[reason, 'unreadable-file', true]])
    }
  })

  it('runTask: a failing output stops the run (a write error), a failing read is a message', async () => {
    const {runTask} = await import('../src/cli/convert-file.js')
    const writeError = Object.assign(new Error('EPIPE'), {syscall: 'write', code: 'EPIPE'})
    const failing = (error: Error) => ({write: async () => Promise.reject(error), end: async () => {}})
    await expect(runTask(task(at(sampleName), 'jsonl'), failing(writeError))).rejects.toThrow('EPIPE')
    const {file} = await runTask(task(at(sampleName), 'jsonl'), failing(new Error('disk on fire')))
    expect(file.messages.filter((m) => m.source === 'epistola' && m.ruleId === 'unreadable-file').map((m) => m.reason)).toEqual(['Cannot read file: disk on fire'])
  })

  it('describeError says each file-system error in one line', async () => {
    const {describeError} = await import('../src/cli/messages.js')
    const error = (code?: string, message = 'odd') => Object.assign(new Error(message), code ? {code} : {})
    expect(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'EMFILE', 'ENFILE', 'EIO'].map((code) => describeError(error(code)))).toEqual([
      'No such file or folder',
      'Cannot read file: permission denied',
      'Cannot read file: permission denied',
      'Cannot read a folder as a file',
      'Cannot open file: too many open files',
      'Cannot open file: too many open files',
      'Cannot read file: input/output error (EIO)'
    ])
    expect(describeError(error(undefined, 'odd'))).toBe('Cannot read file: odd')
    expect(describeError(undefined)).toBe('Cannot read file: unknown error')
  })

  it('restore gives back every part of a message sent from a worker', async () => {
    const {restore, toData} = await import('../src/cli/messages.js')
    const {VFile} = await import('vfile')
    const original = new VFile({path: 'a.txt'}).message('Unexpected x, expected y', {place: {line: 2, column: 3}, ruleId: 'some-rule', source: 'epistola'})
    Object.assign(original, {fatal: true, url: 'https://example.org/#some-rule', note: 'a note', expected: ['y'], actual: 'x'})
    const copy = new VFile({path: 'a.txt'})
    restore(copy, [toData(original)])
    expect(toData(copy.messages[0]!)).toEqual(toData(original))
  })

  it('streamSink waits for drain, and reports a stream that failed', async () => {
    const {streamSink} = await import('../src/cli/sink.js')
    const written: string[] = []
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        written.push(String(chunk))
        setTimeout(callback, 1)
      }
    })
    const sink = streamSink(slow, true)
    for (const chunk of ['one', 'two', 'three']) await sink.write(chunk)
    await sink.end()
    expect(written).toEqual(['one', 'two', 'three'])
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('no space left'))
      }
    })
    const failing = streamSink(broken, true)
    await expect(failing.write('x')).rejects.toThrow('no space left')
    await expect(failing.write('y')).rejects.toThrow('no space left')
    await expect(failing.end()).rejects.toThrow('no space left')
  })
})
