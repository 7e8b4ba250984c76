/**
 * Every rule on real transcripts: `pass*.txt` gives no message of the rule, `fail*.txt`
 * gives the messages below (rule id, place, reason), from `fixtures/rules/<rule-id>/`.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {parseArchive, rules, type Severity} from '../src/index.js'

const root = join(import.meta.dirname, '..', 'fixtures', 'rules')

function read(rule: string, name: string): string {
  return readFileSync(join(root, rule, name), 'utf8')
}

function messagesOf(text: string, rule: string, severities?: Record<string, Severity>): VFileMessage[] {
  return parseArchive(text, {rules: severities}).file.messages.filter((m) => m.ruleId === rule)
}

function place(message: VFileMessage): string {
  const p = message.place
  if (!p || !('start' in p)) return String(p)
  return `${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}`
}

interface Expected {
  file: string
  place: string
  reason: RegExp
  actual?: string
  expected?: string[]
}

const failures: Record<string, Expected[]> = {
  'impossible-date': [
    {file: 'fail.txt', place: '17:1-17:14', reason: /^Unexpected impossible date `July 38, 1941`, expected a real calendar date$/u, actual: 'July 38, 1941'},
    {file: 'fail.txt', place: '21:13-21:30', reason: /^Unexpected impossible date `February 30, 1942`, expected a real calendar date$/u, actual: 'February 30, 1942'},
    {file: 'fail-heading.txt', place: '1:45-1:61', reason: /^Unexpected impossible date `30 February 1789`, expected a real calendar date$/u}
  ],
  'unreadable-date': [{file: 'fail.txt', place: '17:1-17:13', reason: /^Unexpected unreadable date `July 18, 194`, expected a date such as `July 18, 1941`$/u}],
  'suspicious-ocr': [
    {file: 'fail.txt', place: '17:1-17:14', reason: /^Unexpected `July 18, 194l` in a date, expected digits/u, actual: 'July 18, 194l', expected: ['July 18, 1941']}
  ],
  'dates-disagree': [{file: 'fail.txt', place: '23:1-23:16', reason: /^Unexpected second date `January 7, 1945` against `January 1, 1945`, expected the same date/u}],
  'unplaced-text': [{file: 'fail.txt', place: '1:1-1:63', reason: /^Unexpected text `Correspondence with Winston S\. Churchill.*` outside any letter, expected a heading/u}],
  'missing-source': [{file: 'fail.txt', place: '39:1-39:56', reason: /^Unexpected letter without a source where the other letters cite theirs, expected a `Source:` line/u}],
  'no-sources': [{file: 'fail.txt', place: '7:1-7:29', reason: /^Unexpected 4 letters without any source, expected a `Source:` line citing the edition or archive \(one before the first letter applies to every letter\)$/u}],
  'lost-letter': [
    {file: 'fail.txt', place: '21:1-21:18', reason: /^Unexpected dateline `November 20, 1941` outside any letter, expected it to start a letter \(the letter may be lost: its text is not in `letters`\)$/u, actual: 'November 20, 1941'},
    {file: 'fail-salutation.txt', place: '21:1-21:38', reason: /^Unexpected salutation `My dear Churchill,--I write in haste\.` outside any letter, expected it to start a letter/u}
  ],
  // Mozart to his sister, 1771 (33–34): the second letter ends without close or signature.
  'low-confidence': [
    {file: 'fail.txt', place: '26:1-26:4', reason: /^Unexpected unsure reading \(confidence 0\.62: no signature, close or source ends it; .*\), expected a letter whose parts/u}
  ],
  'missing-date': [{file: 'fail.txt', place: '72:1-72:32', reason: /^Unexpected letter without a date, expected a dateline/u}],
  'received-before-sent': [
    {file: 'fail.txt', place: '1:13-1:26', reason: /^Unexpected date of receipt `July 15, 1941` before the date sent `July 18, 1941` \(17:1\), expected a receipt on or after the date sent$/u, actual: 'July 15, 1941'}
  ],
  'heading-without-parties': [{file: 'fail.txt', place: '39:1-39:28', reason: /^Unexpected heading `MESSAGE FROM PREMIER STALIN` without an addressee, expected a heading such as/u}],
  'signature-mismatch': [
    {file: 'fail.txt', place: '88:1-88:23', reason: /^Unexpected signature `CHARLES FRANCIS ADAMS` for a letter from John Russell, expected the sender’s name$/u, actual: 'CHARLES FRANCIS ADAMS'}
  ],
  'duplicate-letter': [{file: 'fail.txt', place: '13:1-13:29', reason: /^Unexpected second copy of the letter at 7:1, expected each letter once$/u}],
  'number-sequence': [{file: 'fail.txt', place: '24:1-24:7', reason: /^Unexpected `No\. 28` after `No\. 29`, expected numbers in ascending order$/u, actual: '28'}],
  'footnote-unresolved': [{file: 'fail.txt', place: '7:46-7:47', reason: /^Unexpected footnote marker `2` without a note, expected a note such as `2\. …` after the letter$/u, actual: '2'}],
  'empty-body': [{file: 'fail.txt', place: '28:1-28:30', reason: /^Unexpected letter without body text, expected at least one paragraph/u}],
  'control-character': [
    {file: 'fail.txt', place: '5:9-5:10', reason: /^Unexpected control character U\+0000, expected text/u, actual: '\u0000'},
    {file: 'fail.txt', place: '5:19-5:20', reason: /^Unexpected control character U\+001B, expected text/u, actual: '\u001b'}
  ],
  'inferred-value': [
    {file: 'fail.txt', place: '5:1-5:23', reason: /^Unexpected `from` not printed as such, expected it stated with the letter: the heading names only the addressee; the page is J\.\. V\. Stalin’s/u},
    {file: 'fail.txt', place: '9:1-9:40', reason: /^Unexpected `from` not printed as such, expected it stated with the letter: the heading names only the addressee/u}
  ]
}

describe('rules on real transcripts', () => {
  it('has fixtures for every rule but `schema` (tested in validate-letters.test.ts)', () => {
    const ids = rules.map((r) => r.id).filter((id) => id !== 'schema')
    expect(Object.keys(failures).sort()).toEqual([...ids].sort())
    for (const id of ids) {
      const files = readdirSync(join(root, id))
      expect(files.some((f) => f.startsWith('pass')), id).toBe(true)
      expect(files.some((f) => f.startsWith('fail')), id).toBe(true)
    }
  })

  for (const rule of rules) {
    if (rule.id === 'schema') continue
    describe(rule.id, () => {
      it('has a kebab-case id, a default severity and a description', () => {
        expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u)
        expect(['info', 'warn', 'error']).toContain(rule.severity)
        expect(rule.description.length).toBeGreaterThan(10)
      })

      for (const name of readdirSync(join(root, rule.id)).filter((f) => f.startsWith('pass'))) {
        it(`${name}: no message`, () => {
          expect(messagesOf(read(rule.id, name), rule.id).map(String)).toEqual([])
        })
      }

      const expected = failures[rule.id] ?? []
      const files = [...new Set(expected.map((e) => e.file))]
      for (const name of files) {
        it(`${name}: located messages`, () => {
          const messages = messagesOf(read(rule.id, name), rule.id)
          const wanted = expected.filter((e) => e.file === name)
          expect(messages.map(place)).toEqual(wanted.map((e) => e.place))
          messages.forEach((message, i) => {
            const want = wanted[i]!
            expect(message.reason).toMatch(want.reason)
            expect(message.reason).toMatch(/^Unexpected .+, expected /u)
            expect(message.source).toBe('epistola')
            expect(message.ruleId).toBe(rule.id)
            expect(message.url).toBe(`https://github.com/epistola/epistola/blob/main/doc/rules.md#${rule.id}`)
            expect(message.fatal).toBe(rule.severity === 'error' ? true : rule.severity === 'warn' ? false : undefined)
            if (want.actual !== undefined) expect(message.actual).toBe(want.actual)
            if (want.expected !== undefined) expect(message.expected).toEqual(want.expected)
          })
        })
      }

      it('can be turned off, or raised to an error', () => {
        const [first] = expected
        const text = read(rule.id, first!.file)
        expect(messagesOf(text, rule.id, {[rule.id]: 'off'})).toEqual([])
        const raised = messagesOf(text, rule.id, {[rule.id]: 'error'})
        expect(raised.length).toBeGreaterThan(0)
        expect(raised.every((m) => m.fatal === true)).toBe(true)
        const lowered = messagesOf(text, rule.id, {[rule.id]: 'info'})
        expect(lowered.every((m) => m.fatal === undefined)).toBe(true)
      })
    })
  }
})

describe('impossible-date in every place a date is printed', () => {
  const dated = read('impossible-date', 'pass.txt')
  const cases: Array<[string, string, string]> = [
    ['dateline, February 30', 'July 18, 1941\n', 'February 30, 1942\n'],
    ['action line, July 38', 'Received on November 22, 1941', 'Received on July 38, 1941'],
    ['dateline, July 38', 'July 18, 1941\n', 'July 38, 1941\n'],
    ['action line, February 30', 'Received on November 22, 1941', 'Received on February 30, 1942']
  ]
  for (const [label, from, to] of cases) {
    it(label, () => {
      const text = dated.replace(from, to)
      expect(text).not.toBe(dated)
      const messages = messagesOf(text, 'impossible-date')
      expect(messages).toHaveLength(1)
      expect(messages[0]!.actual).toBe(to.replace(/^Received on /u, '').trim())
      expect(messages[0]!.fatal).toBe(true)
    })
  }

  it('heading, 38 November', () => {
    const heading = read('impossible-date', 'pass-heading.txt').replace('30 November 1789', '38 November 1789')
    const messages = messagesOf(heading, 'impossible-date')
    expect(messages.map(place)).toEqual(['1:45-1:61'])
    expect(messages[0]!.actual).toBe('38 November 1789')
  })
})

describe('rule details', () => {
  it('received-before-sent leaves a one-day gap alone (time zones)', () => {
    const text = read('received-before-sent', 'pass.txt').replace('Received on July 20, 1941', 'Received on July 17, 1941')
    expect(messagesOf(text, 'received-before-sent')).toEqual([])
  })

  it('received-before-sent compares a month or a year at the precision both dates print', () => {
    const base = read('received-before-sent', 'pass.txt')
    const at = (received: string, sent: string) => {
      const text = base.replace('Received on July 20, 1941', received).replace(/^July 18, 1941$/mu, sent)
      const [letter] = parseArchive(text).letters
      return {received: letter!.received?.iso, date: letter!.date?.iso, messages: messagesOf(text, 'received-before-sent').map((m) => `${place(m)} ${m.reason}`)}
    }
    // A month or a year earlier is early whatever the day: no day count, still reported.
    expect(at('Received on June, 1941', 'July 18, 1941')).toEqual({
      received: '1941-06',
      date: '1941-07-18',
      messages: ['1:13-1:23 Unexpected date of receipt `June, 1941` before the date sent `July 18, 1941` (17:1), expected a receipt on or after the date sent']
    })
    expect(at('Received on June 20, 1941', 'July, 1941').messages).toEqual([
      '1:13-1:26 Unexpected date of receipt `June 20, 1941` before the date sent `July, 1941` (17:1), expected a receipt on or after the date sent'
    ])
    expect(at('Received on July 20, 1940', '1941').messages).toHaveLength(1)
    // The same month (or year) at the coarser precision is not before.
    expect(at('Received on July, 1941', 'July 18, 1941')).toEqual({received: '1941-07', date: '1941-07-18', messages: []})
    expect(at('Received on July 10, 1941', 'July, 1941')).toEqual({received: '1941-07-10', date: '1941-07', messages: []})
  })

  it('signature-mismatch accepts initials and abbreviated forenames', () => {
    const letter = read('signature-mismatch', 'pass-initials.txt')
    for (const signature of ['GW.', 'G.W.', 'G. Washington', 'Go: Washington', 'GEORGE WASHINGTON']) {
      const text = letter.replace('Go: Washington', signature)
      expect(messagesOf(text, 'signature-mismatch').map(String), signature).toEqual([])
    }
    const wrong = letter.replace('Go: Washington', 'Th: Jefferson')
    expect(messagesOf(wrong, 'signature-mismatch').map((m) => m.actual)).toEqual(['Th: Jefferson'])
  })

  it('signature-mismatch flags initials of someone else', () => {
    const text = read('signature-mismatch', 'pass-initials.txt').replace('Go: Washington', 'TJ.')
    expect(messagesOf(text, 'signature-mismatch').map((m) => m.actual)).toEqual(['TJ'])
  })

  it('number-sequence reports a repeat and a gap', () => {
    const text = read('number-sequence', 'pass.txt')
    const repeat = messagesOf(text.replace('No. 29', 'No. 28'), 'number-sequence')
    expect(repeat.map((m) => m.reason)).toEqual(['Unexpected repeated number `No. 28`, expected `No. 29`'])
    expect(repeat[0]!.expected).toEqual(['29'])
    const gap = messagesOf(text.replace('No. 29', 'No. 31'), 'number-sequence')
    expect(gap.map((m) => m.reason)).toEqual(['Unexpected `No. 31` after `No. 28`, expected `No. 29`–`No. 30` first'])
    expect(gap.map(place)).toEqual(['24:1-24:7'])
  })

  it('duplicate-letter finds the same body under another heading', () => {
    const text = read('duplicate-letter', 'pass.txt').replace('I have received your message of January 15.', 'Thank you for the message and your solicitude for the progress of Soviet-American relations.')
    expect(text).not.toBe(read('duplicate-letter', 'pass.txt'))
    // Letter 2 now opens like letter 1 but goes on differently: not a duplicate.
    expect(messagesOf(text, 'duplicate-letter')).toEqual([])
    const lines = read('duplicate-letter', 'pass.txt').split('\n')
    // Letter 3 given letter 1's body: the same text twice.
    const copied = lines.map((line, i) => (i === 22 ? lines[8]! : line)).join('\n')
    expect(messagesOf(copied, 'duplicate-letter').map(place)).toEqual(['21:1-21:29'])
  })
})

describe('one problem, one message', () => {
  it('a letter whose only date is impossible or unreadable is not also reported as undated', () => {
    for (const [rule, file] of [['impossible-date', 'fail.txt'], ['unreadable-date', 'fail.txt'], ['impossible-date', 'fail-heading.txt']] as const) {
      const failing = parseArchive(read(rule, file)).file.messages
      const passing = parseArchive(read(rule, file.replace('fail', 'pass'))).file.messages
      expect(failing.map((m) => m.ruleId), `${rule}/${file}`).toContain(rule)
      // The undated letters are the same with and without the fault (the sample's third letter is undated).
      const undated = (messages: VFileMessage[]) => messages.filter((m) => m.ruleId === 'missing-date').map(place)
      expect(undated(failing), `${rule}/${file}`).toEqual(undated(passing))
    }
  })
})

describe('schema (the lint rule)', () => {
  it('reports a compiled letter that LetterSchema rejects, with its field path, at the letter', async () => {
    const {VFile} = await import('vfile')
    const {fromText, lint} = await import('../src/index.js')
    const {compileTree} = await import('../src/compile/to-letters.js')
    const text = read('missing-source', 'pass.txt')
    const file = new VFile({value: text})
    const tree = fromText(text)
    const compiled = compileTree(tree, file)
    const broken = compiled.map((entry, i) => (i === 1 ? {...entry, letter: {...entry.letter, date: {...entry.letter.received!, iso: '1941-11-31'}}} : entry))
    lint(tree, broken, file, {rules: Object.fromEntries(rules.map((r) => [r.id, r.id === 'schema' ? 'error' : 'off']))})
    const at = compiled[1]!.letter.position
    expect(file.messages.map((m) => [m.ruleId, m.reason, place(m), m.fatal])).toEqual([
      ['schema', 'Unexpected string `"1941-11-31"` at `letters[1].date.iso`, expected a real calendar date', `${at.start.line}:${at.start.column}-${at.end.line}:${at.end.column}`, true]
    ])
    expect(at.start.line).toBe(21)
  })
})
