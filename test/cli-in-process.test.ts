/**
 * What the spawned tests (`cli-safety.test.ts`, `cli-guards.test.ts`, `cli.test.ts`) check on
 * the built binary, checked again in this process so that coverage sees `src/cli/`: validate
 * on every format convert writes, `--encoding`, outputs that cannot be written, `--no-clobber`
 * and `--force`, temporary files, progress on a terminal, and the sinks. Inputs are real
 * transcripts from `fixtures/`; pure helpers (the decoder, the progress bars, the sinks, the
 * temporary files) are tested on their own where that is the natural unit.
 */
import {chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {Writable} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {createDecoder, type Encoding} from '../src/cli/decode.js'
import {createProgress, createReadProgress, progressMin, readProgressDelay} from '../src/cli/progress.js'
import {fileSink, memorySink, streamSink, trackedSink} from '../src/cli/sink.js'
import {createRunId, holdTemp, removeHeldTemps, removeTempsOnExit, tempPathFor} from '../src/cli/temp-files.js'
import {letterJsonSchema, parseArchive, parseLetters} from '../src/index.js'
import {edition} from './export-helpers.js'
import {asJson, collector, loadRun, report, root} from './helpers/cli-in-process.js'

/** The pool, in this thread (see the helper). */
vi.mock('../src/workers/run-on-pool.js', async () => ({runOnPool: (await import('./helpers/cli-in-process.js')).runOnPoolInThread}))

const read = (path: string) => readFileSync(join(root, 'fixtures', path), 'utf8')
const sampleName = 'stalin-churchill-1941.txt'
const sample = read(sampleName)
const napoleonName = 'gutenberg-napoleon-to-josephine-1796-nos-7-10.txt'
const napoleon = read(`printed/${napoleonName}`)
const keatsName = 'gutenberg-keats-letters-1820-cl-cliv.txt'
const keats = read(`printed/${keatsName}`)

let cli: Awaited<ReturnType<typeof loadRun>>
const at = (...parts: string[]) => cli.at(...parts)
const epistola: typeof cli.epistola = (args, options) => cli.epistola(args, options)
/** Temporary files of atomic writes left in `folder`. */
const temps = (folder: string) => readdirSync(folder, {recursive: true}).map(String).filter((name) => name.includes('.epistola-'))
const messagesOf = (ran: Awaited<ReturnType<typeof epistola>>) => report(ran).flatMap((file) => file.messages)

beforeAll(async () => {
  cli = await loadRun('epistola-in-process-', 3)
  mkdirSync(at('archive/printed'), {recursive: true})
  writeFileSync(at('archive', sampleName), sample)
  writeFileSync(at('archive/printed', napoleonName), napoleon)
  writeFileSync(at('archive/printed', keatsName), keats)
})

afterAll(() => cli?.cleanup())

describe('validate: every format convert writes is accepted back', () => {
  it('json (one file, a folder, pretty, `{letters}`, with a BOM), jsonl, and trees (one, a batch, a folder of .tree.json): no message, exit 0 with --frail', async () => {
    mkdirSync(at('back'))
    const outputs: Array<[string, string[]]> = [
      ['one.json', [at('archive', sampleName)]],
      ['folder.json', [at('archive')]],
      ['pretty.json', [at('archive'), '--pretty']],
      ['folder.jsonl', [at('archive'), '--format', 'jsonl']],
      ['one.tree.json', [at('archive/printed', napoleonName), '--format', 'tree']],
      ['folder.tree.json', [at('archive'), '--format', 'tree', '--pretty']]
    ]
    for (const [name, args] of outputs) {
      const converted = await epistola([...args, '--silent'])
      expect(converted.code, name).toBe(0)
      writeFileSync(at('back', name), converted.stdout)
    }
    writeFileSync(at('back/object.json'), JSON.stringify({letters: parseLetters(keats)}))
    writeFileSync(at('back/bom.json'), '\ufeff' + readFileSync(at('back/one.json'), 'utf8'))
    expect((await epistola([at('archive'), '-o', at('back/trees/'), '--format', 'tree', '--silent'])).code).toBe(0)
    expect(readdirSync(at('back/trees'), {recursive: true}).map(String).sort()).toEqual(['printed', `printed/${keatsName.replace('.txt', '.tree.json')}`, `printed/${napoleonName.replace('.txt', '.tree.json')}`, sampleName.replace('.txt', '.tree.json')])
    const checked = await epistola(['validate', at('back'), '--frail', '--report', 'json'])
    expect(report(checked).map((file) => file.path.slice(at('back').length)).sort()).toEqual([...outputs.map(([name]) => `/${name}`), '/bom.json', '/object.json', ...['printed/' + keatsName, 'printed/' + napoleonName, sampleName].map((name) => `/trees/${name.replace('.txt', '.tree.json')}`)].sort())
    expect(messagesOf(checked)).toEqual([])
    expect(checked.code).toBe(0)
  })

  it('places a problem of a jsonl line at its line and column, and says what a line must be', async () => {
    const lines = (await epistola([at('archive'), '--format', 'jsonl'])).stdout.trimEnd().split('\n')
    const second = JSON.parse(lines[1]!) as {date: {iso: string}}
    second.date.iso = '1941-02-30'
    lines[1] = JSON.stringify(second)
    lines.push('', '[1, 2]', 'null', '"a letter"', '{"id": ', '  ')
    writeFileSync(at('bad.jsonl'), lines.join('\n'))
    const checked = await epistola(['validate', at('bad.jsonl'), '--report', 'json'])
    expect(checked.code).toBe(1)
    const messages = messagesOf(checked).map(({line, column, ruleId, reason}) => ({line, column, ruleId, reason}))
    const last = lines.length
    expect(messages).toEqual([
      {line: 2, column: expect.any(Number), ruleId: 'schema', reason: 'Unexpected string `"1941-02-30"` at `date.iso`, expected a real calendar date'},
      {line: last - 4, column: 1, ruleId: 'schema', reason: 'Unexpected JSON array on a line, expected one letter, a JSON object, a line'},
      {line: last - 3, column: 1, ruleId: 'schema', reason: 'Unexpected JSON null on a line, expected one letter, a JSON object, a line'},
      {line: last - 2, column: 1, ruleId: 'schema', reason: 'Unexpected JSON string on a line, expected one letter, a JSON object, a line'},
      {line: last - 1, column: expect.any(Number), ruleId: 'json-syntax', reason: expect.stringMatching(/^Unexpected /u)}
    ])
    // The column of the date: where `"1941-02-30"` is on its line.
    expect(messages[0]!.column).toBe(lines[1]!.indexOf('"1941-02-30"') + 1)
  })

  it('places a problem of a batch entry at its line, naming the entry; an entry of a file that could not be read is left alone', async () => {
    const batch = JSON.parse((await epistola([at('archive')])).stdout) as Array<{file: string; letters: Array<{date: {iso: string}}> | null}>
    batch[2]!.letters![0]!.date.iso = '1796-02-30'
    batch.push({file: 'unreadable.txt', letters: null})
    const pretty = JSON.stringify(batch, null, 2)
    writeFileSync(at('bad-batch.json'), pretty)
    const checked = await epistola(['validate', at('bad-batch.json'), '--report', 'json'])
    expect(checked.code).toBe(1)
    const line = pretty.split('\n').findIndex((text) => text.includes('"1796-02-30"')) + 1
    expect(messagesOf(checked)).toEqual([expect.objectContaining({line, column: pretty.split('\n')[line - 1]!.indexOf('"1796-02-30"') + 1, ruleId: 'schema', reason: 'Unexpected string `"1796-02-30"` at `[2].letters[0].date.iso`, expected a real calendar date'})])
    // On one line: the column counts from the start of the file.
    const compact = JSON.stringify(batch)
    writeFileSync(at('bad-batch-line.json'), compact)
    expect(messagesOf(await epistola(['validate', at('bad-batch-line.json'), '--report', 'json']))).toEqual([expect.objectContaining({line: 1, column: compact.indexOf('"1796-02-30"') + 1})])
  })

  it('refuses a tree that is no epistola tree, naming the first field that is wrong', async () => {
    const tree = asJson(parseArchive(napoleon).tree) as {children: Array<Record<string, unknown>>}
    const cases: Array<[string, unknown, string]> = [
      ['array.tree.json', [1, 2], 'Unexpected value at `type`, expected a tree whose root has `type: "root"`'],
      ['untyped.tree.json', {...tree, children: [{children: []}]}, 'Unexpected value at `children[0]`, expected a node with a string `type`'],
      ['children.tree.json', {...tree, children: [{...tree.children[0], children: 'text'}]}, 'Unexpected value at `children[0].children`, expected an array of nodes'],
      ['root-children.tree.json', {...tree, children: 5}, 'Unexpected value at `children`, expected an array of nodes'],
      ['child-position.tree.json', {...tree, children: [{...tree.children[0], position: {start: {line: 1}}}]}, 'Unexpected value at `children[0].position`, expected a unist position `{start, end}`'],
      ['position.tree.json', {...tree, position: {start: 1}}, 'Unexpected value at `position`, expected a unist position `{start, end}`'],
      ['batch.tree.json', [{file: 'a.txt', tree}, {file: 'b.txt', tree: {type: 'paragraph'}}], 'Unexpected value at `[1].tree.type`, expected a tree whose root has `type: "root"`']
    ]
    for (const [name, value, reason] of cases) {
      writeFileSync(at(name), JSON.stringify(value))
      const checked = await epistola(['validate', at(name), '--report', 'json'])
      expect(checked.code, name).toBe(1)
      expect(messagesOf(checked), name).toEqual([expect.objectContaining({ruleId: 'schema', fatal: true, reason})])
    }
    // The severity of `schema` is the user's: a warning passes unless --frail, off says nothing.
    expect(messagesOf(await epistola(['validate', at('array.tree.json'), '--report', 'json', '--rule', 'schema=warn']))).toEqual([expect.objectContaining({ruleId: 'schema', fatal: false})])
    expect((await epistola(['validate', at('array.tree.json'), '--rule', 'schema=warn'])).code).toBe(0)
    expect((await epistola(['validate', at('array.tree.json'), '--rule', 'schema=warn', '--frail'])).code).toBe(1)
    expect(report(await epistola(['validate', at('array.tree.json'), '--rule', 'schema=off', '--report', 'json']))).toEqual([{path: at('array.tree.json'), messages: []}])
  })

  it('an empty JSON file is said to be empty and not JSON; letters from another tool are checked by the schema', async () => {
    writeFileSync(at('empty.json'), '')
    expect(messagesOf(await epistola(['validate', at('empty.json'), '--report', 'json']))).toEqual([
      expect.objectContaining({ruleId: 'empty-file', fatal: false, reason: 'Unexpected empty file, expected JSON'}),
      expect.objectContaining({ruleId: 'json-syntax', fatal: true, line: 1, column: 1})
    ])
    writeFileSync(at('other-tool.json'), JSON.stringify([{id: 'x', sender: 'Keats'}]))
    const other = await epistola(['validate', at('other-tool.json'), '--report', 'json'])
    expect(other.code).toBe(1)
    expect(messagesOf(other).slice(0, 2)).toEqual([
      expect.objectContaining({ruleId: 'unknown-key', fatal: false, actual: 'sender', reason: 'Unexpected unknown key `sender` at `letters[0].sender`, expected a field of `Letter`'}),
      expect.objectContaining({ruleId: 'schema', fatal: true, reason: 'Unexpected missing field `letters[0].number`, expected string'})
    ])
    // In jsonl, the `file` field is the line's own; another unknown key is named on its line.
    const letter = JSON.parse(JSON.stringify(parseLetters(keats)[0])) as Record<string, unknown>
    const line = JSON.stringify({file: keatsName, ...letter, sender: 'Keats'})
    writeFileSync(at('extra.jsonl'), `${JSON.stringify({file: keatsName, ...letter})}\n${line}\n`)
    const extra = await epistola(['validate', at('extra.jsonl'), '--report', 'json'])
    expect(extra.code).toBe(0)
    expect(messagesOf(extra)).toEqual([expect.objectContaining({ruleId: 'unknown-key', line: 2, column: line.indexOf('"sender"') + 1, actual: 'sender', reason: 'Unexpected unknown key `sender` at `sender`, expected a field of `Letter`', note: expect.stringMatching(/^The key is ignored/u)})])
  })
})

describe('--encoding: the files archivists really have', () => {
  /** Napoleon's letters with what Latin-1 has (é) and what only Windows-1252 has (“ ” ’ — €). */
  const latin = napoleon.replaceAll('Josephine', 'Joséphine')
  const windows = latin.replace('my beloved', '“my beloved”').replace('I am worked to death', 'I am worked to death — it’s 5 €')
  const cp1252 = new Map([...'“”’—€'].map((char, index) => [char, [0x93, 0x94, 0x92, 0x97, 0x80][index]!]))
  const lettersOf = (text: string) => JSON.stringify(parseLetters(text)) + '\n'

  beforeAll(() => {
    mkdirSync(at('encodings'))
    writeFileSync(at('encodings/latin1.txt'), Buffer.from(latin, 'latin1'))
    writeFileSync(at('encodings/cp1252.txt'), Buffer.from([...windows].map((char) => cp1252.get(char) ?? char.charCodeAt(0))))
    const le = Buffer.from('\ufeff' + windows, 'utf16le')
    writeFileSync(at('encodings/utf16le.txt'), le)
    writeFileSync(at('encodings/utf16be.txt'), Buffer.from(le).swap16())
  })

  it('reads Latin-1 and Windows-1252, giving the letters of the text', async () => {
    expect(latin).not.toBe(napoleon)
    for (const name of ['latin1', 'iso-8859-1']) expect(await epistola([at('encodings/latin1.txt'), '--encoding', name]), name).toEqual({code: 0, stdout: lettersOf(latin), stderr: expect.any(String)})
    for (const name of ['windows-1252', 'cp1252']) expect((await epistola([at('encodings/cp1252.txt'), '--encoding', name])).stdout, name).toBe(lettersOf(windows))
    // Streamed (jsonl), chunk by chunk, the same letters.
    const lines = (await epistola([at('encodings/cp1252.txt'), '--encoding', 'windows-1252', '--format', 'jsonl'])).stdout.trimEnd().split('\n')
    expect(lines.map((line) => (JSON.parse(line) as {body: unknown}).body)).toEqual(parseLetters(windows).map((letter) => asJson(letter.body)))
  })

  it('reads UTF-16 by its byte order mark (LE and BE) or named, the mark kept as a UTF-8 one is', async () => {
    const want = lettersOf('\ufeff' + windows)
    for (const [name, encoding] of [['utf16le', 'utf-16'], ['utf16be', 'utf-16'], ['utf16le', 'utf-16le'], ['utf16be', 'utf-16be']] as const) {
      expect((await epistola([at(`encodings/${name}.txt`), '--encoding', encoding])).stdout, `${name} ${encoding}`).toBe(want)
    }
    expect((await epistola(['--encoding', 'utf-16', '--format', 'jsonl'], {input: readFileSync(at('encodings/utf16be.txt'))})).stdout.trimEnd().split('\n')).toHaveLength(parseLetters(windows).length)
  })

  it('says at which byte a file is not UTF-8, and which encoding to try; nothing is written for it with -o', async () => {
    const byte = Buffer.byteLength(napoleon.slice(0, napoleon.indexOf('Josephine') + 'Jos'.length))
    const latin1 = await epistola([at('encodings/latin1.txt'), '--report', 'json'])
    expect(latin1).toMatchObject({code: 1, stdout: ''})
    expect(messagesOf(latin1)).toEqual([expect.objectContaining({ruleId: 'not-utf8', fatal: true, reason: `Unexpected bytes that are not UTF-8 at byte ${byte}, expected UTF-8 text (use --encoding latin1, windows-1252 or utf-16 for a file in one of those)`})])
    expect(messagesOf(await epistola([at('encodings/utf16be.txt'), '--report', 'json']))[0]!.reason).toBe('Unexpected bytes that are not UTF-8 at byte 0, expected UTF-8 text (the file starts with a UTF-16 byte order mark: use --encoding utf-16)')
    // Streamed: the letters before the bad byte are written.
    const streamed = await epistola([at('encodings/latin1.txt'), '--format', 'jsonl', '--report', 'json'])
    expect(streamed.code).toBe(1)
    expect(streamed.stdout.trimEnd().split('\n').length).toBeLessThan(parseLetters(latin).length)
    expect(messagesOf(streamed)).toContainEqual(expect.objectContaining({ruleId: 'not-utf8', reason: expect.stringContaining(`at byte ${byte},`)}))
    for (const format of ['json', 'jsonl']) {
      expect((await epistola([at('encodings/latin1.txt'), '--format', format, '-o', at('encodings/out/'), '--silent'])).code, format).toBe(1)
    }
    expect(existsSync(at('encodings/out')) ? readdirSync(at('encodings/out')) : []).toEqual([])
  })

  it('says at which byte a file is not UTF-16: no mark, a lone surrogate, an odd last byte', async () => {
    const text = Buffer.from(keats, 'utf16le')
    const cases: Array<[Buffer, string, string]> = [
      [text, 'utf-16', 'at byte 0 (no byte order mark: name the byte order with --encoding utf-16le or utf-16be)'],
      [Buffer.from([0x41]), 'utf-16', 'at byte 0 (no byte order mark: name the byte order with --encoding utf-16le or utf-16be)'],
      [Buffer.concat([text, Buffer.from([0x3d, 0xd8, 0x41, 0x00])]), 'utf-16le', `at byte ${text.length} (a lone surrogate)`],
      [Buffer.concat([text, Buffer.from([0x00, 0xdc])]), 'utf-16le', `at byte ${text.length} (a lone surrogate)`],
      [Buffer.concat([text, Buffer.from([0x3d, 0xd8])]), 'utf-16le', `at byte ${text.length} (a lone surrogate)`],
      [Buffer.concat([text, Buffer.from([0x41])]), 'utf-16le', `at byte ${text.length} (an odd number of bytes)`]
    ]
    for (const [bytes, encoding, where] of cases) {
      writeFileSync(at('encodings/bad16.txt'), bytes)
      for (const format of ['json', 'jsonl']) {
        const ran = await epistola([at('encodings/bad16.txt'), '--encoding', encoding, '--format', format, '--report', 'json'])
        expect(ran.code, where).toBe(1)
        expect(messagesOf(ran).filter((message) => message.ruleId === 'not-utf16'), `${format} ${where}`).toEqual([expect.objectContaining({reason: `Unexpected bytes that are not UTF-16 ${where}, expected UTF-16 text`})])
      }
    }
  })
})

describe('createDecoder, chunk by chunk', () => {
  /** Decode `chunks` (byte arrays) one after another. */
  function decode(encoding: Encoding, chunks: number[][]) {
    const decoder = createDecoder(encoding)
    const text = chunks.map((chunk) => decoder.write(Uint8Array.from(chunk))).join('') + decoder.end()
    return {text, bytes: decoder.bytes, error: decoder.error && [decoder.error.ruleId, decoder.error.byte]}
  }
  const utf8 = (text: string) => [...Buffer.from(text)]

  it('joins characters split between chunks (UTF-8 and UTF-16, the mark too)', () => {
    const text = 'Joséphine — 𝄞 ok'
    const bytes = utf8(text)
    for (let cut = 1; cut < bytes.length; cut++) expect(decode('utf-8', [bytes.slice(0, cut), bytes.slice(cut)]), `cut ${cut}`).toEqual({text, bytes: bytes.length, error: null})
    const le = [...Buffer.from('\ufeff' + text, 'utf16le')]
    for (let cut = 1; cut < le.length; cut++) expect(decode('utf-16', [le.slice(0, cut), le.slice(cut)]).text, `cut ${cut}`).toBe('\ufeff' + text)
    expect(decode('utf-16', [[0xff], [], [0xfe, 0x41], [0x00]])).toEqual({text: '\ufeffA', bytes: 4, error: null})
    expect(decode('utf-16', [])).toEqual({text: '', bytes: 0, error: null})
  })

  it('finds the first byte of each ill-formed UTF-8 sequence, and gives the text before it only', () => {
    const before = utf8('Dear Sir, ')
    const cases: Array<[number[], number]> = [
      [[0xc0, 0x80], 0], // overlong
      [[0xe0, 0x80, 0x80], 0], // overlong, three bytes
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xf0, 0x80, 0x80, 0x80], 0], // overlong, four bytes
      [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
      [[0xf5, 0x80], 0],
      [[0xe2, 0x82, 0x41], 0], // cut short by an ASCII byte
      [[0x80], 0] // a continuation byte alone
    ]
    for (const [bad, offset] of cases) {
      expect(decode('utf-8', [before, bad, utf8(' more')]), bad.join(' ')).toEqual({text: 'Dear Sir, ', bytes: before.length + bad.length, error: ['not-utf8', before.length + offset]})
    }
    // Started in one chunk, broken in the next: the text stops before the sequence.
    expect(decode('utf-8', [[...before, 0xe2, 0x82], [0x41]])).toMatchObject({text: 'Dear Sir, ', error: ['not-utf8', before.length]})
    // The input ends inside a character.
    expect(decode('utf-8', [[...before, 0xe2, 0x82]])).toMatchObject({text: 'Dear Sir, ', error: ['not-utf8', before.length]})
    // Once bad, later chunks give nothing.
    const decoder = createDecoder('utf-8')
    decoder.write(Uint8Array.from([0xff]))
    expect([decoder.write(Uint8Array.from(before)), decoder.end()]).toEqual(['', ''])
  })

  it('finds lone surrogates in UTF-16, across chunks too, and stops there', () => {
    expect(decode('utf-16le', [[0x41, 0x00, 0x3d], [0xd8, 0x1e, 0xdd]])).toEqual({text: 'A\ud83d\udd1e', bytes: 6, error: null})
    expect(decode('utf-16le', [[0x41, 0x00, 0x3d], [0xd8, 0x41, 0x00]])).toMatchObject({text: 'A', error: ['not-utf16', 2]})
    expect(decode('utf-16be', [[0x00, 0x41], [0xdc, 0x00]])).toMatchObject({text: 'A', error: ['not-utf16', 2]})
    expect(decode('utf-16be', [[0x00, 0x41, 0xdc], [0x00]])).toMatchObject({text: 'A', error: ['not-utf16', 2]})
    expect(decode('utf-16', [[0x41, 0x00]])).toMatchObject({text: '', error: ['not-utf16', 0]})
    const decoder = createDecoder('utf-16')
    decoder.write(Uint8Array.from([0x41, 0x00]))
    expect([decoder.write(Uint8Array.from([0x41, 0x00])), decoder.end()]).toEqual(['', ''])
  })

  it('maps the Windows-1252 bytes 0x80–0x9F, keeping the five it leaves undefined', () => {
    expect(decode('windows-1252', [[0x80, 0x93, 0x94], [0x81, 0x9f, 0xe9]])).toEqual({text: '€“”\u0081Ÿé', bytes: 6, error: null})
    expect(decode('latin1', [[0x80, 0xe9]])).toEqual({text: '\u0080é', bytes: 2, error: null})
  })
})

