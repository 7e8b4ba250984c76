/**
 * Dates the text does not decide (issue 15, findings 8 and 9): ambiguous numeric dates, years
 * of two digits, dates the editor supplied in brackets. (A dateline over two lines is reported
 * at its first: `Legation of the United States,` is line 5, its date line 6.) On real transcripts of fixtures/ (the
 * Keats edition brackets its supplied dates; the FRUS 1861 despatches and the Keats letters,
 * their datelines rewritten as numeric or two-digit dates, for the shapes no transcript of the
 * corpus prints), the API and the built command.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {fromText, LettersSchema, parseArchive, parseLetters, parseLettersStream, toHtml, toLetters, type ParseOptions} from '../src/index.js'
import {parseArgv} from '../src/cli/parse-argv.js'
import {findDate} from '../src/extract/date.js'
import {DateEvidence} from '../src/extract/date/evidence.js'
import {readLine} from '../src/parse/forms/index.js'

const root = new URL('../', import.meta.url).pathname
const read = (path: string) => readFileSync(join(root, 'fixtures', path), 'utf8')
const frus = read('dev/frus-1861-d59-d60.txt')
const keats = read('printed/gutenberg-keats-letters-1818-12-lxxxi-lxxxvi.txt')

/** The FRUS despatches with their first two datelines (lines 6 and 27) rewritten. */
function despatches(first: string, second: string): string {
  const lines = frus.split('\n')
  expect([lines[5], lines[26]]).toEqual(['London, July 12, 1861.', 'London, July 19, 1861.'])
  lines[5] = `London, ${first}.`
  lines[26] = `London, ${second}.`
  return lines.join('\n')
}

/** The text as a stream, in chunks of a few lines. */
async function* chunks(text: string): AsyncGenerator<string> {
  const lines = text.split(/(?<=\n)/u)
  for (let index = 0; index < lines.length; index += 7) yield lines.slice(index, index + 7).join('')
}

