/** Turn a report into a vfile message: rule id, source, place, severity, docs link. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {docsUrl, type Report, type Severity} from './rule.js'

export function emitMessage(file: VFile, ruleId: string, severity: Exclude<Severity, 'off'>, {place, reason, expected, actual, note}: Report): VFileMessage {
  const message = file.message(reason, {place: place ?? undefined, ruleId, source: 'epistola'})
  message.fatal = severity === 'error' ? true : severity === 'warn' ? false : undefined
  message.url = `${docsUrl}#${ruleId}`
  if (expected) message.expected = expected
  if (actual !== undefined) message.actual = actual
  if (note) message.note = note
  return message
}
