/** The help and version texts, made from the flag table (the unified-args way). */
import {commands, flags} from './schema.js'

export function helpText(name: string, description: string): string {
  const rows = flags.map((flag) => {
    const short = flag.short ? `-${flag.short}  ` : '    '
    const long = `--${flag.negatable ? '[no-]' : ''}${flag.long}${flag.value ? ` ${flag.value}` : ''}`
    const suffix = flag.default ? ` (default: ${flag.default})` : ''
    return [`  ${short}${long}`, flag.description + suffix] as const
  })
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  const commandWidth = Math.max(...commands.map((entry) => entry.name.length)) + 2
  return [
    `Usage: ${name} [command] [options] [path | glob ...]`,
    '',
    `  ${description}`,
    '',
    'Commands:',
    '',
    ...commands.map((entry) => `  ${entry.name.padEnd(commandWidth)}${entry.description}`),
    '',
    'Options:',
    '',
    ...rows.map(([left, right]) => `${left.padEnd(width)}${right}`),
    '',
    'Inputs are files, folders (searched recursively for --ext) and globs; with none, or `-`,',
    'stdin is read. With one file or stdin, --format json writes Letter[]; with a folder, a glob',
    'or several paths, an array of {file, letters} (tree: {file, tree}) whose ids are qualified',
    'by the file (`a.txt#letter-1`); jsonl always puts a `file` field on each letter and',
    'qualifies its id. Files are written whole or not at all (a temporary file, renamed), never',
    'onto an input. Exit code 1 when a message is an error (with --frail, a warning too), 2 on',
    'a usage error, else 0.',
    '',
    'Examples:',
    '',
    '  # Convert one transcript to JSON on stdout',
    `  $ ${name} letters.txt --pretty`,
    '',
    '  # Convert a folder, writing NAME.json beside each transcript',
    `  $ ${name} archive/ -o`,
    '',
    '  # Stream a large archive from stdin as one letter a line',
    `  $ cat series.txt | ${name} --format jsonl > letters.jsonl`,
    '',
    '  # Write a review page of a transcript, to open in a browser',
    `  $ ${name} preview letters.txt -o letters.html`,
    '',
    '  # Check transcripts and letter JSON, failing on warnings too',
    `  $ ${name} validate archive/ --frail`,
    ''
  ].join('\n')
}

export function versionText(name: string, version: string): string {
  return `${name}: ${version}\n`
}
