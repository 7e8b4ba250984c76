/**
 * Argument parsing: argv in, settings out (or a one-line usage error). `node:util` `parseArgs`
 * over the flag table of `schema.ts`. A flag given to a command it does nothing for is an error,
 * never ignored.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import {availableParallelism} from 'node:os'
import {dateOrders, type DateOrder} from '../extract/date/evidence.js'
import type {Severity} from '../index.js'
import {encodingNames, type Encoding} from './decode.js'
import {formats} from './formats/index.js'
import {commands, flags, type Command} from './schema.js'

export type Reporter = 'vfile-reporter' | 'json'

export interface Settings {
  command: Command
  /** Paths, folders and globs; empty means stdin (`-` too). */
  inputs: string[]
  /** `true`: beside each input; a string: a folder, or a file for one input. */
  output: string | true | undefined
  /** Replace what is otherwise refused (a transcript, a read-only file, with the output of an empty input). */
  force: boolean
  /** Never replace an existing file. */
  noClobber: boolean
  /** The name of an output format of `formats/index.ts` (`html` for `preview`). */
  format: string
  pretty: boolean
  /** `--edition FILE.json`: the edition a CMIF file describes. */
  edition: string | undefined
  /** `--register FILE.json`: authority URIs for names. */
  register: string | undefined
  /** Extensions without dots. */
  extensions: string[]
  encoding: Encoding
  filePath: string | undefined
  rules: Record<string, Severity>
  report: Reporter
  frail: boolean
  quiet: boolean
  silent: boolean
  verbose: boolean
  color: boolean | undefined
  jobs: number
  /** `--layout FILE`: the path of a declared layout. */
  layoutPath: string | undefined
  /** `--date-order`: the order of numeric dates such as `5/1/1850`. */
  dateOrder: DateOrder | undefined
  /** `--explain`: report the layout learnt from each file. */
  explain: boolean
  help: boolean
  version: boolean
}

export type ParseResult = {settings: Settings; error?: undefined} | {error: string; settings?: undefined}

const severities: readonly Severity[] = ['off', 'info', 'warn', 'error']

/** `-o` / `--output` take a value only when one follows: alone, they mean “beside each input”. */
function markBareOutput(argv: readonly string[]): string[] {
  return argv.map((arg, index) => {
    if (arg !== '-o' && arg !== '--output') return arg
    const after = argv[index + 1]
    return after === undefined || (after.startsWith('-') && after !== '-') ? '--output=' : arg
  })
}

const code = (name: string) => `\`${name}\``

