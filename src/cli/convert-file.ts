/**
 * One input, converted or checked: read it (whole, or streamed when large, for jsonl and for
 * stdin), decode it, parse it, write its output to a sink, and collect its messages on a vfile.
 * Never throws on what it reads: every problem is a one-line message. Used in the main thread
 * and in worker threads alike.
 */
import {createReadStream, readFileSync, statSync} from 'node:fs'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import {explainLayout, parseArchive, parseLettersStream, rules as lintRules, type DateOrder, type DeclaredLayout, type Edition, type Layout, type Letter, type Register, type Severity} from '../index.js'
import {checkJson, jsonKind} from './check-json.js'
import {createDecoder, type Decoder, type Encoding} from './decode.js'
import {findFormat, type Context, type Format} from './formats/index.js'
import {describeError, fail} from './messages.js'
import type {Sink} from './sink.js'

export interface Task {
  /** The file to read; `null` for stdin. */
  path: string | null
  /** The name in messages and in the `file` field of jsonl. */
  name: string
  command: 'convert' | 'validate'
  /** The name of the output format (see `formats/index.ts`). */
  format: string
  pretty: boolean
  rules: Record<string, Severity>
  /** The encoding of transcripts (JSON is UTF-8). */
  encoding: Encoding
  /** Prefix each letter's id with this and `#` (the file's path below the inputs' base), so ids stay unique across files; `null`: ids as parsed. */
  idPrefix: string | null
  /** Its place among the inputs of the run. */
  index: number
  /** This output is one of several in one output (inside the format's collection). */
  nested: boolean
  /** This output is a whole output of its own (a file of `-o`): the format's document goes around it. */
  wrap: boolean
  edition: Edition | null
  register: Register | null
  /** Files of this many bytes or more are streamed. */
  streamAt: number
  /** The layout the user declared (`--layout`). */
  layout: DeclaredLayout | undefined
  /** The order of numeric dates such as `5/1/1850` (`--date-order`). */
  dateOrder?: DateOrder | undefined
  /** Report the layout learnt from the file, in words (`--explain`). */
  explain: boolean
}

export interface Outcome {
  file: VFile
  letters: number
  /** Bytes read. */
  bytes: number
  /** The input could not be read to its end (missing, unreadable, bad bytes): its output is not whole. */
  unread: boolean
}

const lintIds = new Set(lintRules.map((rule) => rule.id))

/** `--explain`: the layout learnt from the file, one info message a sentence. */
function explain(file: VFile, layout: Layout | undefined): void {
  for (const sentence of layout ? explainLayout(layout) : []) {
    const message = file.info(`Layout: ${sentence}`, {ruleId: 'layout', source: 'epistola'})
    message.url = 'https://github.com/epistola/epistola/blob/main/doc/layout.md'
  }
}

