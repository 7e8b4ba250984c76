/**
 * Compiling letters from small edited copies of corpus forms: an action line whose date has no
 * year, a `Date:` metadata line, a citation in the heading, an office signed for by a person.
 */
import {describe, expect, it} from 'vitest'
import {parseArchive} from '../src/api.js'
import {positionOf} from '../src/compile/context-position.js'
import {toLetters} from '../src/compile/to-letters.js'
import type * as T from '../src/tree/types.js'

const letter = (head: string, body = 'Dear Mr. President,\n\nWe are well.\n\nW. Churchill\n') => `${head}\n\n${body}`

describe('dates from action lines', () => {
  it('takes the year of `[Received October 2—11:58 a.m.]` from the letter’s dateline, and says so', () => {
    const {letters} = parseArchive(letter('Prime Minister Churchill to President Roosevelt\n\nLondon, September 30, 1941.\n\n[Received October 2—11:58 a.m.]'))
    expect(letters[0]!.date?.iso).toBe('1941-09-30')
    expect(letters[0]!.received).toMatchObject({text: 'October 2', iso: '1941-10-02', precision: 'day', inferred: true, raw: '[Received October 2—11:58 a.m.]'})
    expect(letters[0]!.received?.position?.start).toEqual({line: 5, column: 11, offset: 88})
    expect(letters[0]!.inferences).toContainEqual({field: 'received', reason: 'the year of `October 2` is taken from the letter’s date (1941)'})
  })
  it('keeps the dateline’s date over a `Sent` line without a year', () => {
    const {letters} = parseArchive(letter('Prime Minister Churchill to President Roosevelt\n\nLondon, September 30, 1941.\n\n[Sent October 2—11:58 a.m.]'))
    expect(letters[0]!.date?.iso).toBe('1941-09-30')
    expect(letters[0]!.inferences).toContainEqual({field: 'date', reason: 'the year of `October 2` is taken from the letter’s date (1941)'})
  })
  it('invents no year for `[Received October 2—11:58 a.m.]` in a letter without a date', () => {
    const {letters} = parseArchive(letter('Prime Minister Churchill to President Roosevelt\n\n[Received October 2—11:58 a.m.]'))
    expect(letters[0]!.date).toBeNull()
    expect(letters[0]!.received).toBeNull()
  })
  it('reports an impossible date on an action line where it is printed', () => {
    const {letters, file} = parseArchive(letter('No. 5\n\nPrime Minister Churchill to President Roosevelt\n\nLondon, July 4, 1941.\n\n[Received July 44, 1941]'))
    expect(letters[0]!.received).toBeNull()
    const message = file.messages.find((m) => m.ruleId === 'impossible-date')
    expect(message?.reason).toBe('Unexpected impossible date `July 44, 1941`, expected a real calendar date')
    expect([message?.line, message?.column]).toEqual([7, 11])
  })
})

describe('metadata lines', () => {
  const record = (date: string) => `Title: Washington to Jefferson\nDate: ${date}\nFrom: Washington, George\nTo: Jefferson, Thomas\n\nDear Sir,\n\nI am well.\n\nGo: Washington\n`
  it('reads the date of a `Date:` line, and the parties of `From:` and `To:` printed surname first', () => {
    const {letters} = parseArchive(record('3 March 1784'))
    expect(letters[0]!.date).toMatchObject({raw: 'Date: 3 March 1784', text: '3 March 1784', iso: '1784-03-03'})
    expect(letters[0]!.date?.position?.start).toEqual({line: 2, column: 7, offset: 37})
    expect(letters[0]!.from.map((p) => [p.name, p.surname, p.forename])).toEqual([['George Washington', 'Washington', 'George']])
    expect(letters[0]!.to.map((p) => p.name)).toEqual(['Thomas Jefferson'])
  })
  it('drops a trailing `&c., &c.` from a `From:` or `To:` name, and reads nothing from `&c.` alone', () => {
    const catalogue = (from: string, to: string) =>
      parseArchive(`Title: Letter\nDate: 3 March 1784\nFrom: ${from}\nTo: ${to}\n\nDear Sir,\n\nI am well.\n\nGo: Washington\n`).letters[0]!
    const first = catalogue('Washington, George, &c., &c.', 'Jefferson, Thomas &c')
    expect(first.from.map((p) => [p.name, p.raw])).toEqual([['George Washington', 'Washington, George']])
    expect(first.to.map((p) => [p.name, p.raw])).toEqual([['Thomas Jefferson', 'Jefferson, Thomas']])
    expect(first.from[0]!.position?.start).toEqual({line: 3, column: 7, offset: 39})
    expect(catalogue('Washington, George', '&c.').to).toEqual([])
  })
  it('reads the parties of a `Title:` line, a `To:` line overriding its addressee', () => {
    const title = 'Title: Washington to Jefferson\nDate: 3 March 1784\n'
    const rest = '\nDear Sir,\n\nI am well.\n\nGo: Washington\n'
    const names = (text: string) => parseArchive(text).letters.map((l) => [l.from.map((p) => p.name), l.to.map((p) => p.name)])
    expect(names(title + rest)).toEqual([[['Washington'], ['Jefferson']]])
    expect(names(title + 'To: Madison, James\n' + rest)).toEqual([[['Washington'], ['James Madison']]])
  })
  it('gives no date for `Date: undated`', () => {
    expect(parseArchive(record('undated')).letters[0]!.date).toBeNull()
  })
})

