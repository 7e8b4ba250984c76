/**
 * The `epistola` command line: thin, over the public API.
 *
 *   epistola [convert] <file> [--pretty]     transcript → JSON of Letter[] on stdout
 */
import {readFileSync} from 'node:fs'
import {parseArchive} from '../index.js'

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== 'convert')
  const pretty = args.includes('--pretty')
  const files = args.filter((a) => !a.startsWith('-'))
  if (files.length === 0) {
    process.stderr.write('Usage: epistola [convert] <file> [--pretty]\n')
    return 1
  }
  let failed = false
  const out: unknown[] = []
  for (const path of files) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      process.stderr.write(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`)
      failed = true
      continue
    }
    const {letters, file} = parseArchive(text)
    for (const message of file.messages) if (message.fatal) failed = true
    out.push(...letters)
  }
  process.stdout.write(JSON.stringify(out, null, pretty ? 2 : undefined) + '\n')
  return failed ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