const dates = (text: string, options: ParseOptions = {}) => parseLetters(text, options).map((letter) => letter.date && {text: letter.date.text, iso: letter.date.iso, inferred: letter.date.inferred})
const messages = (text: string, options: ParseOptions = {}) =>
  parseArchive(text, options)
    .file.messages.filter((m) => m.ruleId === 'unreadable-date' || m.ruleId === 'inferred-value')
    .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`)

describe('finding 8: a numeric date whose order it does not show', () => {
  it('is read as its numbers say when one cannot be the month, whatever the option', () => {
    const text = despatches('7/13/1861', '19.7.1861')
    const expected = [
      {text: '7/13/1861', iso: '1861-07-13', inferred: false},
      {text: '19.7.1861', iso: '1861-07-19', inferred: false}
    ]
    expect(dates(text).slice(0, 2)).toEqual(expected)
    expect(dates(text, {dateOrder: 'dmy'}).slice(0, 2)).toEqual(expected)
    expect(dates(text, {dateOrder: 'mdy'}).slice(0, 2)).toEqual(expected)
  })

  it('has no value, and a warning that says why, when nothing in the transcript decides', () => {
    const text = despatches('7/12/1861', '7/11/1861')
    expect(dates(text).slice(0, 2)).toEqual([null, null])
    expect(messages(text).filter((m) => m.includes('unreadable-date'))).toEqual([
      '5:1 unreadable-date Unexpected date `7/12/1861` left without a value (it could be day first or month first, and no other date of the transcript decides), expected the order given (`dateOrder`, `--date-order`)',
      '26:1 unreadable-date Unexpected date `7/11/1861` left without a value (it could be day first or month first, and no other date of the transcript decides), expected the order given (`dateOrder`, `--date-order`)'
    ])
  })

  it('is read in the order given, not inferred', () => {
    const text = despatches('7/12/1861', '7/11/1861')
    expect(dates(text, {dateOrder: 'mdy'}).slice(0, 2)).toEqual([
      {text: '7/12/1861', iso: '1861-07-12', inferred: false},
      {text: '7/11/1861', iso: '1861-07-11', inferred: false}
    ])
    expect(dates(text, {dateOrder: 'dmy'}).slice(0, 2)).toEqual([
      {text: '7/12/1861', iso: '1861-12-07', inferred: false},
      {text: '7/11/1861', iso: '1861-11-07', inferred: false}
    ])
    expect(messages(text, {dateOrder: 'mdy'})).toEqual([])
  })

  it('learns the order from another date of the transcript, later or earlier, and says so', () => {
    const text = despatches('7/12/1861', '7/19/1861')
    const letters = parseLetters(text)
    expect(letters[0]!.date).toMatchObject({text: '7/12/1861', iso: '1861-07-12', inferred: true})
    expect(letters[0]!.inferences).toEqual([{field: 'date', reason: '`7/12/1861` is read month first, as `7/19/1861` (line 27) of the same transcript can only be'}])
    expect(letters[1]!.date).toMatchObject({iso: '1861-07-19', inferred: false})
    expect(dates(despatches('19.7.1861', '1.2.1861')).slice(0, 2)).toEqual([
      {text: '19.7.1861', iso: '1861-07-19', inferred: false},
      {text: '1.2.1861', iso: '1861-02-01', inferred: true}
    ])
    expect(messages(text)).toContain(
      '6:9 inferred-value Unexpected `date` not printed as such, expected it stated with the letter: `7/12/1861` is read month first, as `7/19/1861` (line 27) of the same transcript can only be'
    )
  })

  it('has no value when the transcript proves both orders', () => {
    const lines = despatches('7/12/1861', '7/19/1861').split('\n')
    lines[56] = 'London, 19.7.1861.'
    const text = lines.join('\n')
    expect(dates(text)[0]).toBeNull()
    expect(messages(text)[0]).toBe(
      '5:1 unreadable-date Unexpected date `7/12/1861` left without a value (it could be day first or month first, and the transcript has both: `19.7.1861` (line 57) day first, `7/19/1861` (line 27) month first), expected the order given (`dateOrder`, `--date-order`)'
    )
    expect(dates(text, {dateOrder: 'dmy'})[0]).toEqual({text: '7/12/1861', iso: '1861-12-07', inferred: false})
  })

  it('is settled in an action line, a `Date:` line and a heading as in a dateline', () => {
    const letter = (date: string) => `President Lincoln to Mr. Adams\n\n${date}\n\nSir: I have the honor to enclose a copy.\n\nA. LINCOLN.\n`
    const evidence = letter('London, 7/19/1861.')
    const action = parseLetters(`${letter('Sent on 7/12/1861.')}\n\n${evidence}`)
    expect(action[0]!.date).toMatchObject({iso: '1861-07-12', inferred: true})
    expect(action[0]!.inferences[0]!.reason).toMatch(/^`7\/12\/1861` is read month first/u)
    const metadata = parseLetters(`From: A. Lincoln\nTo: C. F. Adams\nDate: 7/12/1861\n\nSir: I have the honor to enclose a copy.\n\n${evidence}`)
    expect(metadata[0]!.date).toMatchObject({iso: '1861-07-12', inferred: true})
    const heading = parseLetters(`President Lincoln to Mr. Adams, 7/12/1861\n\nSir: I have the honor to enclose a copy.\n\nA. LINCOLN.\n\n${evidence}`)
    expect(heading[0]!.date).toMatchObject({iso: '1861-07-12', inferred: true})
    const alone = parseArchive(`President Lincoln to Mr. Adams, 7/12/1861\n\nSir: I have the honor to enclose a copy.\n\nA. LINCOLN.\n`)
    expect(alone.letters[0]!.date).toBeNull()
    expect(alone.file.messages.map((m) => m.ruleId)).toContain('unreadable-date')
    expect(alone.file.messages.map((m) => m.ruleId)).not.toContain('impossible-date')
  })

  it('keeps an impossible date impossible in an action line', () => {
    const {file} = parseArchive('President Lincoln to Mr. Adams\n\nSent on 31/2/1861.\n\nSir: I have the honor to enclose a copy.\n\nA. LINCOLN.\n')
    expect(file.messages.filter((m) => m.ruleId === 'impossible-date').map((m) => m.reason)).toEqual(['Unexpected impossible date `31/2/1861`, expected a real calendar date'])
  })
})

describe('finding 9: two-digit and bracketed years', () => {
  it('reads a date the editor supplied in brackets, inferred, with the reason (Keats)', () => {
    const letters = parseLetters(keats)
    expect(letters[0]!.date).toMatchObject({text: 'December 18, 1818', iso: '1818-12-18', inferred: true})
    expect(letters[0]!.inferences).toEqual([{field: 'date', reason: 'the date `December 18, 1818` is supplied by the editor in brackets'}])
    expect(letters.filter((letter) => letter.date?.inferred).length).toBe(6)
  })

  it('reads the issue’s bracketed dateline', () => {
    const letters = parseLetters('Paris, Monday [March 4th, 1861].\n\nMY DEAR FRIEND,\n\nI write to you of the weather.\n\nYours truly,\nJOHN SMITH.\n')
    expect(letters[0]).toMatchObject({place: 'Paris', date: {text: 'March 4th, 1861', iso: '1861-03-04', inferred: true}})
  })

  it("reads a two-digit year with the century of the nearest full year (Keats, one dateline as `December 22, '18`)", () => {
    const text = keats.replace('Wentworth Place, Tuesd. [December 22, 1818].', "Wentworth Place, Tuesd. December 22, '18.")
    expect(text).not.toBe(keats)
    const letter = parseLetters(text)[1]!
    expect(letter.date).toMatchObject({text: "December 22, '18", iso: '1818-12-22', inferred: true})
    expect(letter.inferences).toEqual([{field: 'date', reason: "the year `'18` is read as 1818, the nearest to 1818 of `December 18, 1818` (line 4)"}])
  })

  it('gives a two-digit year no value, with a warning, when no full year is printed', () => {
    const {letters, file} = parseArchive("BOSTON, June 3, '82.\n\nMY DEAR FRIEND,\n\nI write to you of the weather.\n\nYours truly,\nJOHN SMITH.\n")
    expect(letters[0]).toMatchObject({place: 'BOSTON', date: null})
    expect(file.messages.filter((m) => m.ruleId === 'unreadable-date').map((m) => m.reason)).toEqual([
      "Unexpected date `June 3, '82` left without a value (its year `'82` prints no century, and no date of the transcript with a full year gives one), expected a date with a full year in the transcript"
    ])
    const dated = parseLetters("Boston, June 1, 1881.\n\nMY DEAR FRIEND,\n\nI write to you of the rain.\n\nYours truly,\nJOHN SMITH.\n\nBOSTON, June 3, '82.\n\nMY DEAR FRIEND,\n\nI write to you of the weather.\n\nYours truly,\nJOHN SMITH.\n")
    expect(dated[1]!.date).toMatchObject({iso: '1882-06-03', inferred: true})
  })

  it('takes the century that puts the year nearest, across a century’s turn', () => {
    const evidence = new DateEvidence(undefined, () => [{text: 'London, December 30, 1899.', line: 1, offset: 0}])
    expect(evidence.settle(findDate("January 2, '01")!, 40).found.iso).toBe('1901-01-02')
    expect(evidence.settle(findDate("June 2, '98")!, 40).found.iso).toBe('1898-06-02')
    expect(evidence.settle(findDate('2/1/01')!, 40).found).toMatchObject({iso: null})
  })
})

