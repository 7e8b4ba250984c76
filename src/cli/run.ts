/**
 * The command line, from parsed settings to exit code: find the inputs, convert or check each
 * (in this thread, or on a pool of worker threads for large batches), write the outputs, report.
 *
 * Not built on unified-engine: its file pipeline reads each file whole into a vfile and writes
 * one stringified result per file, so it cannot stream (jsonl, stdin, 50 MB files) nor hand
 * files to worker threads, and it brings config and ignore-file machinery we do not use. The
 * report is still remark-cli's: vfile messages through vfile-reporter.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {basename, resolve} from 'node:path'
import type {Readable, Writable} from 'node:stream'
import {VFile} from 'vfile'
import {letterJsonSchema, readLayout, rules, validationRules, type DeclaredLayout} from '../index.js'
import {runOnPool} from '../workers/run-on-pool.js'
import type {Job} from '../workers/convert-worker.js'
import {runTask, type Task} from './convert-file.js'
import {findFiles, isFilePath} from './find-files.js'
import {findFormat, type Context, type Format} from './formats/index.js'
import {helpText, versionText} from './help.js'
import {describeError, describeWriteError, fail, restore} from './messages.js'
import {readOptionFiles} from './option-files.js'
import {convertToFile} from './output-file.js'
import {parseArgv, type Settings} from './parse-argv.js'
import {existingTranscript, outputIsFolder, planOutputs, type Work} from './plan-outputs.js'
import {createProgress, createReadProgress} from './progress.js'
import {exitCode, exitCodes, formatReport, reportColor} from './report.js'
import {fileSink, streamSink, trackedSink, type FileSink, type Sink} from './sink.js'
import {createRunId, holdTemp, releaseTemp, removeTempsOnExit, tempPathFor} from './temp-files.js'

export interface Io {
  argv: readonly string[]
  stdin: Readable & {isTTY?: boolean}
  stdout: Writable
  stderr: Writable & {isTTY?: boolean; columns?: number}
  name: string
  version: string
  description: string
  env?: Record<string, string | undefined> | undefined
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

/** The output of `schema`: stdout, or one file written atomically. */
async function writeSchema(settings: Settings, io: Io): Promise<number> {
  const json = JSON.stringify(letterJsonSchema(), null, settings.pretty ? 2 : undefined) + '\n'
  if (typeof settings.output !== 'string') {
    io.stdout.write(json)
    return exitCodes.ok
  }
  const path = settings.output
  if (existsSync(path) && settings.noClobber) {
    io.stderr.write(`${io.name}: \`${path}\` exists: left as it was (--no-clobber)\n`)
    return exitCodes.ok
  }
  if (existsSync(path) && !settings.force && settings.extensions.some((ext) => path.toLowerCase().endsWith(`.${ext}`))) {
    io.stderr.write(`${io.name}: ${existingTranscript(path)}\n`)
    return exitCodes.problems
  }
  const sink = fileSink(path, tempPathFor(path, createRunId()))
  await sink.write(json)
  await sink.end()
  try {
    sink.commit()
    return exitCodes.ok
  } catch (error) {
    sink.abort()
    io.stderr.write(`${io.name}: ${describeWriteError(path, error)}\n`)
    return exitCodes.problems
  }
}

/** Why the one output file of a format that gathers cannot be `output`, or `null`. */
function sharedOutputProblem(format: Format, output: string | true, work: readonly Work[]): string | null {
  const expected = `expected \`--output FILE\` (--format ${format.name} writes one file for all inputs)`
  if (output === true || /[\\/]$/u.test(output) || (existsSync(output) && statSync(output).isDirectory())) {
    return `Unexpected \`--output\`${output === true ? ' without a file' : ` \`${output}\` that is a folder`}, ${expected}`
  }
  if (work.some((item) => item.input && resolve(item.input.path) === resolve(output))) return `Unexpected output \`${output}\` that is an input, ${expected}`
  return null
}

/** Put the one output file in place (atomically), or say why it could not be. */
async function finishShared(sink: FileSink, file: VFile): Promise<void> {
  try {
    await sink.end()
    sink.commit()
  } catch (error) {
    sink.abort()
    fail(file, describeWriteError(file.path!, error), 'unwritable-output')
  }
}

