/**
 * One input, converted or checked: read it (whole, or streamed when large, for jsonl and for
 * stdin), parse it, write its output to a sink, and collect its messages on a vfile. Never
 * throws on what it reads: every problem is a one-line message. Used in the main thread and in
 * worker threads alike.
 */
import {createReadStream, readFileSync, statSync} from 'node:fs'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import {parseArchive, parseLettersStream, validateLetters, type Letter, type Severity} from '../index.js'
import {createArrayWriter, stringifyAt} from './json-writer.js'
import {describeError, fail} from './messages.js'
import type {Format} from './parse-argv.js'
import type {Sink} from './sink.js'

export interface Task {
  /** The file to read; `null` for stdin. */
  path: string | null
  /** The name in messages and in the `file` field of jsonl. */
  name: string
  command: 'convert' | 'validate'
  format: Format
  pretty: boolean
  rules: Record<string, Severity>
  /** Nesting depth of this output inside the whole output (0: on its own). */
  depth: number
  /** Files of this many bytes or more are streamed. */
  streamAt: number
}

export interface Outcome {
  file: VFile
  letters: number
}

/** Decoded text, or the byte where UTF-8 breaks. */
function decode(bytes: Uint8Array): {text: string} | {badByte: number} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes)}
  } catch {
    const loose = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
    const index = loose.indexOf('\ufffd')
    return {badByte: Buffer.byteLength(loose.slice(0, Math.max(0, index)))}
  }
}

const notUtf8 = (where: string) => `Unexpected bytes that are not UTF-8${where}, expected UTF-8 text (convert the file first, for example with iconv)`

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** Check a `.json` file of letters against the schema (messages located in the JSON text). */
function checkJson(file: VFile, text: string, name: string, rules: Record<string, Severity>): void {
  for (const message of validateLetters(text, {path: name, rules}).file.messages) file.messages.push(message)
}

/**
 * Convert or check one input, writing its output (if any) to `sink`, without a final newline.
 * Nothing is written when the input cannot be read.
 */
export async function runTask(task: Task, sink: Sink | null, stdin?: Readable): Promise<Outcome> {
  const file = new VFile({path: task.name})
  let size = Number.POSITIVE_INFINITY
  if (task.path !== null) {
    try {
      const stats = statSync(task.path)
      if (stats.isDirectory()) {
        fail(file, 'Cannot read a folder as a file', 'unreadable-file')
        return {file, letters: 0}
      }
      size = stats.size
    } catch (error) {
      fail(file, describeError(error), 'unreadable-file')
      return {file, letters: 0}
    }
  }

  const isJson = task.command === 'validate' && /\.json$/iu.test(task.name)
  const streamed = !isJson && task.format !== 'tree' && (task.path === null || task.format === 'jsonl' || size >= task.streamAt)
  const output = task.command === 'convert' ? sink : null
  let letters = 0

  if (streamed) {
    let bytes = 0
    const source = task.path === null ? stdin! : createReadStream(task.path)
    async function* counted() {
      for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
        bytes += chunk.length
        yield chunk
      }
    }
    const array = output && task.format === 'json' ? createArrayWriter(output.write, task.pretty, task.depth) : null
    try {
      for await (const letter of parseLettersStream(counted(), {file, rules: task.rules, fatal: true})) {
        letters++
        if (array) await array.item(letter)
        else if (output) await output.write(JSON.stringify({file: task.name, ...letter}) + '\n')
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).syscall === 'write') throw error
      if (error instanceof TypeError) fail(file, notUtf8(` within its first ${bytes} bytes`), 'not-utf8')
      else fail(file, describeError(error), 'unreadable-file')
    }
    if (array) await array.close()
    if (bytes === 0 && !file.messages.some((m) => m.fatal)) fail(file, 'Unexpected empty file, expected a transcript', 'empty-file', 'warn')
    return {file, letters}
  }

  let buffer: Uint8Array
  try {
    buffer = task.path === null ? await readAll(stdin!) : readFileSync(task.path)
  } catch (error) {
    fail(file, describeError(error), 'unreadable-file')
    return {file, letters: 0}
  }
  const decoded = decode(buffer)
  if ('badByte' in decoded) {
    fail(file, notUtf8(` at byte ${decoded.badByte}`), 'not-utf8')
    return {file, letters: 0}
  }
  const text = decoded.text
  if (text.length === 0) fail(file, 'Unexpected empty file, expected a transcript', 'empty-file', 'warn')
  if (isJson) {
    file.value = text
    checkJson(file, text, task.name, task.rules)
    return {file, letters: 0}
  }
  file.value = text
  const archive = parseArchive(file, {rules: task.rules})
  letters = archive.letters.length
  if (output && task.format === 'tree') await output.write(stringifyAt(archive.tree, task.pretty, task.depth))
  else if (output && task.format === 'json') {
    const array = createArrayWriter(output.write, task.pretty, task.depth)
    for (const letter of archive.letters) await array.item(letter)
    await array.close()
  } else if (output) {
    for (const letter of archive.letters as Letter[]) await output.write(JSON.stringify({file: task.name, ...letter}) + '\n')
  }
  return {file, letters}
}