/** `parseArgs`' errors, in this command's words (its own have an unbalanced quote). */
function usageError(error: unknown): string {
  const {code: errorCode, message} = error as {code?: string; message: string}
  const option = /'(-[^' ]+)/u.exec(message)?.[1]
  if (errorCode === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `Unexpected unknown option ${code(option)}, expected an option of \`--help\` (a path that starts with \`-\` goes after \`--\`)`
  if (errorCode === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && /argument missing/u.test(message)) return `Unexpected ${code(option)} without a value, expected ${code(`${option} <value>`)}`
  if (errorCode === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `Unexpected value for ${code(option)}, expected none`
  return message.split('\n')[0]!
}

/** Parse the command line (without `node` and the script). */
export function parseArgv(argv: readonly string[]): ParseResult {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const flag of flags) {
    options[flag.long] = {type: flag.type, ...(flag.short ? {short: flag.short} : {}), ...(flag.multiple ? {multiple: true} : {})}
    if (flag.negatable) options[`no-${flag.long}`] = {type: 'boolean'}
  }
  let parsed
  try {
    parsed = parseArgs({args: markBareOutput(argv), options, allowPositionals: true, strict: true, tokens: true})
  } catch (error) {
    return {error: usageError(error)}
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const positionals = [...parsed.positionals]
  /** The options given, in order (`--no-color` as `no-color`). */
  const given = parsed.tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : []))
  const last = (...names: string[]) => given.findLast((name) => names.includes(name))

  let command: Command = 'convert'
  if (positionals.length > 0 && commands.some((entry) => entry.name === positionals[0])) command = positionals.shift() as Command

  // A flag that does nothing for this command is refused, not ignored.
  for (const name of new Set(given)) {
    const flag = flags.find((entry) => entry.long === name || `no-${entry.long}` === name)!
    if (flag.commands && !flag.commands.includes(command)) {
      return {error: `Unexpected ${code(`--${name}`)} with ${code(command)}, expected it only with ${flag.commands.map(code).join(' or ')}`}
    }
  }
  if (command === 'schema' && positionals.length > 0) return {error: `Unexpected path ${code(positionals[0]!)} with \`schema\`, expected none`}
  if (command === 'help') return {settings: {...defaults(command), help: true}}

  // `preview` writes the review page: the `html` format, which `--format` does not offer.
  const format = command === 'preview' ? 'html' : ((values.format as string | undefined) ?? 'json')
  if (command !== 'preview' && !formats.some((entry) => entry.name === format)) return {error: `Unexpected format ${code(format)}, expected one of ${formats.map((entry) => code(entry.name)).join(', ')}`}
  if (format === 'jsonl' && values.pretty === true) return {error: 'Unexpected `--pretty` with `--format jsonl`, expected it only with `json` or `tree` (jsonl is one letter a line)'}

  const report = (values.report as string | undefined) ?? 'vfile-reporter'
  if (report !== 'vfile-reporter' && report !== 'json') return {error: `Unexpected reporter ${code(report)}, expected \`vfile-reporter\` or \`json\``}

  const encodingName = ((values.encoding as string | undefined) ?? 'utf-8').toLowerCase()
  const encoding = Object.hasOwn(encodingNames, encodingName) ? encodingNames[encodingName]! : undefined
  if (!encoding) return {error: `Unexpected encoding ${code(encodingName)}, expected one of ${Object.keys(encodingNames).map(code).join(', ')}`}

  const dateOrder = values['date-order'] as string | undefined
  if (dateOrder !== undefined && !dateOrders.includes(dateOrder as DateOrder)) {
    return {error: `Unexpected date order ${code(dateOrder)}, expected \`dmy\` (day first) or \`mdy\` (month first)`}
  }

  const rules: Record<string, Severity> = {}
  for (const entry of (values.rule as string[] | undefined) ?? []) {
    const match = /^([a-z\d-]+)=([a-z]+)$/u.exec(entry)
    if (!match || !severities.includes(match[2] as Severity)) {
      return {error: `Unexpected rule setting ${code(entry)}, expected \`<id>=off|info|warn|error\``}
    }
    rules[match[1]!] = match[2] as Severity
  }

  let jobs = availableParallelism()
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) return {error: `Unexpected jobs ${code(String(values.jobs))}, expected a whole number of 1 or more`}
  }

  const output = values.output as string | undefined
  const clobber = last('force', 'no-clobber')
  if (clobber !== undefined && output === undefined) return {error: `Unexpected ${code(`--${clobber}`)} without \`--output\`, expected it only when writing files`}
  if (command === 'schema' && output === '') return {error: 'Unexpected `--output` without a path with `schema`, expected `--output <file>`'}

  const filePath = values['file-path'] as string | undefined
  const readsStdin = positionals.length === 0 || positionals.includes('-')
  if (filePath !== undefined && !readsStdin) return {error: 'Unexpected `--file-path` without stdin among the inputs, expected it only to name stdin'}

  const ext = values.ext as string | undefined
  const extensions = ext ? ext.split(',').map((e) => e.trim().replace(/^\./u, '')).filter(Boolean) : command === 'validate' ? ['txt', 'json', 'jsonl'] : ['txt']
  const color = last('color', 'no-color')

  return {
    settings: {
      ...defaults(command),
      inputs: positionals,
      output: output === undefined ? undefined : output === '' ? true : output,
      force: clobber === 'force',
      noClobber: clobber === 'no-clobber',
      format,
      pretty: values.pretty === true,
      edition: values.edition as string | undefined,
      register: values.register as string | undefined,
      extensions,
      encoding,
      filePath,
      rules,
      report,
      frail: values.frail === true,
      quiet: values.quiet === true,
      silent: values.silent === true,
      verbose: values.verbose === true,
      color: color === undefined ? undefined : color === 'color',
      jobs,
      layoutPath: values.layout as string | undefined,
      dateOrder: dateOrder as DateOrder | undefined,
      explain: values.explain === true,
      help: values.help === true,
      version: values.version === true
    }
  }
}

function defaults(command: Command): Settings {
  return {
    command,
    inputs: [],
    output: undefined,
    force: false,
    noClobber: false,
    format: 'json',
    pretty: false,
    edition: undefined,
    register: undefined,
    extensions: ['txt'],
    encoding: 'utf-8',
    filePath: undefined,
    rules: {},
    report: 'vfile-reporter',
    frail: false,
    quiet: false,
    silent: false,
    verbose: false,
    color: undefined,
    jobs: 1,
    layoutPath: undefined,
    dateOrder: undefined,
    explain: false,
    help: false,
    version: false
  }
}
