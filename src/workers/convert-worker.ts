/**
 * The worker of the thread pool: converts one file, writes its output file itself (or sends
 * the output back), and sends back its messages as plain data.
 */
import {runTask, type Task} from '../cli/convert-file.js'
import {toData, type MessageData} from '../cli/messages.js'
import {convertToFile, type Target} from '../cli/output-file.js'
import {memorySink} from '../cli/sink.js'

export interface Job {
  task: Task
  /** Write the output here; `null` to send it back. */
  target: Target | null
}

export interface JobResult {
  messages: MessageData[]
  output: string | null
  letters: number
}

/** Convert one file. */
export async function convertJob(job: Job): Promise<JobResult> {
  if (job.target) {
    const outcome = await convertToFile(job.task, job.target)
    return {messages: outcome.file.messages.map(toData), output: null, letters: outcome.letters}
  }
  const memory = job.task.command === 'convert' ? memorySink() : null
  const outcome = await runTask(job.task, memory)
  return {messages: outcome.file.messages.map(toData), output: memory ? memory.text() : null, letters: outcome.letters}
}

/** The pool's entry: a batch of files, so that messaging between threads is paid per batch. */
export default async function convertJobs(jobs: readonly Job[]): Promise<JobResult[]> {
  const results: JobResult[] = []
  for (const job of jobs) results.push(await convertJob(job))
  return results
}
