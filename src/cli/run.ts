/**
 * The command line, from parsed settings to exit code: find the inputs, convert or check each
 * (in this thread, or on a pool of worker threads for large batches), write the outputs, report.
 *
 * Not built on unified-engine: its file pipeline reads each file whole into a vfile and writes
 * one stringified result per file, so it cannot stream (jsonl, stdin, 50 MB files) nor hand
 * files to worker threads, and it brings config and ignore-file machinery we do not use. The
 * report is still remark-cli's: vfile messages through vfile-reporter.
 */
import {existsSync, statSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {VFile} from 'vfile'
import {letterJsonSchema, rules, validationRules} from '../index.js'
import {runOnPool} from '../workers/run-on-pool.js'
import type {Job} from '../workers/convert-worker.js'
import {runTask, type Task} from './convert-file.js'
import {findFiles, isFilePath, type Input} from './find-files.js'
import {helpText, versionText} from './help.js'
import {entryClose, entryOpen} from './json-writer.js'
import {fail, restore} from './messages.js'
import {parseArgv, type Settings} from './parse-argv.js'
import {createProgress} from './progress.js'
import {exitCode, formatReport} from './report.js'
import {fileSink, streamSink, trackedSink} from './sink.js'

export interface Io {
  argv: readonly string[]
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable & {isTTY?: boolean; columns?: number}
  name: string
  version: string
  description: string
}

/**
 * Batches of at least this many files go to worker threads. Measured with
 * `scripts/measure-parallel.mjs`: starting the pool costs about 300 ms, a corpus file about 2 ms in
 * one thread, and threads add about 10% work; so two real cores win from about 330 files on.
 * (`EPISTOLA_POOL_MIN_FILES` overrides it, for that script.)
 */
export const poolMinFiles = Number(process.env.EPISTOLA_POOL_MIN_FILES) || 400
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

  const known = new Set([...rules.map((rule) => rule.id), ...validationRules.map((rule) => rule.id)])
  const unknown = Object.keys(settings.rules).find((id) => !known.has(id))
  if (unknown !== undefined) {
    io.stderr.write(`${io.name}: Unexpected rule \`${unknown}\` in --rule, expected one of ${[...known].sort().map((id) => `\`${id}\``).join(', ')}\n`)
    return 1
  }

  if (settings.inputs.length === 0 && io.stdin.isTTY) {
    // Nothing given and nothing piped: say how to use it rather than wait for typing.
    io.stderr.write(helpText(io.name, io.description))
    return 1
  }

  const found = await findFiles(settings.inputs, settings.extensions)
  const reported: VFile[] = found.missing.map(({path, reason}) => {
    const file = new VFile({path})
    fail(file, reason, 'unreadable-file')
    return file
  })
  const work: Work[] = found.files.map((input) => ({input, name: input.path, outPath: null}))
  if (found.stdin) work.unshift({input: null, name: settings.filePath ?? '<stdin>', outPath: null})

  // One file or stdin: its output on its own (nothing when it cannot be read); else one entry per file.
  const single = settings.inputs.length === 0 || (settings.inputs.length === 1 && isFilePath(settings.inputs[0]!))
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
  /** Close an entry; `null` stands for the output of a file that could not be read. */
  const close = async (wrote: boolean) => {
    if (framed) await stdout.write((wrote ? '' : 'null') + entryClose(settings.pretty))
    else if (wrote && settings.format !== 'jsonl') await stdout.write('\n')
    written++
  }

  const progress = createProgress(work.length, io.stderr)
  const jobs = work.filter((item) => item.input !== null)
  const parallel = settings.jobs > 1 && jobs.length >= poolMinFiles

  for (const item of work) {
    if (parallel && item.input !== null) continue
    const file = files.get(item)!
    const where = destination(item)
    const sink = where === 'stdout' ? trackedSink(stdout) : where === 'file' ? trackedSink(fileSink(item.outPath!)) : null
    if (where === 'stdout') await open(item)
    const outcome = await runTask(task(item), sink, io.stdin)
    if (where === 'stdout') await close(sink!.written)
    else if (sink) {
      try {
        if (sink.written && settings.format !== 'jsonl') await sink.write('\n')
        await sink.end()
      } catch (error) {
        fail(file, `Cannot write \`${item.outPath}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'unwritable-output')
      }
    }
    for (const message of outcome.file.messages) file.messages.push(message)
    progress.tick()
  }

  if (parallel) {
    const poolJobs: Job[] = jobs.map((item) => ({task: task(item), outPath: destination(item) === 'file' ? item.outPath : null}))
    await runOnPool(poolJobs, settings.jobs, async (index, result) => {
      const item = jobs[index]!
      let output: string | null = ''
      if (result instanceof Error) fail(files.get(item)!, `Cannot convert: ${result.message.split('\n')[0]}`, 'unreadable-file')
      else {
        restore(files.get(item)!, result.messages)
        output = result.output
      }
      progress.tick()
      if (destination(item) === 'stdout' && output !== null) {
        await open(item)
        await stdout.write(output)
        await close(output !== '')
      }
    })
  }

  if (framed) await stdout.write(written === 0 ? ']\n' : settings.pretty ? '\n]\n' : ']\n')
  progress.done()
  const all = [...reported, ...work.map((item) => files.get(item)!)]
  for (const file of all) file.value = ''
  const text = formatReport(all, settings)
  if (text) io.stderr.write(text)
  return exitCode(all, settings.frail)
}
