/**
 * The `epistola` command line: thin, over the public API. See `epistola --help`.
 */
import pkg from '../../package.json' with {type: 'json'}
import {run} from './run.js'

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

try {
  process.exitCode = await run({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    name: 'epistola',
    version: pkg.version,
    description: 'Turn archival transcripts of correspondence into typed letters (JSON), and check them'
  })
} catch (error) {
  const {code, message} = error as NodeJS.ErrnoException
  if (code !== 'EPIPE') process.stderr.write(`epistola: ${code ? `${code}: ` : ''}${message.split('\n')[0]}\n`)
  process.exitCode = code === 'EPIPE' ? (process.exitCode ?? 0) : 1
}