describe('outputs that cannot be written, --no-clobber and --force', () => {
  it('a file in the way of an output folder: those outputs are refused (unwritable-output), the others are written, no temporary file left', async () => {
    mkdirSync(at('deep/letters/printed'), {recursive: true})
    copyFileSync(at('archive', sampleName), at('deep', sampleName))
    for (const name of [keatsName, napoleonName]) copyFileSync(at('archive/printed', name), at('deep/letters/printed', name))
    // `blocked/letters` is a file: the outputs of deep/letters/printed/ cannot go below it.
    mkdirSync(at('blocked'))
    writeFileSync(at('blocked/letters'), 'in the way')
    const ran = await epistola([at('deep'), '-o', at('blocked'), '--report', 'json'])
    expect(ran.code).toBe(1)
    expect(readdirSync(at('blocked')).sort()).toEqual(['letters', sampleName.replace('.txt', '.json')])
    expect(readFileSync(at('blocked/letters'), 'utf8')).toBe('in the way')
    expect(readFileSync(at('blocked', sampleName.replace('.txt', '.json')), 'utf8')).toBe(JSON.stringify(parseLetters(sample).map((letter) => ({...letter, id: `${sampleName}#${letter.id}`}))) + '\n')
    const refused = messagesOf(ran).filter((message) => message.ruleId === 'unwritable-output')
    expect(refused.map((message) => message.reason).sort()).toEqual(
      [keatsName, napoleonName].map((name) => `Cannot write \`${at('blocked/letters/printed', name.replace('.txt', '.json'))}\`: a part of the path is a file, not a folder (ENOTDIR)`).sort()
    )
    expect(refused.every((message) => message.fatal)).toBe(true)
    expect(temps(at('blocked'))).toEqual([])
  })

  it('an output that is a folder, or the same output for two inputs, is refused with its own message', async () => {
    mkdirSync(at('folders/stalin-churchill-1941.json'), {recursive: true})
    const ran = await epistola([at('archive', sampleName), at('archive/printed', keatsName), '-o', at('folders'), '--report', 'json'])
    expect(ran.code).toBe(1)
    expect(messagesOf(ran).filter((message) => message.ruleId === 'unwritable-output').map((message) => message.reason)).toEqual([`Unexpected output \`${at('folders', 'stalin-churchill-1941.json')}\` that is a folder, expected a file`])
    expect(readdirSync(at('folders/printed'))).toEqual([keatsName.replace('.txt', '.json')])
  })

  it('--no-clobber leaves each existing output and converts the rest; --force replaces an existing transcript', async () => {
    mkdirSync(at('kept'))
    const napoleonOut = at('kept/printed', napoleonName.replace('.txt', '.json'))
    mkdirSync(at('kept/printed'))
    writeFileSync(napoleonOut, 'mine')
    const ran = await epistola([at('archive'), '-o', at('kept'), '-n', '--report', 'json'])
    expect(ran.code).toBe(0)
    expect(readFileSync(napoleonOut, 'utf8')).toBe('mine')
    expect(readdirSync(at('kept/printed')).sort()).toEqual([keatsName, napoleonName].map((name) => name.replace('.txt', '.json')).sort())
    // An info, not a warning: nothing went wrong.
    expect(messagesOf(ran).filter((message) => message.ruleId === 'unwritable-output').map(({fatal, reason}) => ({fatal: fatal ?? null, reason}))).toEqual([
      expect.objectContaining({fatal: null, reason: `Unexpected existing output \`${napoleonOut}\`: left as it was (--no-clobber), and \`${at('archive/printed', napoleonName)}\` not converted`})
    ])
    // An existing transcript as the output: refused, unless --force.
    writeFileSync(at('kept/notes.txt'), keats)
    const refused = await epistola([at('archive/printed', napoleonName), '-o', at('kept/notes.txt'), '--report', 'json'])
    expect(refused.code).toBe(1)
    expect(messagesOf(refused).map((message) => message.reason)).toContain(`Unexpected output \`${at('kept/notes.txt')}\` that is an existing transcript, expected a path for JSON (--force replaces it)`)
    expect(readFileSync(at('kept/notes.txt'), 'utf8')).toBe(keats)
    expect((await epistola([at('archive/printed', napoleonName), '-o', at('kept/notes.txt'), '--force', '--silent'])).code).toBe(0)
    expect(readFileSync(at('kept/notes.txt'), 'utf8')).toBe(JSON.stringify(parseLetters(napoleon)) + '\n')
    expect(temps(at('kept'))).toEqual([])
  })

  it('never replaces a file with the output of empty stdin unless --force; writes through a symbolic link, keeping the permissions', async () => {
    mkdirSync(at('empty-in'))
    writeFileSync(at('empty-in/letters.json'), 'before')
    const empty = await epistola(['-o', at('empty-in/letters.json'), '--report', 'json'], {input: ''})
    expect(empty.code).toBe(1)
    expect(messagesOf(empty).map((message) => message.reason)).toContain(`Unexpected empty input, expected a transcript: \`${at('empty-in/letters.json')}\` is left as it was (--force replaces it)`)
    expect(readFileSync(at('empty-in/letters.json'), 'utf8')).toBe('before')
    expect((await epistola(['-o', at('empty-in/letters.json'), '--force', '--silent'], {input: ''})).code).toBe(0)
    expect(readFileSync(at('empty-in/letters.json'), 'utf8')).toBe('[]\n')
    // Through a link, as cp writes: the file it points to is replaced, the link stays; its mode is kept.
    writeFileSync(at('empty-in/target.json'), 'old')
    chmodSync(at('empty-in/target.json'), 0o640)
    symlinkSync(at('empty-in/target.json'), at('empty-in/link.json'))
    expect((await epistola([at('archive/printed', keatsName), '-o', at('empty-in/link.json'), '--silent'])).code).toBe(0)
    expect(lstatSync(at('empty-in/link.json')).isSymbolicLink()).toBe(true)
    expect(readFileSync(at('empty-in/target.json'), 'utf8')).toBe(JSON.stringify(parseLetters(keats)) + '\n')
    expect(statSync(at('empty-in/target.json')).mode & 0o777).toBe(0o640)
    expect(temps(at('empty-in'))).toEqual([])
  })

  it('schema -o: to a file, left with --no-clobber, not over a transcript unless --force, a message when it cannot be written', async () => {
    mkdirSync(at('schema'))
    const path = at('schema/letter.schema.json')
    expect(await epistola(['schema', '-o', path, '--pretty'])).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(letterJsonSchema(), null, 2) + '\n')
    expect(await epistola(['schema', '-o', path, '-n'])).toEqual({code: 0, stdout: '', stderr: `epistola: \`${path}\` exists: left as it was (--no-clobber)\n`})
    writeFileSync(at('schema/notes.txt'), keats)
    expect(await epistola(['schema', '-o', at('schema/notes.txt')])).toEqual({code: 1, stdout: '', stderr: `epistola: Unexpected output \`${at('schema/notes.txt')}\` that is an existing transcript, expected a path for JSON (--force replaces it)\n`})
    expect(readFileSync(at('schema/notes.txt'), 'utf8')).toBe(keats)
    expect((await epistola(['schema', '-o', at('schema/notes.txt'), '--force'])).code).toBe(0)
    expect(readFileSync(at('schema/notes.txt'), 'utf8')).toBe(JSON.stringify(letterJsonSchema()) + '\n')
    const blocked = at('schema/notes.txt/json/schema.json')
    expect(await epistola(['schema', '-o', blocked])).toEqual({code: 1, stdout: '', stderr: `epistola: Cannot write \`${blocked}\`: a part of the path is a file, not a folder (ENOTDIR)\n`})
    expect(temps(at('schema'))).toEqual([])
  })

  it('--format cmif writes one file for the run: refused onto a folder, without a file, or onto an input; a message when it cannot be written', async () => {
    writeFileSync(at('edition.json'), JSON.stringify(edition))
    const args = ['--format', 'cmif', '--edition', at('edition.json')]
    expect(await epistola([at('archive'), ...args])).toMatchObject({code: 0, stdout: expect.stringContaining('<TEI')})
    for (const [output, reason] of [
      [[at('archive') + '/'], `Unexpected \`--output\` \`${at('archive')}/\` that is a folder`],
      [[], 'Unexpected `--output` without a file'],
      [[at('archive', sampleName)], `Unexpected output \`${at('archive', sampleName)}\` that is an input`]
    ] as const) {
      const ran = await epistola([output[0] === at('archive', sampleName) ? output[0] : at('archive'), ...args, '-o', ...output])
      expect(ran.code, reason).toBe(2)
      expect(ran.stderr).toBe(`epistola: ${reason}, expected \`--output FILE\` (--format cmif writes one file for all inputs)\nTry \`epistola --help\` for the options.\n`)
    }
    const blocked = at('edition.json/cmif/letters.xml')
    const ran = await epistola([at('archive'), ...args, '-o', blocked, '--report', 'json'])
    expect(ran.code).toBe(1)
    expect(report(ran)[0]).toEqual({path: blocked, messages: [expect.objectContaining({ruleId: 'unwritable-output', reason: `Cannot write \`${blocked}\`: a part of the path is a file, not a folder (ENOTDIR)`})]})
    expect((await epistola([at('archive'), ...args, '-o', at('cmif/letters.xml'), '--silent'])).code).toBe(0)
    expect(readFileSync(at('cmif/letters.xml'), 'utf8')).toMatch(/^<\?xml/u)
  })
})

