/**
 * Messages across threads: vfile messages turned into plain data and back, and the messages
 * the command line itself reports (files it cannot read, empty files, …).
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import type {Point, Position} from 'unist'

/** A vfile message as plain, cloneable data. */
export interface MessageData {
  reason: string
  place: Point | Position | undefined
  ruleId: string | undefined
  source: string | undefined
  fatal: boolean | undefined
  url: string | undefined
  note: string | undefined
  expected: string[] | undefined
  actual: string | undefined
}

export function toData(message: VFileMessage): MessageData {
  return {
    reason: message.reason,
    place: message.place ?? undefined,
    ruleId: message.ruleId ?? undefined,
    source: message.source ?? undefined,
    fatal: message.fatal ?? undefined,
    url: message.url ?? undefined,
    note: message.note ?? undefined,
    expected: message.expected ?? undefined,
    actual: message.actual ?? undefined
  }
}

/** Add messages made from data to `file`. */
export function restore(file: VFile, messages: readonly MessageData[]): void {
  for (const data of messages) {
    const message = file.message(data.reason, {place: data.place, ruleId: data.ruleId, source: data.source})
    message.fatal = data.fatal
    if (data.url) message.url = data.url
    if (data.note) message.note = data.note
    if (data.expected) message.expected = data.expected
    if (data.actual !== undefined) message.actual = data.actual
  }
}

export type Level = 'error' | 'warn' | 'info'

/** Report a problem of the command line on `file`: source `epistola`, one line. */
export function fail(file: VFile, reason: string, ruleId: string, level: Level = 'error', place?: Point | Position): void {
  const message = file.message(reason, {ruleId, source: 'epistola', place})
  message.fatal = level === 'error' ? true : level === 'warn' ? false : undefined
}

/** What the system says, in words, for the codes a user meets (the code kept in brackets). */
const systemReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  ENAMETOOLONG: 'name too long',
  EIO: 'input/output error',
  EEXIST: 'already exists',
  EXDEV: 'not on the same file system'
}

/** The system's reason for `error`: `no space left on device (ENOSPC)`. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const words = code ? systemReasons[code] : undefined
  if (words) return `${words} (${code})`
  return code ?? (error as Error | undefined)?.message?.split('\n')[0] ?? 'unknown error'
}

/** One line for an error of the file system met while reading. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'No such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'Cannot read file: permission denied'
  if (code === 'EISDIR') return 'Cannot read a folder as a file'
  if (code === 'EMFILE' || code === 'ENFILE') return 'Cannot open file: too many open files'
  return `Cannot read file: ${systemReason(error)}`
}

/** One line for an output that cannot be written: its path and the system's reason. */
export function describeWriteError(path: string, error: unknown): string {
  return `Cannot write \`${path}\`: ${systemReason(error)}`
}