describe('where the dates are read', () => {
  it('gives the same letters from a stream and from a tree without its file, which pass the schema', async () => {
    const text = despatches('7/12/1861', '7/19/1861')
    const whole = parseLetters(text)
    const streamed = []
    for await (const letter of parseLettersStream(chunks(text), {minBuffer: 0})) streamed.push(letter)
    expect(streamed.map((letter) => letter.date)).toEqual(whole.map((letter) => letter.date))
    const tree = fromText(text)
    expect(toLetters(tree).map((letter) => letter.date?.iso)).toEqual(whole.map((letter) => letter.date?.iso))
    expect(toLetters(tree, new VFile(text), {dateOrder: 'dmy'})[0]!.date?.iso).toBe('1861-12-07')
    expect(() => LettersSchema.parse(JSON.parse(JSON.stringify(whole)))).not.toThrow()
    expect(() => LettersSchema.parse(JSON.parse(JSON.stringify(parseLetters(keats))))).not.toThrow()
  })

  it('reads the text added to a stream once, by its offsets', () => {
    const evidence = new DateEvidence()
    evidence.add('London, 7/19/1861.\nMore\n', {line: 1, offset: 0})
    evidence.add('London, 7/19/1861.\nMore\nLondon, 19.7.1861.\n', {line: 1, offset: 0})
    evidence.add('short', {line: 1, offset: 0})
    expect(evidence.settle(findDate('7/12/1861')!, 0).found.problems).toEqual([
      'it could be day first or month first, and the transcript has both: `19.7.1861` (line 3) day first, `7/19/1861` (line 1) month first'
    ])
    const long = new DateEvidence(undefined, () => [{text: `${'x'.repeat(3000)} 7/19/1861\n`, line: 1, offset: 0}])
    expect(long.settle(findDate('7/12/1861')!, 0).found.iso).toBeNull()
  })

  it('refuses a dateOrder that is neither dmy nor mdy, in every function that takes it', async () => {
    const wrong = {dateOrder: 'ymd'} as unknown as ParseOptions
    const message = "Unexpected `dateOrder` of `ymd`, expected `'dmy'` (day first) or `'mdy'` (month first)"
    expect(() => parseLetters(frus, wrong)).toThrow(new TypeError(message))
    expect(() => parseArchive(frus, wrong)).toThrow(TypeError)
    expect(() => toHtml(frus, wrong)).toThrow(TypeError)
    expect(() => toLetters(fromText(frus), undefined, wrong)).toThrow(TypeError)
    expect(() => parseLetters(frus, {dateOrder: 1} as unknown as ParseOptions)).toThrow("Unexpected `dateOrder` of type number, expected `'dmy'` (day first) or `'mdy'` (month first)")
    expect(() => parseLetters(frus, {dateOrder: null} as unknown as ParseOptions)).toThrow('of type null')
    await expect(parseLettersStream(chunks(frus), wrong).next()).rejects.toThrow(message)
  })
})