describe('parties and source from the heading', () => {
  it('reads a citation in the heading as the letter’s source, placed in the heading', () => {
    const {letters} = parseArchive(letter('President Roosevelt to Prime Minister Churchill (Vol. 1, No. 12)'))
    expect(letters[0]!.source).toMatchObject({raw: 'Vol. 1, No. 12', scope: 'letter'})
    expect(letters[0]!.source?.position).toEqual({start: {line: 1, column: 50, offset: 49}, end: {line: 1, column: 64, offset: 63}})
    expect(letters[0]!.from.map((p) => [p.name, p.roles])).toEqual([['Roosevelt', ['President']]])
  })
  it('names the sender from the signature when the heading names only an office', () => {
    const {letters} = parseArchive(letter('The President to Prime Minister Churchill', 'Dear Winston,\n\nAll is well here.\n\nFranklin D. Roosevelt\n'))
    expect(letters[0]!.from.map((p) => [p.name, p.roles])).toEqual([['Franklin D. Roosevelt', ['President']]])
    expect(letters[0]!.inferences).toContainEqual({field: 'from', reason: 'the heading names only an office (`The President`); the signature names the sender'})
  })
})

describe('the sender from the source', () => {
  it('takes the author of a writer’s own `Works` as the sender of a letter that names none', () => {
    const text = 'January 5, 1925.\n\nDear Comrade Kuibyshev,\n\nThe plan is good.\n\nWith greetings,\n\nSource: J. V. Stalin, Works, Vol. 17 (London: Red Star Press, 1986), p. 12\n'
    const letter = parseArchive(text).letters[0]!
    expect(letter.from.map((p) => [p.name, p.surname, p.inferred])).toEqual([['J. V. Stalin', 'Stalin', true]])
    expect(letter.from[0]!.position).toEqual(letter.source?.position)
    expect(letter.inferences).toContainEqual({field: 'from', reason: 'the letter names no sender; the source is J. V. Stalin’s `Works`'})
  })
})

describe('the page’s owner as the sender', () => {
  const page = (intro: string) => parseArchive(`${intro}\n\nNo. 1\n\nLondon, July 4, 1941.\n\nDear Winston,\n\nAll is well.\n\nWith greetings,\n`).letters[0]!
  it('reads the owner from a long introduction, quoted short in the inference', () => {
    const letter = page('Mr. Harry Hopkins has sent the following messages to Prime Minister Churchill during the summer of the year 1941:')
    expect(letter.from.map((p) => [p.name, p.inferred])).toEqual([['Harry Hopkins', true]])
    expect(letter.inferences).toContainEqual({
      field: 'from',
      reason: 'the heading names only the addressee; the page is Harry Hopkins’s (`Mr. Harry Hopkins has sent the following messages to Prim…`)'
    })
  })
  it('reads the owner from a name alone on the page', () => {
    expect(page('Harry Hopkins').from.map((p) => p.name)).toEqual(['Harry Hopkins'])
  })
  it('takes no office as the owner', () => {
    expect(page('The Embassy has sent these:').from).toEqual([])
  })
})

describe('positionOf', () => {
  it('copies a node’s place, counting a missing offset as 0, and gives null for no place', () => {
    expect(positionOf({position: {start: {line: 2, column: 3}, end: {line: 2, column: 9}}})).toEqual({
      start: {line: 2, column: 3, offset: 0},
      end: {line: 2, column: 9, offset: 0}
    })
    expect(positionOf({})).toBeNull()
    expect(positionOf(undefined)).toBeNull()
  })
})

describe('the page’s source and publisher', () => {
  // The head of fixtures/dev/marxists-stalin-churchill-1942-p1.txt, shortened.
  const page = (publisher: string) =>
    parseArchive(
      `Source : Stalin's Correspondence with Churchill, Attlee, Roosevelt and Truman 1941-45\n${publisher}\n\nNo. 1\n\nPrime Minister Churchill to Premier Stalin\n\nLondon, July 7, 1941.\n\nWe are all very glad.\n\nW. Churchill\n`
    ).letters[0]!.source
  it('completes the page’s source with the publisher and its place', () => {
    expect(page('Publisher : Progress Publishers, Moscow, USSR')).toMatchObject({publisher: 'Progress Publishers', place: 'Moscow', scope: 'page'})
  })
  it('leaves the place unknown when the publisher line names none', () => {
    expect(page('Publisher : Progress Publishers')).toMatchObject({publisher: 'Progress Publishers', place: null, scope: 'page'})
  })
})

describe('toLetters without the input text', () => {
  it('rebuilds the heading as printed from the tree: breaks, footnote labels and page markers put back', () => {
    const at = (offset: number, length: number) => ({start: {line: 1, column: offset + 1, offset}, end: {line: 1, column: offset + length + 1, offset: offset + length}})
    const tree = {
      type: 'root',
      children: [
        {
          type: 'letter',
          position: at(0, 60),
          children: [
            {
              type: 'heading',
              position: at(0, 40),
              children: [
                {type: 'text', value: 'Prime Minister Churchill to', position: at(0, 27)},
                {type: 'break'},
                {type: 'text', value: 'President Roosevelt', position: at(28, 19)},
                {type: 'footnoteReference', identifier: '1', label: '1'},
                {type: 'pageMarker', value: '12'}
              ]
            },
            {type: 'paragraph', position: at(50, 10), children: [{type: 'text', value: 'All is well.', position: at(50, 12)}]}
          ]
        }
      ]
    } as unknown as T.Root
    const [letter] = toLetters(tree)
    expect(letter!.heading).toMatchObject({text: 'Prime Minister Churchill to President Roosevelt', raw: 'Prime Minister Churchill to\nPresident Roosevelt1[Page 12]', notes: ['1']})
    expect([letter!.from.map((p) => p.name), letter!.to.map((p) => p.name)]).toEqual([['Churchill'], ['Roosevelt']])
    expect(letter!.body.map((p) => p.text)).toEqual(['All is well.'])
  })
})
