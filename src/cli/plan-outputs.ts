/**
 * Where each input's output goes with `--output`, and what must not be written: onto an input
 * (the same file, whatever its name: compared by device and inode), twice in one run, onto a
 * folder; onto an existing transcript or read-only file unless `--force`; onto any existing file
 * with `--no-clobber` (as `cp -n`, skipped with a note). Problems are messages on the input.
 */
import {accessSync, constants, fstatSync, realpathSync, statSync, type Stats} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import type {VFile} from 'vfile'
import type {Input} from './find-files.js'
import {findFormat} from './formats/index.js'
import {fail} from './messages.js'
import type {Target} from './output-file.js'
import type {Settings} from './parse-argv.js'
import {tempPathFor} from './temp-files.js'

/** One unit of work: a file (or stdin) and where its output goes. */
export interface Work {
  input: Input | null
  name: string
  target: Target | null
  /** Left out of the run (`--no-clobber` and its output exists). */
  skip: boolean
}

export function extensionFor(settings: Settings): string {
  return findFormat(settings.format)!.extension
}

function withoutExtension(path: string): string {
  return path.replace(/\.[^./\\]*$/u, '')
}

const identity = (stats: Stats) => `${stats.dev}:${stats.ino}`

/** The inputs by identity (device and inode): stdin too, when it is a file. */
export function inputIdentities(work: readonly Work[]): Map<string, string> {
  const identities = new Map<string, string>()
  for (const item of work) {
    try {
      const stats = item.input ? statSync(item.input.path) : fstatSync(0)
      if (stats.isFile()) identities.set(identity(stats), item.name)
    } catch {
      // Not there: reported when it is read.
    }
  }
  return identities
}

/** Is `output` a folder for the outputs (several inputs, an existing folder, or a trailing slash)? */
export function outputIsFolder(output: string, single: boolean): boolean {
  if (!single || /[\\/]$/u.test(output)) return true
  try {
    return statSync(output).isDirectory()
  } catch {
    return false
  }
}

function outputPath(settings: Settings, item: Work, toFile: boolean): string | null {
  const output = settings.output!
  const ext = extensionFor(settings)
  if (toFile) return output as string
  if (item.input === null) {
    if (output === true && !settings.filePath) return null
    const name = withoutExtension(basename(settings.filePath ?? 'stdin')) + ext
    return output === true ? join(dirname(settings.filePath!), name) : join(output, name)
  }
  if (output === true) return join(dirname(item.input.path), withoutExtension(basename(item.input.path)) + ext)
  return join(output, withoutExtension(item.input.relative) + ext)
}

/** Why an existing transcript is not replaced by JSON. */
export function existingTranscript(path: string, output = 'JSON'): string {
  return `Unexpected output \`${path}\` that is an existing transcript, expected a path for ${output} (--force replaces it)`
}

/** Set each item's target, or report on its file why there is none. */
export function planOutputs(settings: Settings, work: readonly Work[], single: boolean, files: Map<Work, VFile>, runId: string): void {
  // A format that gathers (CMIF) writes one file for the whole run: see `run.ts`.
  if (settings.output === undefined || settings.command === 'validate' || findFormat(settings.format)!.gathers) return
  const toFile = settings.output !== true && !outputIsFolder(settings.output, single)
  const identities = inputIdentities(work)
  const transcriptExtensions = new Set(settings.extensions.map((ext) => `.${ext.toLowerCase()}`))
  const used = new Map<string, string>()
  for (const item of work) {
    const file = files.get(item)!
    const path = outputPath(settings, item, toFile)
    if (path === null) {
      fail(file, 'Unexpected `--output` without a path for stdin, expected `--output <file>` or `--file-path <path>`', 'unwritable-output')
      continue
    }
    const key = resolve(path)
    const other = used.get(key)
    if (other !== undefined) {
      fail(file, `Unexpected output \`${path}\` already written for \`${other}\`, expected one output per input`, 'unwritable-output')
      continue
    }
    used.set(key, item.name)
    let stats: Stats | undefined
    try {
      stats = statSync(path)
    } catch {
      // A new file.
    }
    let real = path
    if (stats) {
      const input = identities.get(identity(stats))
      if (input !== undefined) {
        fail(file, `Unexpected output \`${path}\` that is the input \`${input}\` (the same file), expected another path`, 'unwritable-output')
        continue
      }
      if (stats.isDirectory()) {
        fail(file, `Unexpected output \`${path}\` that is a folder, expected a file`, 'unwritable-output')
        continue
      }
      if (settings.noClobber) {
        fail(file, `Unexpected existing output \`${path}\`: left as it was (--no-clobber), and \`${item.name}\` not converted`, 'unwritable-output', 'info')
        item.skip = true
        continue
      }
      if (!settings.force && transcriptExtensions.has(extname(path).toLowerCase())) {
        fail(file, existingTranscript(path, settings.command === 'preview' ? 'the page' : 'JSON'), 'unwritable-output')
        continue
      }
      if (!settings.force) {
        try {
          accessSync(path, constants.W_OK)
        } catch {
          fail(file, `Cannot write \`${path}\`: permission denied, a read-only file (--force replaces it)`, 'unwritable-output')
          continue
        }
      }
      // Through a symbolic link, as `cp` writes: the file it points to is replaced.
      real = realpathSync(path)
    }
    item.target = {path: real, shown: path, temp: tempPathFor(real, runId), force: settings.force}
  }
}