describe('run: what else a command line meets', () => {
  it('a layout that cannot be read or is not a layout is a usage error (exit 2)', async () => {
    const missing = await epistola([at('archive', sampleName), '--layout', at('no-layout.json')])
    expect(missing).toMatchObject({code: 2, stdout: ''})
    expect(missing.stderr).toBe(`epistola: Unexpected \`--layout ${at('no-layout.json')}\` that cannot be read (No such file or folder), expected a layout JSON file\nTry \`epistola --help\` for the options.\n`)
    writeFileSync(at('bad-layout.json'), '{"datelines": 3')
    const bad = await epistola([at('archive', sampleName), '--layout', at('bad-layout.json'), '--report', 'json'])
    expect(bad).toMatchObject({code: 2, stdout: ''})
    expect(report(bad)[0]!.messages[0]).toMatchObject({ruleId: 'layout-invalid', fatal: true})
  })

  it('usage errors in one line each, naming the option and what was expected (exit 2)', async () => {
    const cases: Array<[string[], string]> = [
      [['--pretty=yes'], 'Unexpected value for `--pretty`, expected none'],
      [['--format'], 'Unexpected `--format` without a value, expected `--format <value>`'],
      [['validate', keatsName, '--format', 'tree'], 'Unexpected `--format` with `validate`, expected it only with `convert`'],
      [['schema', '--frail'], 'Unexpected `--frail` with `schema`, expected it only with `convert` or `validate` or `preview`'],
      [[keatsName, '--encoding', 'ebcdic'], 'Unexpected encoding `ebcdic`, expected one of `utf-8`, `utf8`, `latin1`, `iso-8859-1`, `windows-1252`, `cp1252`, `utf-16`, `utf-16le`, `utf-16be`']
    ]
    for (const [args, reason] of cases) {
      expect(await epistola(args), args.join(' ')).toEqual({code: 2, stdout: '', stderr: `epistola: ${reason}\nTry \`epistola --help\` for the options.\n`})
    }
  })

  it('NO_COLOR in the environment turns the colour of the report off; --color turns it back on', async () => {
    writeFileSync(at('broken.txt'), sample.replace('July 18, 1941', 'July 38, 1941'))
    const off = await epistola(['validate', at('broken.txt')], {env: {NO_COLOR: '1', FORCE_COLOR: '1'}})
    expect(off.code).toBe(1)
    expect(off.stderr).toMatch(/impossible-date/u)
    expect(off.stderr).not.toContain('\u001B[')
    expect((await epistola(['validate', at('broken.txt'), '--color'], {env: {NO_COLOR: '1'}})).stderr).toContain('\u001B[')
  })

  it('files of the same name from two folders keep the folders below their common base', async () => {
    for (const folder of ['p1', 'p2']) {
      mkdirSync(at('twins', folder), {recursive: true})
      copyFileSync(at('archive/printed', keatsName), at('twins', folder, 'x.txt'))
    }
    expect((await epistola([at('twins/p1/x.txt'), at('twins/p2/x.txt'), '-o', at('twins-out'), '--silent'])).code).toBe(0)
    expect(readdirSync(at('twins-out'), {recursive: true}).map(String).sort()).toEqual(['p1', 'p1/x.json', 'p2', 'p2/x.json'])
  })

  it('-o onto an existing file with several inputs is a usage error', async () => {
    writeFileSync(at('one-file.json'), 'mine')
    const ran = await epistola([at('archive'), '-o', at('one-file.json')])
    expect(ran).toEqual({code: 2, stdout: '', stderr: `epistola: Unexpected \`--output ${at('one-file.json')}\` that is a file, expected a folder for several inputs\nTry \`epistola --help\` for the options.\n`})
    expect(readFileSync(at('one-file.json'), 'utf8')).toBe('mine')
  })

  it('a reader of stdout that goes away stops the run (exit 141); another failure of stdout is exit 1, saying why', async () => {
    const failing = (code: string) =>
      new Writable({
        write(_chunk, _encoding, callback) {
          callback(Object.assign(new Error(`write ${code}`), {code, syscall: 'write'}))
        }
      })
    const {run} = await import('../src/cli/run.js')
    for (const [code, exit, said] of [
      ['EPIPE', 141, 'epistola: stopped: the reader of stdout went away (EPIPE) before the output was whole\n'],
      ['ENOSPC', 1, 'epistola: Cannot write `stdout`: no space left on device (ENOSPC)\n']
    ] as const) {
      const stderr = collector()
      const status = await run({argv: [at('archive'), '--silent'], stdin: process.stdin, stdout: failing(code), stderr: stderr.stream, name: 'epistola', version: '0', description: ''})
      expect(status, code).toBe(exit)
      expect(stderr.text().endsWith(said), stderr.text()).toBe(true)
    }
  })
})