describe('--date-order on the command line', () => {
  const cli = join(root, 'dist/cli.js')
  const dir = mkdtempSync(join(tmpdir(), 'epistola-dates-'))
  afterAll(() => rmSync(dir, {recursive: true, force: true}))
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8', input: ''})
    return {code: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it('is read from the arguments (in this process) and checked', () => {
    expect(parseArgv(['a.txt', '--date-order', 'mdy']).settings?.dateOrder).toBe('mdy')
    expect(parseArgv(['a.txt']).settings?.dateOrder).toBeUndefined()
    expect(parseArgv(['a.txt', '--date-order', 'DMY']).error).toBe('Unexpected date order `DMY`, expected `dmy` (day first) or `mdy` (month first)')
  })

  it('reads numeric dates in the order given, and refuses another value with exit code 2', () => {
    writeFileSync(join(dir, 'despatches.txt'), despatches('7/12/1861', '7/11/1861'))
    const plain = run(['despatches.txt', '--report', 'json'])
    expect(plain.code).toBe(0)
    expect(JSON.parse(plain.stdout)[0].date).toBeNull()
    expect(plain.stderr).toContain('unreadable-date')
    const given = run(['despatches.txt', '--date-order', 'mdy'])
    expect(JSON.parse(given.stdout).slice(0, 2).map((letter: {date: {iso: string}}) => letter.date.iso)).toEqual(['1861-07-12', '1861-07-11'])
    const streamed = run(['despatches.txt', '--date-order', 'dmy', '--format', 'jsonl'])
    expect(JSON.parse(streamed.stdout.split('\n')[0]!).date.iso).toBe('1861-12-07')
    const wrong = run(['despatches.txt', '--date-order', 'ymd'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('Unexpected date order `ymd`, expected `dmy` (day first) or `mdy` (month first)')
    expect(run(['schema', '--date-order', 'dmy']).code).toBe(2)
    expect(run(['--help']).stdout).toContain('--date-order <order>')
  })
})

describe('month names of other languages', () => {
  it('reads the French dateline of the 1843 Blue Book original (`_Constantinople_, 6 _Décembre_, 1843.`)', () => {
    expect(readLine('_Constantinople_, 6 _Décembre_, 1843.', {indent: 0, hasDigit: true, nameLike: false}).kind).toBe('dateline')
    const text = readFileSync(new URL('../fixtures/official/gutenberg-blue-book-turkey-apostacy-1843-nos-10-13.txt', import.meta.url), 'utf8')
    const french = parseLetters(text).find((letter) => letter.body[0]?.text.startsWith('Un jeune Grec'))
    expect([french?.date?.iso, french?.place]).toEqual(['1843-12-06', 'Constantinople'])
  })
})

describe('a lower-case l for the digit 1 in the day', () => {
  it('reads `December l, 1843` as the 1st, flagged, and leaves `March I, 1941` (a word) alone', () => {
    expect(findDate('December l, 1843')).toMatchObject({iso: '1843-12-01', inferred: true})
    expect(findDate('March I, 1941')).toBeNull()
  })
})

describe('the evidence of a stream', () => {
  it('reads what waits once a megabyte has come, and still decides a later date by an early proof', () => {
    const evidence = new DateEvidence(undefined, undefined, true)
    const filler = 'A line of the letter with nothing to date it.\n'.repeat(30_000)
    evidence.add('Paris, 25.12.1850.\n' + filler)
    evidence.add(filler, {line: 30_002, offset: 19 + filler.length})
    const found = findDate('5.1.1850')!
    const {found: settled, reasons} = evidence.settle(found, 2 * filler.length)
    expect(settled.iso).toBe('1850-01-05')
    expect(reasons.join(' ')).toContain('line 1')
  })
})
