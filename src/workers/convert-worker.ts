/**
 * The worker of the thread pool: converts one file, writes its output file itself (or sends
 * the output back), and sends back its messages as plain data.
 */
import {runTask, type Task} from '../cli/convert-file.js'
import {fail, toData, type MessageData} from '../cli/messages.js'
import {fileSink, memorySink, trackedSink, type Sink} from '../cli/sink.js'

export interface Job {
  task: Task
  /** Write the output here; `null` to send it back. */
  outPath: string | null
}

export interface JobResult {
  messages: MessageData[]
  output: string | null
  letters: number
}

/** Convert one file. */
export async function convertJob(job: Job): Promise<JobResult> {
  const memory = job.outPath === null ? memorySink() : null
  let sink: Sink | null = memory
  let problem: unknown
  if (job.outPath !== null && job.task.command === 'convert') {
    try {
      sink = fileSink(job.outPath)
    } catch (error) {
      problem = error
    }
  }
  const tracked = sink && !problem ? trackedSink(sink) : null
  const outcome = await runTask(job.task, tracked)
  try {
    if (tracked?.written && job.outPath !== null && job.task.format !== 'jsonl') await tracked.write('\n')
    await sink?.end()
  } catch (error) {
    problem ??= error
  }
  if (problem) fail(outcome.file, `Cannot write \`${job.outPath}\`: ${(problem as NodeJS.ErrnoException).code ?? String(problem)}`, 'unwritable-output')
  return {messages: outcome.file.messages.map(toData), output: memory ? memory.text() : null, letters: outcome.letters}
}

/** The pool's entry: a batch of files, so that messaging between threads is paid per batch. */
export default async function convertJobs(jobs: readonly Job[]): Promise<JobResult[]> {
  const results: JobResult[] = []
  for (const job of jobs) results.push(await convertJob(job))
  return results
}
