/**
 * The line forms (src/parse/forms/): each read on lines of real transcripts.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseLetters} from '../src/api.js'
import {forms, readLine} from '../src/parse/forms/index.js'
import {readNumberedHeading} from '../src/parse/forms/numbered-heading.js'
import {readAddressedBodies} from '../src/extract/addressee.js'

const facts = {indent: 0, hasDigit: false, nameLike: false}

describe('forms registry', () => {
  it('orders every form once, each with a kind, a length limit and a reader', () => {
    expect(new Set(forms).size).toBe(forms.length)
    for (const form of forms) {
      expect(typeof form.kind).toBe('string')
      expect(form.maxLength).toBeGreaterThan(0)
      expect(typeof form.read).toBe('function')
    }
  })
  it('reads a line no form reads as running text, with the reason', () => {
    expect(readLine('I went to town and bought some bread.', facts)).toMatchObject({kind: 'prose', reason: 'running text'})
  })
})

describe('numbered heading: `I.--TO CHARLES COWDEN CLARKE.`', () => {
  it('reads the numeral as the number and the rest as a heading, spans true to the line', () => {
    const text = 'I.--TO CHARLES COWDEN CLARKE.'
    const parts = readNumberedHeading(text)
    expect(parts?.number).toBe('I')
    expect(parts?.to.map((span) => text.slice(span.start, span.end))).toEqual(['CHARLES COWDEN CLARKE'])
    expect(readLine(text, facts).kind).toBe('heading')
  })
  it('reads arabic numerals and mixed case (Byron)', () => {
    const text = '161.--To Scrope Berdmore Davies.'
    const parts = readNumberedHeading(text)
    expect(parts?.number).toBe('161')
    expect(parts?.to.map((span) => text.slice(span.start, span.end))).toEqual(['Scrope Berdmore Davies'])
  })
  it('reads no number where no heading follows the dash', () => {
    expect(readNumberedHeading('I.--And then we went home.')).toBeNull()
    expect(readNumberedHeading('TO CHARLES COWDEN CLARKE.')).toBeNull()
  })
  it('cuts the Keats letters 1816–1817 at their numbered headings', () => {
    const text = readFileSync(new URL('../fixtures/printed/gutenberg-keats-letters-1816-1817-i-vi.txt', import.meta.url), 'utf8')
    const letters = parseLetters(text)
    // Every numbered heading opens a letter (one letter still splits in two before the layout is learnt).
    expect(letters.map((letter) => letter.number).filter(Boolean)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI'])
    expect(letters[0]!.heading?.text).toBe('I.--TO CHARLES COWDEN CLARKE.')
    expect(letters[0]!.to.map((person) => person.surname)).toEqual(['Clarke'])
  })
})

/** The letters of a fixture transcript. */
function fixture(name: string) {
  return parseLetters(readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8'))
}

describe('closes of the printed editions', () => {
  it('reads subscriptions and adverb closes in any order as closes (Keats, Dickens, Byron)', () => {
    for (const line of ['Your affectionate Brother', 'Your sincere friend', 'Your unhappy.', 'Ever yours affectionately.', 'Faithfully yours always.', 'Always faithfully yours.', 'Yours ever.', 'Thine,']) {
      expect(readLine(line, facts).kind, line).toBe('closing')
    }
    for (const line of ['Your letter came.', 'Yours is the best.', 'Ever and always.']) {
      expect(readLine(line, facts).kind, line).not.toBe('closing')
    }
  })
  it('takes a name the edition elided as a signature: `JOHN ----.` (Keats 1820)', () => {
    const letters = fixture('printed/gutenberg-keats-letters-1820-cl-cliv')
    expect(letters[0]!.closing).toBe('Your affectionate Brother')
    expect(letters[0]!.signature?.raw).toBe('JOHN ----.')
    expect(letters[0]!.from.map((person) => person.name)).toEqual(['John ----'])
    expect(letters[0]!.body).toHaveLength(1)
  })
  it('reads `POSTSCRIPT.--` as a postscript (Madison’s East Florida papers)', () => {
    const letters = fixture('official/gutenberg-richardson-madison-east-florida-papers-1811-1812')
    expect(letters[1]!.postscript.map((p) => p.text.slice(0, 25))).toEqual(['POSTSCRIPT.--If Governor '])
  })
})

describe('datelines and headings of the printed editions', () => {
  it('reads past an editor’s note number glued to the place: `Mortimer Terrace,[117] Wednesday [July 5, 1820].`', () => {
    const reading = readLine('Mortimer Terrace,[117] Wednesday [July 5, 1820].', {...facts, hasDigit: true})
    expect(reading.kind).toBe('dateline')
    expect(fixture('printed/gutenberg-keats-letters-1820-cl-cliv')[1]!.date?.iso).toBe('1820-07-05')
  })
  it('reads a heading with an elided name: `163.--To----Bolton.` (Byron)', () => {
    const parts = readNumberedHeading('163.--To----Bolton.')
    expect(parts?.number).toBe('163')
    expect(parts?.to.map((span) => span.text)).toEqual(['Bolton'])
  })
  it('reads `His Excellency …` and an office after the addressee (`, the governor of Georgia`)', () => {
    const letters = fixture('official/gutenberg-richardson-madison-east-florida-papers-1811-1812')
    expect(letters.slice(1, 5).map((letter) => letter.to.map((person) => person.surname))).toEqual([['Matthews', "M'Kee"], ['Matthews'], ['Mitchell'], ['Mitchell']])
    expect(letters[3]!.heading?.text).toBe('_The Secretary of State to His Excellency D.B. Mitchell, the governor of Georgia_.')
  })
  it('keeps `General MATTHEWS, etc.` over `SIR: …` out of the body (the inside address)', () => {
    const letters = fixture('official/gutenberg-richardson-madison-east-florida-papers-1811-1812')
    expect(letters[2]!.body[0]!.text.startsWith('SIR: I have had the honor')).toBe(true)
  })
})

describe('text between letters, where headings or numbers open them', () => {
  it('leaves the editors’ NARRATIVE and `_Note by Lord Brabourne._` outside any letter (Dickens, Austen)', () => {
    expect(fixture('printed/gutenberg-dickens-letters-v1-1845-1846-b')).toHaveLength(6)
    const austen = fixture('printed/gutenberg-austen-letters-1814-1816-lxiii-lxviii')
    expect(austen.map((letter) => letter.number)).toEqual(['LXIII', 'LXIV', 'LXV', 'LXVI', 'LXVII', 'LXVIII'])
  })
  it('opens a letter at `(Translation.)` and its date after a body (the 1843 Blue Book)', () => {
    const letters = fixture('official/gutenberg-blue-book-turkey-apostacy-1843-nos-10-13')
    expect(letters.some((letter) => letter.body[0]?.text.startsWith('A young Greek turned Turk'))).toBe(true)
  })
})

describe('letters quoted in a message (Jefferson, 1802; Grant, 1870)', () => {
  it('reads the addressee under the date when no heading names one', () => {
    const letters = fixture('official/gutenberg-richardson-jefferson-messages-claiborne-1802-12')
    const quoted = letters.filter((letter) => letter.heading === null)
    expect(quoted.map((letter) => letter.to.map((person) => person.name))).toEqual(
      expect.arrayContaining([['Speaker of the House of Representatives'], ['Secretary of State'], ['William C.C. Claiborne']])
    )
  })
  it('reads a place of several parts before the date: `ORDNANCE OFFICE, WAR DEPARTMENT, _Washington, December 11, 1869_.`', () => {
    const reading = readLine('ORDNANCE OFFICE, WAR DEPARTMENT, _Washington, December 11, 1869_.', {...facts, hasDigit: true})
    expect(reading.kind).toBe('dateline')
    const letters = fixture('official/gutenberg-richardson-grant-messages-vetoes-1870-07')
    expect(letters).toHaveLength(6)
    expect(letters[5]!.place).toBe('Washington')
  })
  it('keeps a date that ends a wrapped list item in the text (Jackson, 1833)', () => {
    const letters = fixture('official/gutenberg-richardson-jackson-special-messages-1833-34')
    expect(letters).toHaveLength(6)
  })
})

describe('FRUS telegrams', () => {
  it('reads decimal file numbers with names and parentheses as source notes', () => {
    for (const line of ['824.001 Busch, German/10: Telegram', '811.20 Defense (M) Colombia/42a: Telegram', '856d.00/2–2449: Telegram', '740.00/834: Telegram']) {
      expect(readLine(line, {...facts, hasDigit: true}).kind, line).toBe('sourceNote')
    }
  })
  it('reads `Bogotá, September 23, 1942—noon.` as a dateline and `Repeated to Panama for …` as text (1942 vol. VI d194)', () => {
    expect(readLine('Bogotá, September 23, 1942—noon.', {...facts, hasDigit: true}).kind).toBe('dateline')
    expect(readLine('Repeated to Panama for General Andrews.', facts).kind).not.toBe('heading')
    const letters = fixture('frus/frus-1942v06-d194')
    expect(letters).toHaveLength(1)
    expect(letters[0]!.signature?.raw).toBe('Lane')
  })
})

describe('the German White Book (1914): telegrams of offices', () => {
  it('reads `Telegram of X to Y on <date>`, a date wrapped to the next line, `. Urgent.`, and offices where they sit', () => {
    const letters = fixture('official/gutenberg-why-we-are-at-war-german-white-book-exhibits-6-10b')
    expect(letters.map((letter) => letter.number)).toEqual(['6', '7', '8', '9', '10', '10a', '10b'])
    expect(letters.map((letter) => letter.date?.iso)).toEqual(['1914-07-25', '1914-07-26', '1914-07-27', '1914-07-27', '1914-07-26', '1914-07-26', '1914-07-26'])
    expect(letters[2]!.from.map((party) => party.name)).toEqual(['Imperial Consulate at Kovno'])
    expect(letters[4]!.to.map((party) => party.name)).toEqual(['Imperial Ambassador at London'])
  })
})

describe('numbered editions: number lines as headings, signatures in capitals, kin in salutations', () => {
  it('takes `_Letter 43._` as the heading where no other heading is printed (Osborne), not `No. 20.` (Napoleon)', () => {
    const osborne = fixture('printed/gutenberg-osborne-love-letters-43-47')
    expect(osborne.map((letter) => [letter.number, letter.heading?.text])).toEqual([
      ['43', '_Letter 43._'], ['44', '_Letter 44._'], ['45', '_Letter 45._'], ['46', '_Letter 46._'], ['47', '_Letter 47._']
    ])
    expect(fixture('printed/gutenberg-napoleon-to-josephine-1806-12-nos-20-26')[0]!.heading?.text).toBe('TO THE EMPRESS, AT MAYENCE.')
  })
  it('reads `WOLFGANG.` alone before a postscript as the signature, and `MY VERY DEAR SISTER` names no addressee (Mozart, 1771)', () => {
    const mozart = fixture('printed/gutenberg-mozart-letters-v1-1771-33-39')
    expect(mozart[0]!.signature?.raw).toBe('WOLFGANG.')
    expect(mozart[0]!.postscript).toHaveLength(1)
    expect(mozart[0]!.body).toHaveLength(1)
    expect(mozart[0]!.to).toEqual([])
  })
})

describe('a house number before the place', () => {
  it('reads `23 HANS PLACE, Wednesday (Nov. 30, 1814).` as a dateline whose place is the house (Austen)', () => {
    const letters = fixture('printed/gutenberg-austen-letters-1814-1816-lxiii-lxviii')
    const lxvi = letters.find((letter) => letter.number === 'LXVI')!
    expect(lxvi.date?.iso).toBe('1814-11-30')
    expect(lxvi.place).toBe('HANS PLACE')
  })
})

describe('replies to a legislature (Adams, 1798)', () => {
  it('reads `REPLY OF THE PRESIDENT.` as the heading and the house addressed under it by its short name', () => {
    expect(readLine('REPLY OF THE PRESIDENT.', facts).kind).toBe('heading')
    const letters = fixture('official/gutenberg-richardson-john-adams-addresses-replies-1798-12')
    expect(letters.map((letter) => [letter.heading?.text, letter.to.map((party) => party.name)])).toEqual([
      ['ADDRESS OF THE SENATE TO JOHN ADAMS, PRESIDENT OF THE UNITED STATES.', expect.any(Array)],
      ['REPLY OF THE PRESIDENT.', ['Senate']],
      [expect.stringContaining('ADDRESS OF THE HOUSE OF REPRESENTATIVES'), expect.any(Array)],
      ['REPLY OF THE PRESIDENT.', ['House of Representatives']]
    ])
  })
})

describe('postscripts after a close without a signature (Dickens, 1845)', () => {
  it('reads the N.B. blocks after `Ever yours affectionately.` as postscripts', () => {
    const dickens = fixture('printed/gutenberg-dickens-letters-v1-1845-1846-b')
    expect(dickens[0]!.closing).toBe('Ever yours affectionately.')
    expect(dickens[0]!.body).toHaveLength(2)
    expect(dickens[0]!.postscript.map((block) => block.text.slice(0, 9))).toEqual(['N.B.--Obs', 'N.B. No. ', 'N.B. No. '])
  })
})

describe('addresses to both houses', () => {
  it('reads `_Gentlemen of the Senate and of the House of Representatives_:` as both houses (Jefferson, 1802)', () => {
    expect(readAddressedBodies('_Gentlemen of the Senate and of the House of Representatives_:')).toEqual([{text: 'Senate'}, {text: 'House of Representatives'}])
    expect(readAddressedBodies('_To the Senate of the United States_.', {stop: true})).toEqual([{text: 'Senate'}])
    expect(readAddressedBodies('_To the Senate of the United States_.')).toBeNull()
    const letters = fixture('official/gutenberg-richardson-jefferson-messages-claiborne-1802-12')
    expect(letters[0]!.to.map((party) => party.name)).toEqual(['Senate', 'House of Representatives'])
  })
})

describe('a letter quoted in a message, its addressee in capitals (Washington to Adams, 1798)', () => {
  it('reads `MOUNT VERNON, _July 13, 1798_.` / `JOHN ADAMS,` / `_President of the United States_.` as date, place and addressee', () => {
    const letters = fixture('official/gutenberg-richardson-john-adams-messages-washington-acceptance-1798')
    const washington = letters.at(-1)!
    expect([washington.date?.iso, washington.place, washington.to.map((party) => party.surname)]).toEqual(['1798-07-13', 'MOUNT VERNON', ['Adams']])
  })
})

describe('FRUS notes and memoranda', () => {
  it('reads the diplomatic closes FRUS cuts with `[etc.]` as closes', () => {
    for (const line of ['I avail myself [etc.]', 'Accept [etc.]', 'Please accept [etc.]']) expect(readLine(line, facts).kind, line).toBe('closing')
    expect(fixture('frus/frus-1948v05p1-d104')[0]!.body).toHaveLength(3)
  })
  it('reads `Mr. Andrew E. Donovan of the Division of the American Republics` as Donovan, of that division', () => {
    const [memo] = fixture('frus/frus-1939v05-d320')
    expect(memo!.from.map((party) => [party.surname, party.roles])).toEqual([['Donovan', ['Mr', 'Division of the American Republics']]])
  })
})

describe('a dateline of a place and a weekday', () => {
  it('reads `HANS PLACE, Wednesday.` as the dateline (no date value, the place read), not a sentence ending in a weekday', () => {
    expect(readLine('HANS PLACE, Wednesday.', facts).kind).toBe('dateline')
    expect(readLine('I went there, Monday.', facts).kind).toBe('prose')
    const lxv = fixture('printed/gutenberg-austen-letters-1814-1816-lxiii-lxviii').find((letter) => letter.number === 'LXV')!
    expect([lxv.date, lxv.place, lxv.body[0]!.text.slice(0, 12)]).toEqual([null, 'HANS PLACE', 'MY DEAR ANNA'])
  })
})
