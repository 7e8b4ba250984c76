/** The help and version texts, made from the flag table (the unified-args way). */
import {formats} from './formats/index.js'
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
  const formatWidth = Math.max(...formats.map((format) => format.name.length)) + 2
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
    'Formats (--format; -o writes NAME plus the extension):',
    '',
    ...formats.map((format) => `  ${format.name.padEnd(formatWidth)}${format.extension.padEnd(11)}${format.description}`),
    '',
    'An edition file (--edition, for cmif) is JSON: {"title", "editor": {"name", "email"},',
    '"publisher", "url" (where the CMIF file will be), "licence" (a URL), "bibl": {"type":',
    '"print" | "online" | "hybrid", "text"}}, optionally "licenceText", "date", "bibl.url",',
    '"bibl.id"; its JSON Schema is epistola/edition.schema.json. A register file (--register,',
    'for tei and cmif) is JSON: {"persons": {NAME: URI}, "places": {NAME: URI}}, names as the',
    'letters print them, URIs of GND, VIAF, Wikidata, GeoNames…; names it lacks get no URI.',
    'cmif writes one file for all inputs (to stdout or -o FILE); tei with several inputs on',
    'stdout writes a <teiCorpus>; csv writes the header row once per output.',
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
    `  $ ${name} preview archive/ -o pages/ --explain --no-clobber`,
    '',
    '  # A TEI document, and one CMIF file for a whole folder',
    `  $ ${name} letters.txt --format tei -o letters.tei.xml`,
    `  $ ${name} archive/ --format cmif --edition edition.json --register names.json -o letters.cmif.xml`,
    '',
    '  # One row per letter for network tools',
    `  $ ${name} archive/ --format csv > letters.csv`,
    '',
    '  # Check transcripts and letter JSON, failing on warnings too',
    `  $ ${name} validate archive/ --frail`,
    ''
  ].join('\n')
}

export function versionText(name: string, version: string): string {
  return `${name}: ${version}\n`
}