describe('progress on a terminal', () => {
  /** A terminal of `columns` columns that keeps what is drawn. */
  const terminal = (columns?: number) => {
    const out = collector({isTTY: true})
    out.stream.columns = columns
    return out
  }

  it('draws a bar for a batch of more than `progressMin` files, at most every 100 ms and at the end; nothing for fewer or off a terminal', () => {
    const now = vi.spyOn(Date, 'now')
    try {
      const out = terminal()
      const total = progressMin + 1
      const progress = createProgress(total, out.stream)
      expect(out.text()).toBe(`\r\u001B[2K[${'-'.repeat(40)}] 0/${total} files`)
      now.mockReturnValue(1000)
      progress.tick()
      now.mockReturnValue(1050)
      for (let i = 1; i < total - 1; i++) progress.tick()
      const drawn = out.text().split('\r\u001B[2K').slice(1)
      expect(drawn).toEqual([`[${'-'.repeat(40)}] 0/${total} files`, `[##${'-'.repeat(38)}] 1/${total} files`])
      progress.tick()
      progress.done()
      expect(out.text().split('\r\u001B[2K').slice(-2)).toEqual([`[${'#'.repeat(40)}] ${total}/${total} files`, ''])
    } finally {
      now.mockRestore()
    }
    for (const [total, stream] of [[progressMin, terminal().stream], [progressMin + 1, collector().stream]] as const) {
      const quiet = createProgress(total, stream)
      quiet.tick()
      quiet.done()
    }
    expect(terminal().text()).toBe('')
  })

  it('shows the bytes and letters of one input once reading it takes `readProgressDelay` ms, as a bar when its size is known', () => {
    let time = 0
    const clock = () => time
    const out = terminal(50)
    const sized = createReadProgress(4e6, out.stream, clock)
    sized.update(1e6, 3)
    time = readProgressDelay - 1
    sized.update(1e6, 3)
    expect(out.text()).toBe('')
    time = readProgressDelay
    sized.update(2e6, 1234)
    time += 50
    sized.update(3e6, 1300)
    sized.done()
    // 50 columns less 45 for the words: the narrowest bar, 10 wide.
    expect(out.text()).toBe(`\r\u001B[2K[#####-----] 2.0/4.0 MB, 1,234 letters\r\u001B[2K`)
    const piped = terminal()
    const unknown = createReadProgress(null, piped.stream, clock)
    time += 1000
    unknown.update(5.25e6, 7)
    expect(piped.text()).toBe('\r\u001B[2K5.3 MB read, 7 letters')
    // Never drawn: nothing to clear; off a terminal: nothing at all.
    const never = terminal()
    createReadProgress(100, never.stream, clock).done()
    const file = collector()
    const off = createReadProgress(100, file.stream, clock)
    off.update(50, 1)
    off.done()
    expect(never.text() + file.text()).toBe('')
  })

  it('a run on a terminal: the bar of stdin as it is read, cleared before the report', async () => {
    // Each reading of the clock 200 ms after the one before: every chunk redraws.
    let time = 0
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (time += 200))
    try {
      const chunks = Array.from({length: 4}, () => Buffer.from(keats + '\n\n'))
      const ran = await epistola(['--format', 'jsonl', '--silent'], {input: chunks, stderrTTY: true})
      expect(ran.code).toBe(0)
      expect(ran.stdout.trimEnd().split('\n')).toHaveLength(4 * parseLetters(keats).length)
      // Drawn from the second chunk on (the first is within the delay), and cleared.
      expect(ran.stderr).toMatch(/^(?:\r\u001B\[2K0\.0 MB read, [\d,]+ letters)+\r\u001B\[2K$/u)
      // A file of known size: a bar.
      writeFileSync(at('long.txt'), Array.from({length: 40}, () => keats).join('\n\n'))
      const file = await epistola([at('long.txt'), '--format', 'jsonl', '--silent'], {stderrTTY: true})
      expect(file.code).toBe(0)
      expect(file.stderr).toMatch(/^(?:\r\u001B\[2K\[#+-*\] 0\.\d\/0\.2 MB, [\d,]+ letters)+\r\u001B\[2K$/u)
    } finally {
      now.mockRestore()
    }
  })
})

describe('sinks and temporary files', () => {
  it('fileSink: nothing written, no file; written, renamed onto the target at commit; aborted, the target as it was', async () => {
    mkdirSync(at('sinks'))
    const target = at('sinks/letters.json')
    const nothing = fileSink(target, tempPathFor(target, 'run-1'))
    await nothing.end()
    nothing.commit()
    expect([nothing.written, existsSync(target), readdirSync(at('sinks'))]).toEqual([false, false, []])
    const sink = fileSink(target, tempPathFor(target, 'run-2'))
    await sink.write('[')
    await sink.write(']\n')
    await sink.end()
    expect(readdirSync(at('sinks'))).toEqual(['.letters.json.epistola-run-2.tmp'])
    sink.commit()
    expect([sink.written, readFileSync(target, 'utf8'), readdirSync(at('sinks'))]).toEqual([true, '[]\n', ['letters.json']])
    const aborted = fileSink(target, tempPathFor(target, 'run-3'))
    await aborted.write('half')
    aborted.abort()
    expect([readFileSync(target, 'utf8'), readdirSync(at('sinks'))]).toEqual(['[]\n', ['letters.json']])
  })

  it('fileSink: a failure of the file system is kept (later writes do nothing) and thrown by commit', async () => {
    writeFileSync(at('sinks/in-the-way'), 'a file')
    const target = at('sinks/in-the-way/below/letters.json')
    const sink = fileSink(target, tempPathFor(target, 'run-4'))
    await sink.write('one')
    await sink.write('two')
    await sink.end()
    expect(sink.failure).toMatchObject({code: 'ENOTDIR'})
    expect(() => sink.commit()).toThrow(sink.failure!)
    sink.abort()
    expect(readdirSync(at('sinks')).sort()).toEqual(['in-the-way', 'letters.json'])
  })

  it('streamSink closes a stream it owns; trackedSink says whether anything went through; memorySink keeps it', async () => {
    const out = collector()
    const closed = new Promise((resolve) => out.stream.on('finish', resolve))
    const memory = memorySink()
    const tracked = trackedSink(memory)
    expect(tracked.written).toBe(false)
    await tracked.write('a')
    await tracked.end()
    expect([tracked.written, memory.text()]).toEqual([true, 'a'])
    const own = streamSink(out.stream, true)
    await own.write('b')
    await own.end()
    await closed
    expect(out.text()).toBe('b')
  })

  it('temporary names are hidden, beside the target, per run, and short enough for any file system', () => {
    const runId = createRunId()
    expect(runId).toMatch(new RegExp(`^${process.pid}-[0-9a-f]{8}$`, 'u'))
    expect(createRunId()).not.toBe(runId)
    expect(tempPathFor('/out/a.json', runId)).toBe(`/out/.a.json.epistola-${runId}.tmp`)
    const long = tempPathFor(`/out/${'x'.repeat(300)}.json`, runId)
    expect(long).toBe(`/out/.${'x'.repeat(180)}.epistola-${runId}.tmp`)
    expect(Buffer.byteLength(long.slice('/out/'.length))).toBeLessThanOrEqual(255)
  })

  it('held temporary files are removed on exit and on a signal, after the workers are stopped; the command then dies of the signal', async () => {
    mkdirSync(at('held'))
    const made = [at('held/.a.tmp'), at('held/.b.tmp')]
    for (const path of made) {
      writeFileSync(path, 'part')
      holdTemp(path)
    }
    holdTemp(at('held/.never-made.tmp'))
    removeHeldTemps()
    expect(readdirSync(at('held'))).toEqual([])

    const before = new Set(process.listeners('SIGHUP'))
    const exitBefore = process.listeners('exit').length
    const order: string[] = []
    const stop = removeTempsOnExit(async () => {
      order.push(`workers stopped, ${readdirSync(at('held')).length} files`)
    })
    expect(process.listeners('exit')).toHaveLength(exitBefore + 1)
    const onSignal = process.listeners('SIGHUP').find((listener) => !before.has(listener))!
    const kill = vi.spyOn(process, 'kill').mockImplementation((pid, signal) => {
      order.push(`killed ${pid} with ${String(signal)}`)
      return true
    })
    try {
      writeFileSync(made[0]!, 'part')
      holdTemp(made[0]!)
      ;(onSignal as (signal: NodeJS.Signals) => void)('SIGHUP')
      // The listeners of the signals are gone at once: a second signal kills as usual.
      expect(process.listeners('SIGHUP').filter((listener) => !before.has(listener))).toEqual([])
      await vi.waitFor(() => expect(kill).toHaveBeenCalled())
      expect(order).toEqual(['workers stopped, 0 files', `killed ${process.pid} with SIGHUP`])
    } finally {
      kill.mockRestore()
      stop()
    }
    expect(process.listeners('exit')).toHaveLength(exitBefore)
  })
})
