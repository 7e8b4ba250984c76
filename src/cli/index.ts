#!/usr/bin/env node
/**
 * The `epistola` command line: thin, over the public API. See `epistola --help`.
 */
import pkg from '../../package.json' with {type: 'json'}
import {run} from './run.js'

// Errors of stdout are the run's to report (a reader that stops early, `| head`, gives exit 141).
process.stdout.on('error', () => {})

try {
  process.exitCode = await run({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    name: 'epistola',
    version: pkg.version,
    description: 'Turn archival transcripts of correspondence into typed letters (JSON, TEI, CMIF, CSV), and check them'
  })
} catch (error) {
  // Not expected: every problem of the input is a message. Say it in one line all the same.
  process.stderr.write(`epistola: ${String((error as Error | undefined)?.message ?? error).split('\n')[0]}\n`)
  process.exitCode = 1
}
