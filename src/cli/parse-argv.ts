/**
 * Argument parsing: argv in, settings out (or a one-line error). `node:util` `parseArgs` over
 * the flag table of `schema.ts`.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {availableParallelism} from 'node:os'
import type {Severity} from '../index.js'
import {commands, flags, type Command} from './schema.js'

export type Format = 'json' | 'jsonl' | 'tree'
export type Reporter = 'vfile-reporter' | 'json'

export interface Settings {
  command: Command
  /** Paths, folders and globs; empty means stdin (`-` too). */
  inputs: string[]
  /** `true`: beside each input; a string: a folder, or a file for one input. */
  output: string | true | undefined
  format: Format
  pretty: boolean
  /** Extensions without dots. */
  extensions: string[]
  filePath: string | undefined
  rules: Record<string, Severity>
  report: Reporter
  frail: boolean
  quiet: boolean
  silent: boolean
  verbose: boolean
  color: boolean | undefined
  jobs: number
  help: boolean
  version: boolean
}

export type ParseResult = {settings: Settings; error?: undefined} | {error: string; settings?: undefined}

const formats: readonly Format[] = ['json', 'jsonl', 'tree']
const severities: readonly Severity[] = ['off', 'info', 'warn', 'error']

/** `-o` / `--output` take a value only when one follows: alone, they mean “beside each input”. */
function markBareOutput(argv: readonly string[]): string[] {
  return argv.map((arg, index) => {
    if (arg !== '-o' && arg !== '--output') return arg
    const after = argv[index + 1]
    return after === undefined || (after.startsWith('-') && after !== '-') ? '--output=' : arg
  })
}

/** Parse the command line (without `node` and the script). */
export function parseArgv(argv: readonly string[]): ParseResult {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const flag of flags) {
    options[flag.long] = {type: flag.type, ...(flag.short ? {short: flag.short} : {}), ...(flag.multiple ? {multiple: true} : {})}
  }
  let parsed
  try {
    parsed = parseArgs({args: markBareOutput(argv), options, allowPositionals: true, allowNegative: true, strict: true})
  } catch (error) {
    return {error: (error as Error).message.split('\n')[0]!}
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const positionals = [...parsed.positionals]
  let command: Command = 'convert'
  if (positionals.length > 0 && commands.some((entry) => entry.name === positionals[0])) command = positionals.shift() as Command

  const format = (values.format as string | undefined) ?? 'json'
  if (!formats.includes(format as Format)) return {error: `Unexpected format \`${format}\`, expected one of ${formats.map((f) => `\`${f}\``).join(', ')}`}

  const report = (values.report as string | undefined) ?? 'vfile-reporter'
  if (report !== 'vfile-reporter' && report !== 'json') return {error: `Unexpected reporter \`${report}\`, expected \`vfile-reporter\` or \`json\``}

  const rules: Record<string, Severity> = {}
  for (const entry of (values.rule as string[] | undefined) ?? []) {
    const match = /^([a-z\d-]+)=([a-z]+)$/u.exec(entry)
    if (!match || !severities.includes(match[2] as Severity)) {
      return {error: `Unexpected rule setting \`${entry}\`, expected \`<id>=off|info|warn|error\``}
    }
    rules[match[1]!] = match[2] as Severity
  }

  let jobs = availableParallelism()
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) return {error: `Unexpected jobs \`${String(values.jobs)}\`, expected a whole number of 1 or more`}
  }

  const ext = values.ext as string | undefined
  const extensions = ext ? ext.split(',').map((e) => e.trim().replace(/^\./u, '')).filter(Boolean) : command === 'validate' ? ['txt', 'json'] : ['txt']

  const output = values.output as string | undefined
  return {
    settings: {
      command,
      inputs: positionals,
      output: output === undefined ? undefined : output === '' ? true : output,
      format: format as Format,
      pretty: values.pretty === true,
      extensions,
      filePath: values['file-path'] as string | undefined,
      rules,
      report,
      frail: values.frail === true,
      quiet: values.quiet === true,
      silent: values.silent === true,
      verbose: values.verbose === true,
      color: values.color as boolean | undefined,
      jobs,
      help: values.help === true,
      version: values.version === true
    }
  }
}