/** Called as a streamed input is read: bytes read and letters written so far. */
export type OnProgress = (bytes: number, letters: number) => void

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** The text of a stream of bytes, decoded, ending early (without error) at bad bytes. */
async function* decoded(source: AsyncIterable<string | Uint8Array>, decoder: Decoder, onChunk: () => void): AsyncGenerator<string> {
  for await (const chunk of source) {
    const text = decoder.write(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    if (text) yield text
    onChunk()
    if (decoder.error) return
  }
  const rest = decoder.end()
  if (rest) yield rest
}

/** The output of a format written around by its document (the CSV header, the CMIF frame), opened on the first write. */
function documentSink(sink: Sink, format: Format, context: Context) {
  let opened = false
  const open = async () => {
    if (opened || !format.document) return
    opened = true
    await sink.write(format.document.open(context))
  }
  return {
    async write(chunk: string) {
      await open()
      await sink.write(chunk)
    },
    /** Close the document; open it first when the input was read but gave nothing to write. */
    async finish(read: boolean) {
      if (read) await open()
      if (opened) await sink.write(format.document!.close(context))
    }
  }
}

/** The letters, counted as they go by. */
async function* counted(items: AsyncIterable<Letter> | Iterable<Letter>, count: {value: number}, map: (letter: Letter) => Letter): AsyncIterable<Letter> {
  for await (const item of items) {
    count.value++
    yield map(item)
  }
}

/**
 * Convert or check one input, writing its output (if any) to `sink` in its format (a writer
 * writes its whole output, final newline included). Nothing is written when the input cannot be
 * read (and, streamed, only the letters before bad bytes).
 */
export async function runTask(task: Task, sink: Sink | null, stdin?: Readable, onProgress?: OnProgress): Promise<Outcome> {
  const format = findFormat(task.format)!
  const context: Context = {name: task.name, index: task.index, pretty: task.pretty, nested: task.nested, edition: task.edition, register: task.register, explain: task.explain}
  const file = new VFile({path: task.name})
  const unread = (): Outcome => ({file, letters: 0, bytes: 0, unread: true})
  let size = Number.POSITIVE_INFINITY
  if (task.path !== null) {
    try {
      const stats = statSync(task.path)
      if (stats.isDirectory()) {
        fail(file, 'Cannot read a folder as a file', 'unreadable-file')
        return unread()
      }
      size = stats.size
    } catch (error) {
      fail(file, describeError(error), 'unreadable-file')
      return unread()
    }
  }

  const json = task.command === 'validate' ? jsonKind(task.name) : null
  const streamed = json === null && format.stream !== 'never' && (format.stream === 'always' || task.path === null || size >= task.streamAt)
  const output = task.command === 'convert' && sink ? (task.wrap ? documentSink(sink, format, context) : {write: sink.write, finish: async () => {}}) : null
  const decoder = createDecoder(json === null ? task.encoding : 'utf-8')
  // The rules of the parser; `check-json` takes those of `validateLetters`.
  const rules = Object.fromEntries(Object.entries(task.rules).filter(([id]) => lintIds.has(id)))
  const withId = (letter: Letter): Letter => (task.idPrefix === null ? letter : {...letter, id: `${task.idPrefix}#${letter.id}`})
  const letters = {value: 0}

  if (streamed) {
    const source = task.path === null ? stdin! : createReadStream(task.path)
    let failed = false
    try {
      const text = decoded(source as AsyncIterable<string | Uint8Array>, decoder, () => onProgress?.(decoder.bytes, letters.value))
      const parsed = counted(parseLettersStream(text, {file, rules, layout: task.layout, dateOrder: task.dateOrder}), letters, withId)
      if (output) await format.write({letters: parsed, archive: null}, output.write, context)
      else for await (const _ of parsed);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).syscall === 'write') throw error
      fail(file, describeError(error), 'unreadable-file')
      failed = true
    }
    if (decoder.error) fail(file, decoder.error.reason, decoder.error.ruleId)
    await output?.finish(!failed && decoder.error === null)
    if (decoder.bytes === 0 && !failed) fail(file, `Unexpected empty ${task.path === null ? 'stdin' : 'file'}, expected a transcript`, 'empty-file', 'warn')
    return {file, letters: letters.value, bytes: decoder.bytes, unread: failed || decoder.error !== null}
  }

  let buffer: Uint8Array
  try {
    buffer = task.path === null ? await readAll(stdin!) : readFileSync(task.path)
  } catch (error) {
    fail(file, describeError(error), 'unreadable-file')
    return unread()
  }
  const text = decoder.write(buffer) + decoder.end()
  if (decoder.error) {
    fail(file, decoder.error.reason, decoder.error.ruleId)
    return {...unread(), bytes: buffer.length}
  }
  if (text.length === 0) fail(file, `Unexpected empty ${task.path === null ? 'stdin' : 'file'}, expected ${json ? 'JSON' : 'a transcript'}`, 'empty-file', 'warn')
  file.value = text
  if (json) {
    checkJson(file, text, json, task.rules)
    return {file, letters: 0, bytes: buffer.length, unread: false}
  }
  const archive = parseArchive(file, {rules, layout: task.layout, dateOrder: task.dateOrder})
  if (output) {
    const own = task.idPrefix === null ? archive : {...archive, letters: archive.letters.map(withId)}
    await format.write({letters: own.letters, archive: own}, output.write, context)
    await output.finish(true)
  }
  // After the output: the review page shows the layout itself, not as messages.
  if (task.explain) explain(file, archive.tree.data?.layout)
  return {file, letters: archive.letters.length, bytes: buffer.length, unread: false}
}
