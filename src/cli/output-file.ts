/**
 * One input converted into its output file, atomically: the output goes to a temporary file
 * beside the target and is renamed onto it only when the input was read whole and written
 * whole. Otherwise the target is left as it was, and a message says why. Used in the main
 * thread and in worker threads alike.
 */
import {existsSync} from 'node:fs'
import type {Readable} from 'node:stream'
import {runTask, type OnProgress, type Outcome, type Task} from './convert-file.js'
import {describeWriteError, fail} from './messages.js'
import {fileSink} from './sink.js'

export interface Target {
  /** The file to write (a symbolic link resolved). */
  path: string
  /** The output as the user named it, for messages. */
  shown: string
  /** The temporary file beside `path`. */
  temp: string
  /** Replace a file with the output of an empty input. */
  force: boolean
}

export async function convertToFile(task: Task, target: Target, stdin?: Readable, onProgress?: OnProgress): Promise<Outcome> {
  const sink = fileSink(target.path, target.temp)
  const outcome = await runTask(task, sink, stdin, onProgress)
  await sink.end()
  if (outcome.unread) {
    // What was read is not the whole input: the file stays as it was.
    sink.abort()
    return outcome
  }
  if (outcome.bytes === 0 && !target.force && existsSync(target.path)) {
    sink.abort()
    fail(outcome.file, `Unexpected empty input, expected a transcript: \`${target.shown}\` is left as it was (--force replaces it)`, 'unwritable-output')
    return outcome
  }
  try {
    sink.commit()
  } catch (error) {
    sink.abort()
    fail(outcome.file, describeWriteError(target.shown, error), 'unwritable-output')
  }
  return outcome
}