export async function run(io: Io): Promise<number> {
  const usage = (reason: string) => {
    io.stderr.write(`${io.name}: ${reason}\nTry \`${io.name} --help\` for the options.\n`)
    return exitCodes.usage
  }
  const parsed = parseArgv(io.argv)
  if (parsed.error !== undefined) return usage(parsed.error)
  const settings = parsed.settings
  if (settings.help) {
    io.stdout.write(helpText(io.name, io.description))
    return exitCodes.ok
  }
  if (settings.version) {
    io.stdout.write(versionText(io.name, io.version))
    return exitCodes.ok
  }
  if (settings.command === 'schema') return writeSchema(settings, io)

  const known = new Set([...rules.map((rule) => rule.id), ...validationRules.map((rule) => rule.id)])
  const unknown = Object.keys(settings.rules).find((id) => !known.has(id))
  if (unknown !== undefined) return usage(`Unexpected rule \`${unknown}\` in --rule, expected one of ${[...known].sort().map((id) => `\`${id}\``).join(', ')}`)

  const format = findFormat(settings.format)!
  /** `convert` and `preview` (the review page, `format` html) write an output of each input; `validate` only reports. */
  const writes = settings.command !== 'validate'
  const options = readOptionFiles(settings)
  const problems = 'problems' in options ? options.problems : writes ? (format.check?.(options) ?? []) : []
  if (problems.length > 0) {
    io.stderr.write(problems.map((problem) => `${io.name}: ${problem}\n`).join(''))
    return exitCodes.usage
  }
  const {edition, register} = options as Exclude<typeof options, {problems: string[]}>

  if (settings.inputs.length === 0 && io.stdin.isTTY) {
    // Nothing given and nothing piped: say how to use it rather than wait for typing.
    io.stderr.write(helpText(io.name, io.description))
    return exitCodes.usage
  }

  // One file or stdin: its output on its own (nothing when it cannot be read); else one entry per file.
  const single = settings.inputs.length === 0 || (settings.inputs.length === 1 && isFilePath(settings.inputs[0]!))
  if (writes && format.standalone && !single && settings.output === undefined) {
    return usage(`Unexpected several inputs without \`--output\` with \`${settings.command}\`, expected \`--output FOLDER\`, or \`--output\` alone to write each beside its input (one page each)`)
  }
  if (typeof settings.output === 'string' && outputIsFolder(settings.output, single) && existsSync(settings.output) && !statSync(settings.output).isDirectory()) {
    return usage(`Unexpected \`--output ${settings.output}\` that is a file, expected a folder for several inputs`)
  }

  // A declared layout is read and checked once, before any transcript.
  let layout: DeclaredLayout | undefined
  if (settings.layoutPath !== undefined) {
    let text: string
    try {
      text = readFileSync(settings.layoutPath, 'utf8')
    } catch (error) {
      return usage(`Unexpected \`--layout ${settings.layoutPath}\` that cannot be read (${describeError(error)}), expected a layout JSON file`)
    }
    const reading = readLayout(text, settings.layoutPath)
    if (!reading.layout) {
      io.stderr.write(formatReport([reading.file], {...settings, color: reportColor(settings.color, io.env ?? process.env)}))
      return exitCodes.usage
    }
    layout = reading.layout
  }

  const found = await findFiles(settings.inputs, settings.extensions)
  const reported: VFile[] = found.missing.map(({path, reason}) => {
    const file = new VFile({path})
    fail(file, reason, 'unreadable-file')
    return file
  })
  const work: Work[] = found.files.map((input) => ({input, name: input.path, target: null, skip: false}))
  if (found.stdin) work.unshift({input: null, name: settings.filePath ?? '<stdin>', target: null, skip: false})

  const runId = createRunId()
  const files = new Map<Work, VFile>(work.map((item) => [item, new VFile({path: item.name})]))
  planOutputs(settings, work, single, files, runId)

  // One output for every input: stdout, or the one file of a format that gathers (CMIF).
  const sharedPath = writes && format.gathers && settings.output !== undefined ? settings.output : undefined
  if (sharedPath !== undefined) {
    const problem = sharedOutputProblem(format, sharedPath, work)
    if (problem) return usage(problem)
  }
  const shared = writes && (settings.output === undefined || sharedPath !== undefined)
  const nested = shared && !single && format.collection !== undefined
  const runContext: Context = {name: '', index: 0, pretty: settings.pretty, nested, edition, register, explain: settings.explain}
  const sharedFile = typeof sharedPath === 'string' ? new VFile({path: sharedPath}) : null
  const stdout = streamSink(io.stdout, false)
  const sharedSink = sharedFile ? fileSink(sharedFile.path!, tempPathFor(sharedFile.path!, runId)) : null
  const out: Sink = sharedSink ?? stdout
  let written = 0

  const places = new Map(work.map((item, index) => [item, index]))
  const task = (item: Work): Task => ({
    path: item.input?.path ?? null,
    name: item.name,
    command: settings.command === 'validate' ? 'validate' : 'convert',
    format: format.name,
    pretty: settings.pretty,
    rules: settings.rules,
    encoding: settings.encoding,
    idPrefix: (single && settings.format !== 'jsonl') || format.standalone ? null : (item.input?.relative ?? (settings.filePath ? basename(settings.filePath) : 'stdin')),
    index: places.get(item)!,
    nested,
    wrap: !shared,
    edition,
    register,
    streamAt,
    layout,
    dateOrder: settings.dateOrder,
    explain: settings.explain
  })
  /** Is there output of this item to write, and where. */
  const destination = (item: Work): 'stdout' | 'file' | null => {
    if (!writes || item.skip) return null
    if (files.get(item)!.messages.some((m) => m.ruleId === 'unwritable-output')) return null
    if (shared) return 'stdout'
    return item.target ? 'file' : null
  }
  const open = async (item: Work) => {
    if (nested && format.collection!.item) await out.write(format.collection!.item.open(item.name, written === 0, runContext))
  }
  /** Close an entry; `wrote: false` for the output of a file that could not be read. */
  const close = async (wrote: boolean) => {
    if (nested && format.collection!.item) await out.write(format.collection!.item.close(wrote, runContext))
    written++
  }

  const jobs = work.filter((item) => item.input !== null && !item.skip)
  const parallel = settings.jobs > 1 && jobs.length >= poolMinFiles
  let destroyPool = async () => {}
  const stopCleanup = removeTempsOnExit(() => destroyPool())
  const progress = createProgress(work.length, io.stderr)
  /** The first failure to write stdout: the run stops there. */
  let stdoutFailure: unknown

  try {
    if (shared && format.document) await out.write(format.document.open(runContext))
    if (nested) await out.write(format.collection!.open(runContext))
    for (const item of work) {
      if ((parallel && item.input !== null) || item.skip) continue
      const file = files.get(item)!
      const where = destination(item)
      let size: number | null = null
      if (item.input) {
        try {
          size = statSync(item.input.path).size
        } catch {
          // Reported when read.
        }
      }
      const reading = work.length === 1 ? createReadProgress(size, io.stderr) : null
      const onProgress = reading ? (bytes: number, letters: number) => reading.update(bytes, letters) : undefined
      let outcome
      if (where === 'file') outcome = await convertToFile(task(item), item.target!, io.stdin, onProgress)
      else if (where === 'stdout') {
        const sink = trackedSink(out)
        await open(item)
        outcome = await runTask(task(item), sink, io.stdin, onProgress)
        await close(sink.written)
      } else outcome = await runTask(task(item), null, io.stdin, onProgress)
      reading?.done()
      for (const message of outcome.file.messages) file.messages.push(message)
      progress.tick()
    }

    if (parallel) {
      const poolJobs: Job[] = jobs.map((item) => ({task: task(item), target: destination(item) === 'file' ? item.target : null}))
      for (const job of poolJobs) if (job.target) holdTemp(job.target.temp)
      await runOnPool(
        poolJobs,
        settings.jobs,
        async (index, result) => {
          const item = jobs[index]!
          if (item.target) releaseTemp(item.target.temp)
          let output: string | null = ''
          if (result instanceof Error) fail(files.get(item)!, `Cannot convert: ${result.message.split('\n')[0]}`, 'unreadable-file')
          else {
            restore(files.get(item)!, result.messages)
            output = result.output
          }
          progress.tick()
          if (destination(item) === 'stdout' && output !== null) {
            await open(item)
            await out.write(output)
            await close(output !== '')
          }
        },
        (destroy) => {
          destroyPool = destroy
        }
      )
    }
    if (nested) await out.write(format.collection!.close(runContext, written))
    if (shared && format.document) await out.write(format.document.close(runContext))
    if (sharedSink) await finishShared(sharedSink, sharedFile!)
    // A reader that went away shows up once the last write is flushed.
    await new Promise((resolve) => setImmediate(resolve))
    if (stdout.failure) throw stdout.failure
  } catch (error) {
    if (stdout.failure === undefined && (error as NodeJS.ErrnoException).syscall !== 'write') throw error
    stdoutFailure = stdout.failure ?? error
  } finally {
    stopCleanup()
  }

  progress.done()
  const all = [...reported, ...(sharedFile && sharedFile.messages.length > 0 ? [sharedFile] : []), ...work.map((item) => files.get(item)!)]
  for (const file of all) file.value = ''
  const text = formatReport(all, {...settings, color: reportColor(settings.color, io.env ?? process.env)})
  if (text) io.stderr.write(text)
  if (stdoutFailure !== undefined) {
    if ((stdoutFailure as NodeJS.ErrnoException).code === 'EPIPE') {
      io.stderr.write(`${io.name}: stopped: the reader of stdout went away (EPIPE) before the output was whole\n`)
      return exitCodes.brokenPipe
    }
    io.stderr.write(`${io.name}: ${describeWriteError('stdout', stdoutFailure)}\n`)
    return exitCodes.problems
  }
  return exitCode(all, settings.frail)
}
