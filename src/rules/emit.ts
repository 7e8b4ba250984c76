/** Turn a report into a vfile message: rule id, source, place, severity, docs link. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {docsUrl, type Report, type Severity} from './rule.js'

export function emitMessage(file: VFile, ruleId: string, severity: Exclude<Severity, 'off'>, {place, reason, expected, actual, note}: Report): VFileMessage {
  // A lint message needs no JavaScript stack: capturing one per message is most of its cost.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(reason, {place: place ?? undefined, ruleId, source: 'epistola'})
  } finally {
    Error.stackTraceLimit = limit
  }
  message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
  message.url = `${docsUrl}#${ruleId}`
  if (expected) message.expected = expected
  if (actual !== undefined) message.actual = actual
  if (note) message.note = note
  return message
}
