/**
 * The flags of the `epistola` command line, as data (the unified-args way): the parser and
 * the help text are both made from this table.
 */
import {formats} from './formats/index.js'

export interface Flag {
  long: string
  short?: string | undefined
  type: 'boolean' | 'string'
  /** The value's name in the help text (`<name>` required, `[name]` optional). */
  value?: string | undefined
  multiple?: boolean | undefined
  /** `--no-NAME` is accepted too. */
  negatable?: boolean | undefined
  description: string
  default?: string | undefined
  /** Only for these commands (all when unset). */
  commands?: readonly Command[] | undefined
}

export type Command = 'convert' | 'validate' | 'schema' | 'preview' | 'help'

export const commands: ReadonlyArray<{name: Command; description: string}> = [
  {name: 'convert', description: 'transcripts to JSON, TEI, CMIF or CSV (the default command)'},
  {name: 'validate', description: 'check transcripts (.txt) with the rules and letter JSON (.json) with the schema'},
  {name: 'schema', description: 'print the JSON Schema of a letter'},
  {name: 'preview', description: 'write a review page (HTML) of each transcript: letters framed, lines marked, fields and messages'},
  {name: 'help', description: 'print this help'}
]

/** The commands that read inputs and report messages. */
const reading: readonly Command[] = ['convert', 'validate', 'preview']
/** The commands that write files. */
const writing: readonly Command[] = ['convert', 'schema', 'preview']
/** The commands that write JSON. */
const json: readonly Command[] = ['convert', 'schema']

export const flags: readonly Flag[] = [
  {long: 'output', short: 'o', type: 'string', value: '[path]', commands: writing, description: 'write to files: NAME.json (preview: NAME.html) beside each input (no value), into a folder, or to one file'},
  {long: 'force', type: 'boolean', commands: writing, description: 'with --output: also replace a transcript, a read-only file, or a file with the output of an empty input'},
  {long: 'no-clobber', short: 'n', type: 'boolean', commands: writing, description: 'with --output: never replace an existing file'},
  {long: 'format', type: 'string', value: '<format>', default: 'json', commands: ['convert'], description: `output format: ${formats.map((format) => format.name).join(', ')} (see Formats below)`},
  {long: 'edition', type: 'string', value: '<file>', commands: ['convert'], description: 'JSON file of the edition a CMIF file describes (needed by --format cmif)'},
  {long: 'register', type: 'string', value: '<file>', commands: ['convert'], description: 'JSON file of authority URIs for names (tei, cmif)'},
  {long: 'pretty', type: 'boolean', commands: json, description: 'indent JSON output'},
  {long: 'ext', short: 'e', type: 'string', value: '<extensions>', commands: reading, description: 'extensions to take from folders, comma separated (convert: txt; validate: txt,json,jsonl)'},
  {long: 'encoding', type: 'string', value: '<encoding>', default: 'utf-8', commands: reading, description: 'of transcripts: utf-8, latin1, windows-1252, utf-16 (by its byte order mark), utf-16le or utf-16be'},
  {long: 'file-path', type: 'string', value: '<path>', commands: reading, description: 'name stdin in messages and in jsonl'},
  {long: 'layout', type: 'string', value: '<file.json>', commands: reading, description: 'the archive’s layout where the learnt one is wrong (see doc/layout.md; schema: epistola/layout.schema.json)'},
  {long: 'date-order', type: 'string', value: '<order>', commands: reading, description: 'read numeric dates such as 5/1/1850 day first (dmy) or month first (mdy) (default: as the transcript’s other dates prove, else no value)'},
  {long: 'explain', type: 'boolean', commands: reading, description: 'report, per file, the layout learnt from it, in words (preview: also at the top of the page)'},
  {long: 'rule', type: 'string', value: '<id=severity>', multiple: true, commands: reading, description: 'set a rule to off, info, warn or error (repeatable)'},
  {long: 'report', type: 'string', value: '<reporter>', default: 'vfile-reporter', commands: reading, description: 'message format on stderr: vfile-reporter, or json for machines'},
  {long: 'frail', short: 'f', type: 'boolean', commands: reading, description: 'exit with 1 on warnings too'},
  {long: 'quiet', short: 'q', type: 'boolean', commands: reading, description: 'report only files with messages'},
  {long: 'silent', short: 'S', type: 'boolean', commands: reading, description: 'report only errors'},
  {long: 'verbose', type: 'boolean', commands: reading, description: 'report notes and rule URLs too'},
  {long: 'color', type: 'boolean', negatable: true, commands: reading, description: 'colour the report (default: when stderr is a terminal and NO_COLOR is unset)'},
  {long: 'jobs', short: 'j', type: 'string', value: '<n>', commands: reading, description: 'worker threads for large batches (default: one per core; 1: none)'},
  {long: 'help', short: 'h', type: 'boolean', description: 'output usage information'},
  {long: 'version', short: 'v', type: 'boolean', description: 'output version number'}
]
