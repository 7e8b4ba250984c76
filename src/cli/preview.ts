/**
 * `epistola preview FILE… [-o out.html | -o DIR]`: the review page (`toHtml`) of each transcript.
 *
 * One input without `-o`: its page on stdout. `-o FILE`: one input's page there. `-o DIR` (a
 * folder that exists, a path ending in `/`, or any `-o` path with several inputs): `NAME.html`
 * in it, keeping the folders below a folder input. A bare `-o`: `NAME.html` beside each input.
 * Messages are reported as `convert` reports them, with the same exit code.
 */
import {readFileSync, statSync} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {VFile} from 'vfile'
import {toHtml, type DeclaredLayout} from '../index.js'
import {createDecoder} from './decode.js'
import {findFiles, isFilePath, type Input} from './find-files.js'
import {describeError, describeWriteError, fail} from './messages.js'
import type {Settings} from './parse-argv.js'
import {inputIdentities} from './plan-outputs.js'
import {exitCode, formatReport, reportColor} from './report.js'
import type {Io} from './run.js'
import {fileSink, streamSink} from './sink.js'
import {createRunId, removeTempsOnExit, tempPathFor} from './temp-files.js'

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** `a/b.txt` → `a/b.html`. */
function htmlName(path: string): string {
  return path.slice(0, path.length - extname(path).length) + '.html'
}

/** Where the page of `input` (`null`: stdin) goes: stdout, a path, or a reason why nowhere. */
function destination(settings: Settings, input: Input | null, single: boolean): {path: string | null} | {problem: string} {
  const output = settings.output
  if (output === undefined) return single ? {path: null} : {problem: 'Unexpected several pages for stdout, expected `-o FOLDER`, or `-o` to write each beside its input'}
  const stdinName = htmlName(basename(settings.filePath ?? 'stdin'))
  if (output === true) {
    if (input) return {path: htmlName(input.path)}
    return settings.filePath ? {path: join(dirname(settings.filePath), stdinName)} : {problem: 'Unexpected `--output` without a path for stdin, expected `--output <file>` or `--file-path <path>`'}
  }
  if (single && !/[\\/]$/u.test(output) && !isFolder(output)) return {path: output}
  return {path: join(output, input ? htmlName(input.relative) : stdinName)}
}

/** The text of `input` in `--encoding`, or `null` with a message on `file`. */
async function readInput(input: Input | null, io: Io, settings: Settings, file: VFile): Promise<string | null> {
  const decoder = createDecoder(settings.encoding)
  let text = ''
  try {
    if (input) text = decoder.write(readFileSync(input.path))
    else for await (const chunk of io.stdin) text += decoder.write(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array))
    text += decoder.end()
  } catch (error) {
    fail(file, describeError(error), 'unreadable-file')
    return null
  }
  if (decoder.error) {
    fail(file, decoder.error.reason, decoder.error.ruleId)
    return null
  }
  if (text.length === 0) fail(file, 'Unexpected empty file, expected a transcript', 'empty-file', 'warn')
  return text
}

/** The identity (device and inode) of an existing file, or `null`. */
function identityOf(path: string): string | null {
  try {
    const stats = statSync(path)
    return `${stats.dev}:${stats.ino}`
  } catch {
    return null
  }
}

export async function runPreview(io: Io, settings: Settings, layout?: DeclaredLayout): Promise<number> {
  const found = await findFiles(settings.inputs, settings.extensions)
  const files: VFile[] = found.missing.map(({path, reason}) => {
    const file = new VFile({path})
    fail(file, reason, 'unreadable-file')
    return file
  })
  const inputs: Array<Input | null> = [...(found.stdin ? [null] : []), ...found.files]
  const single = settings.inputs.length <= 1 && isFilePath(settings.inputs[0] ?? '-')
  const written = new Map<string, string>()
  // Inputs by identity, as `convert` compares them: a page never replaces an input, whatever its name.
  const identities = inputIdentities(inputs.map((input) => ({input, name: input?.path ?? '<stdin>', target: null, skip: false})))
  const runId = createRunId()
  const stopCleanup = removeTempsOnExit(async () => {})

  try {
    for (const input of inputs) {
      const name = input?.path ?? settings.filePath ?? '<stdin>'
      const file = new VFile({path: name})
      files.push(file)
      const where = destination(settings, input, single)
      if ('problem' in where) {
        fail(file, where.problem, 'unwritable-output')
        continue
      }
      const key = where.path === null ? null : resolve(where.path)
      const identity = where.path === null ? null : identityOf(where.path)
      if (identity !== null && identities.has(identity)) {
        fail(file, `Unexpected output \`${where.path}\` that is an input, expected another path`, 'unwritable-output')
        continue
      }
      if (key !== null && written.has(key)) {
        fail(file, `Unexpected output \`${where.path}\` already written for \`${written.get(key)}\`, expected one output per input`, 'unwritable-output')
        continue
      }
      const text = await readInput(input, io, settings, file)
      if (text === null) continue
      file.value = text
      const html = toHtml(file, {title: basename(name), rules: settings.rules, layout, dateOrder: settings.dateOrder})
      file.value = ''
      if (where.path === null) {
        await streamSink(io.stdout, false).write(html)
        continue
      }
      // Written beside the target and renamed onto it once whole, as `convert` writes.
      const sink = fileSink(where.path, tempPathFor(where.path, runId))
      await sink.write(html)
      await sink.end()
      try {
        sink.commit()
        written.set(key!, name)
      } catch (error) {
        sink.abort()
        fail(file, describeWriteError(where.path, error), 'unwritable-output')
      }
    }
  } finally {
    stopCleanup()
  }

  const report = formatReport(files, {...settings, color: reportColor(settings.color, io.env ?? process.env)})
  if (report) io.stderr.write(report)
  return exitCode(files, settings.frail)
}
