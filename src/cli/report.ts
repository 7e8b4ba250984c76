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

/** Exit code 1 on an error, or on a warning when frail; else 0. */
export function exitCode(files: readonly VFile[], frail: boolean): number {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true || (frail && message.fatal === false)) return 1
    }
  }
  return 0
}
