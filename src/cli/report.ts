/** Messages on stderr: vfile-reporter (as remark-cli reports), or JSON for machines; and the exit code. */
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {toData} from './messages.js'
import type {Reporter} from './parse-argv.js'

export interface ReportOptions {
  report: Reporter
  quiet: boolean
  silent: boolean
  verbose: boolean
  color: boolean | undefined
}

/** The report text, ending in a newline, or `''` when there is nothing to say. */
export function formatReport(files: readonly VFile[], options: ReportOptions): string {
  if (options.report === 'json') {
    const entries = files
      .map((file) => ({
        path: file.path ?? null,
        messages: file.messages.filter((message) => !options.silent || message.fatal === true).map((message) => ({...toData(message), line: message.line ?? null, column: message.column ?? null}))
      }))
      .filter((entry) => entry.messages.length > 0 || !(options.quiet || options.silent))
    return JSON.stringify(entries) + '\n'
  }
  const text = reporter([...files], {quiet: options.quiet, silent: options.silent, verbose: options.verbose, ...(options.color === undefined ? {} : {color: options.color})})
  return text ? text + '\n' : ''
}

/** The exit codes: as Unix tools use them. */
export const exitCodes = {
  ok: 0,
  /** A message is an error (with `--frail`, a warning too). */
  problems: 1,
  /** The command line is wrong. */
  usage: 2,
  /** The reader of stdout went away (128 + SIGPIPE, as a shell shows a command killed by it). */
  brokenPipe: 141
} as const

/**
 * Colour the report: as the flag says when given; else not when `NO_COLOR` is set to anything
 * (no-color.org); else when stderr supports it (vfile-reporter's own check).
 */
export function reportColor(flag: boolean | undefined, env: Record<string, string | undefined>): boolean | undefined {
  if (flag !== undefined) return flag
  return env.NO_COLOR ? false : undefined
}

/** Exit code 1 on an error, or on a warning when frail; else 0. */
export function exitCode(files: readonly VFile[], frail: boolean): number {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true || (frail && message.fatal === false)) return 1
    }
  }
  return 0
}
