/**
 * The command line, from parsed settings to exit code: find the inputs, convert or check each
 * (in this thread, or on a pool of worker threads for large batches), write the outputs, report.
 */
import {existsSync, statSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {VFile} from 'vfile'
import {letterJsonSchema} from '../index.js'
import {createPool} from '../workers/pool.js'
import type {Job} from '../workers/convert-worker.js'
import {runTask, type Task} from './convert-file.js'
import {findFiles, type Input} from './find-files.js'
import {helpText, versionText} from './help.js'
import {entryClose, entryOpen} from './json-writer.js'
import {fail, restore} from './messages.js'
import {parseArgv, type Settings} from './parse-argv.js'
import {createProgress} from './progress.js'
import {exitCode, formatReport} from './report.js'
import {fileSink, streamSink, type Sink} from './sink.js'

export interface Io {
  argv: readonly string[]
  stdin: Readable
  stdout: Writable
  stderr: Writable & {isTTY?: boolean; columns?: number}
  name: string
  version: string
  description: string
}

/** Batches of at least this many files go to worker threads (see scripts/measure-parallel.mjs). */
export const poolMinFiles = 200
/** Files of at least this many bytes are streamed, never read whole. */
export const streamAt = 8 * 1024 * 1024

/** One unit of work: a file (or stdin) and where its output goes. */
interface Work {
  input: Input | null
  name: string
  outPath: string | null
}

function extensionFor(settings: Settings): string {
  return settings.format === 'jsonl' ? '.jsonl' : settings.format === 'tree' ? '.tree.json' : '.json'
}

function withoutExtension(path: string): string {
  return path.replace(/\.[^./\\]*$/u, '')
}

/** Where each input's output goes; problems (collisions, stdin without a name) are reported on the input. */
function planOutputs(settings: Settings, work: Work[], single: boolean, files: Map<Work, VFile>): void {
  if (settings.command !== 'convert' || settings.output === undefined) return
  const output = settings.output
  const ext = extensionFor(settings)
  const toFile = output !== true && single && !/[\\/]$/u.test(output) && !(existsSync(output) && statSync(output).isDirectory())
  const used = new Map<string, string>()
  for (const item of work) {
    const file = files.get(item)!
    let path: string
    if (toFile) path = output as string
    else if (item.input === null) {
      if (output === true && !settings.filePath) {
        fail(file, 'Unexpected `--output` without a path for stdin, expected `--output <file>` or `--file-path <path>`', 'unwritable-output')
        continue
      }
      const name = withoutExtension(basename(settings.filePath ?? 'stdin')) + ext
      path = output === true ? join(dirname(settings.filePath!), name) : join(output, name)
    } else if (output === true) path = join(dirname(item.input.path), withoutExtension(basename(item.input.path)) + ext)
    else path = join(output, withoutExtension(item.input.relative) + ext)
    const key = resolve(path)
    if (item.input && key === resolve(item.input.path)) {
      fail(file, `Unexpected output \`${path}\` that is the input, expected another path`, 'unwritable-output')
      continue
    }
    const other = used.get(key)
    if (other !== undefined) {
      fail(file, `Unexpected output \`${path}\` already written for \`${other}\`, expected one output per input`, 'unwritable-output')
      continue
    }
    used.set(key, item.name)
    item.outPath = path
  }
}

export async function run(io: Io): Promise<number> {
  const parsed = parseArgv(io.argv)
  if (parsed.error !== undefined) {
    io.stderr.write(`${io.name}: ${parsed.error}\nTry \`${io.name} --help\` for the options.\n`)
    return 1
  }
  const settings = parsed.settings
  if (settings.help) {
    io.stdout.write(helpText(io.name, io.description))
    return 0
  }
  if (settings.version) {
    io.stdout.write(versionText(io.name, io.version))
    return 0
  }
  if (settings.command === 'schema') {
    io.stdout.write(JSON.stringify(letterJsonSchema(), null, 2) + '\n')
    return 0
  }

  const found = await findFiles(settings.inputs, settings.extensions)
  const reported: VFile[] = found.missing.map(({path, reason}) => {
    const file = new VFile({path})
    fail(file, reason, 'unreadable-file')
    return file
  })
  const work: Work[] = found.files.map((input) => ({input, name: input.path, outPath: null}))
  if (found.stdin) work.unshift({input: null, name: settings.filePath ?? '<stdin>', outPath: null})

  // One file or stdin: its output on its own; else one entry per file.
  const single = work.length === 1 && settings.inputs.length <= 1 && (work[0]!.input === null || work[0]!.input.path === settings.inputs[0])
  const files = new Map<Work, VFile>(work.map((item) => [item, new VFile({path: item.name})]))
  planOutputs(settings, work, single, files)

  const toStdout = settings.command === 'convert' && settings.output === undefined
  const framed = toStdout && !single && settings.format !== 'jsonl'
  const key = settings.format === 'tree' ? 'tree' : 'letters'
  const stdout = streamSink(io.stdout, false)
  let written = 0
  if (framed) await stdout.write('[')

  const task = (item: Work): Task => ({
    path: item.input?.path ?? null,
    name: item.name,
    command: settings.command === 'validate' ? 'validate' : 'convert',
    format: settings.format,
    pretty: settings.pretty,
    rules: settings.rules,
    depth: framed ? 2 : 0,
    streamAt
  })
  /** Is there output of this item to write, and where. */
  const destination = (item: Work): 'stdout' | 'file' | null => {
    if (settings.command !== 'convert') return null
    if (files.get(item)!.messages.some((m) => m.ruleId === 'unwritable-output')) return null
    if (settings.output === undefined) return 'stdout'
    return item.outPath ? 'file' : null
  }
  const open = async (item: Work) => {
    if (framed) await stdout.write(entryOpen(item.name, key, settings.pretty, written === 0))
  }
  const close = async () => {
    if (framed) await stdout.write(entryClose(settings.pretty))
    else if (settings.format !== 'jsonl') await stdout.write('\n')
    written++
  }

  const progress = createProgress(work.length, io.stderr)
  const jobs = work.filter((item) => item.input !== null)
  const parallel = settings.jobs > 1 && jobs.length >= poolMinFiles

  for (const item of work) {
    if (parallel && item.input !== null) continue
    const file = files.get(item)!
    const where = destination(item)
    let sink: Sink | null = null
    if (where === 'stdout') sink = stdout
    else if (where === 'file') {
      try {
        sink = fileSink(item.outPath!)
      } catch (error) {
        fail(file, `Cannot write \`${item.outPath}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'unwritable-output')
      }
    }
    if (where === 'stdout') await open(item)
    const outcome = await runTask(task(item), sink, io.stdin)
    if (where === 'stdout') await close()
    else if (sink) {
      try {
        await sink.end()
      } catch (error) {
        fail(file, `Cannot write \`${item.outPath}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'unwritable-output')
      }
    }
    file.messages.push(...outcome.file.messages)
    progress.tick()
  }

  if (parallel) {
    const pool = createPool(settings.jobs)
    const window = settings.jobs * 8
    const pending: Array<Promise<void>> = []
    const results: Array<{output: string | null} | undefined> = []
    let next = 0
    const flush = async () => {
      while (next < jobs.length && results[next] !== undefined) {
        const item = jobs[next]!
        const result = results[next]!
        results[next] = {output: null}
        next++
        if (destination(item) === 'stdout' && result.output !== null) {
          await open(item)
          await stdout.write(result.output)
          await close()
        }
      }
    }
    let index = 0
    const start = (at: number) => {
      const item = jobs[at]!
      const job: Job = {task: task(item), outPath: destination(item) === 'file' ? item.outPath : null}
      return pool.run(job).then(
        (result) => {
          restore(files.get(item)!, result.messages)
          results[at] = {output: result.output}
          progress.tick()
        },
        (error: unknown) => {
          fail(files.get(item)!, `Cannot convert: ${(error as Error).message.split('\n')[0]}`, 'unreadable-file')
          results[at] = {output: null}
          progress.tick()
        }
      )
    }
    while (index < jobs.length || pending.length > 0) {
      while (index < jobs.length && pending.length < window) {
        const promise: Promise<void> = start(index++).then(() => {
          pending.splice(pending.indexOf(promise), 1)
        })
        pending.push(promise)
      }
      await Promise.race(pending)
      await flush()
    }
    await flush()
    await pool.destroy()
  }

  if (framed) await stdout.write(written === 0 ? ']\n' : settings.pretty ? '\n]\n' : ']\n')
  progress.done()
  const all = [...reported, ...work.map((item) => files.get(item)!)]
  for (const file of all) file.value = ''
  const text = formatReport(all, settings)
  if (text) io.stderr.write(text)
  return exitCode(all, settings.frail)
}
