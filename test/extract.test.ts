/**
 * Unit tests for the extractors of `src/extract`, on the forms issue 2 lists.
 * Lines are taken from the transcripts in `fixtures/` where the corpus prints them;
 * forms the corpus does not print (`18th July, 1941`, a joint heading) are marked as such.
 */
import {describe, expect, it} from 'vitest'
import {isClassification, isLabel, leadingClassification} from '../src/extract/classification.js'
import {findDate, looksLikeDate, readDate} from '../src/extract/date.js'
import {readActionLine, readDateline} from '../src/extract/dateline.js'
import {findFootnoteMarkers, findPageMarkers, readFootnoteLine} from '../src/extract/footnote.js'
import {parseAddressLine, parseHeading} from '../src/extract/heading.js'
import {
  isClosing,
  isEditorialNote,
  isFurniture,
  isSalutation,
  isSeparator,
  isSourceNote,
  readLetterNumber,
  readMetadata,
  readPageMarkerLine,
  readPostscriptStart,
  readRunInSalutation,
  readSerial,
  salutationName
} from '../src/extract/lines.js'
import {fixCapitals, parseInvertedName, parsePerson, splitJoint} from '../src/extract/person.js'
import {parseSource} from '../src/extract/source.js'

/** The parties of a parsed heading, as printed. */
function partiesOf(text: string) {
  const heading = parseHeading(text)
  if (!heading) return null
  return {from: heading.from.map((s) => s.text), to: heading.to.map((s) => s.text)}
}

describe('date', () => {
  it.each([
    // Sample: `July 18, 1941` (fixtures/stalin-churchill-1941.txt, line 17).
    ['July 18, 1941', 'July 18, 1941', '1941-07-18', 'day'],
    // fixtures/dev/rusarchives-stalin-churchill-1941-07-18.txt, line 5.
    ['18 July 1941', '18 July 1941', '1941-07-18', 'day'],
    // Forms of issue 2 the corpus does not print as a line of its own.
    ['18th July, 1941', '18th July, 1941', '1941-07-18', 'day'],
    ['July 18th, 1941.', 'July 18th, 1941', '1941-07-18', 'day'],
    ['July, 1941', 'July, 1941', '1941-07', 'month'],
    ['1941', '1941', '1941', 'year']
  ] as const)('should read `%s` cut to its precision', (line, text, iso, precision) => {
    expect(readDate(line)).toEqual({start: 0, end: text.length, text, iso, precision, inferred: false, problems: []})
  })

  it('should not turn an impossible date into a value, and say why', () => {
    expect(readDate('February 30, 1942')).toEqual({
      start: 0,
      end: 17,
      text: 'February 30, 1942',
      iso: null,
      precision: 'day',
      inferred: false,
      problems: ['`February 30, 1942` is not a real date']
    })
    expect(looksLikeDate('February 30, 1942')).toBe(true)
  })

  it('should read OCR letters as digits and mark the value inferred (`August llth, 194l.`)', () => {
    // fixtures/dev/fdrlib-psf-box1-t07i02.txt, line 1.
    const line = 'THE WHITE HOUSE WASHINGTON U.S.S. AUGUSTA August llth, 194l. My dear King George:'
    expect(findDate(line)).toEqual({
      start: 42,
      end: 59,
      text: 'August llth, 194l',
      iso: '1941-08-11',
      precision: 'day',
      inferred: true,
      problems: ['OCR letters read as digits in day `llth`', 'OCR letter read as digit in year `194l`']
    })
  })

  it('should leave the century of a two-digit year to the document (`26.5.43`)', () => {
    expect(readDate('26.5.43')).toEqual({
      start: 0,
      end: 7,
      text: '26.5.43',
      iso: null,
      precision: 'day',
      inferred: false,
      order: 'dmy',
      problems: ['the year `43` prints no century'],
      undecided: {year: 43, shortYear: true, month: 5, day: 26, order: false}
    })
  })

  it('should not read a date in a sentence as a date line', () => {
    expect(readDate('Allow me to thank you for your two personal messages.')).toBeNull()
    expect(readDate('I sent you my telegram of September 5th, 1941 at once')).toBeNull()
  })

  it('should not take a bare year from prose unless asked', () => {
    expect(findDate('the Great Patriotic War of 1941-1945')).toBeNull()
    expect(findDate('Moscow 1957', {bareYear: true})?.iso).toBe('1957')
  })
})

describe('dateline', () => {
  it('should read an 18th-century dateline with a place (`Mount Vernon Mar. 3d. 1784.`)', () => {
    // fixtures/dev/founders-api-washington-to-jefferson-1784-03-03-tjp.txt, line 6.
    expect(readDateline('Mount Vernon Mar. 3d. 1784.')).toEqual({
      date: {start: 13, end: 26, text: 'Mar. 3d. 1784', iso: '1784-03-03', precision: 'day', inferred: false, problems: []},
      place: {text: 'Mount Vernon', start: 0, end: 12, bracketed: false},
      supplied: false
    })
  })

  it('should read a place and a date (`London, July 12, 1861.`)', () => {
    // fixtures/dev/frus-1861-d59-d60.txt.
    expect(readDateline('London, July 12, 1861.')).toEqual({
      date: {start: 8, end: 21, text: 'July 12, 1861', iso: '1861-07-12', precision: 'day', inferred: false, problems: []},
      place: {text: 'London', start: 0, end: 6, bracketed: false},
      supplied: false
    })
  })

  it('should read a date alone as a dateline without a place', () => {
    expect(readDateline('July 18, 1941')).toEqual({
      date: {start: 0, end: 13, text: 'July 18, 1941', iso: '1941-07-18', precision: 'day', inferred: false, problems: []},
      place: null,
      supplied: false
    })
  })

  it('should not read a sentence of the body as a dateline', () => {
    expect(readDateline('Allow me to thank you for your two personal messages.')).toBeNull()
  })

  it('should read an action line (`Received on November 22, 1941`)', () => {
    // Sample, line 21.
    expect(readActionLine('Received on November 22, 1941')).toEqual({
      action: 'received',
      date: {start: 12, end: 29, text: 'November 22, 1941', iso: '1941-11-22', precision: 'day', inferred: false, problems: []},
      partial: null
    })
  })
})

describe('heading', () => {
  it('should read `X TO Y` (`W. CHURCHILL TO J. V. STALIN`)', () => {
    // Sample, line 23, footnote marker taken out (the pipeline removes markers before reading parties).
    expect(parseHeading('W. CHURCHILL TO J. V. STALIN')).toEqual({
      classification: null,
      kind: null,
      from: [{text: 'W. CHURCHILL', start: 0, end: 12}],
      to: [{text: 'J. V. STALIN', start: 16, end: 28}],
      date: null,
      citation: null,
      number: null,
      strength: 'strong'
    })
  })

  it('should keep a trailing parenthesis that is neither a date nor a citation, or that holds another', () => {
    // `(Harriman)` names a person: the parenthesis stays in the party.
    expect(partiesOf('The Secretary of State to the Ambassador in the Soviet Union (Harriman)')).toEqual({
      from: ['The Secretary of State'],
      to: ['the Ambassador in the Soviet Union (Harriman)']
    })
    expect(parseHeading('Stalin to Churchill (see (a) above)')?.citation).toBeNull()
    expect(parseHeading('Mr. Gromyko to the Secretary of State (Correspondence Vol. 1, No. 93)')).toMatchObject({
      citation: {text: 'Correspondence Vol. 1, No. 93'},
      number: '93'
    })
  })

  it('should read `X to Y` (`J. V. Stalin to W. Churchill`, `Mr. Adams to Mr. Seward.`)', () => {
    // fixtures/dev/marxists-stalin-churchill-1942-p1.txt; fixtures/dev/frus-1861-d59-d60.txt.
    expect(partiesOf('J. V. Stalin to W. Churchill')).toEqual({from: ['J. V. Stalin'], to: ['W. Churchill']})
    expect(partiesOf('Mr. Adams to Mr. Seward.')).toEqual({from: ['Mr. Adams'], to: ['Mr. Seward']})
    expect(partiesOf('Prime Minister Attlee to President Truman')).toEqual({from: ['Prime Minister Attlee'], to: ['President Truman']})
  })

  it('should read `Personal Message from X to Y`', () => {
    // Sample, line 3.
    expect(parseHeading('Personal Message from Stalin to Mr Churchill')).toEqual({
      classification: {text: 'Personal', start: 0, end: 8},
      kind: 'Message',
      from: [{text: 'Stalin', start: 22, end: 28}],
      to: [{text: 'Mr Churchill', start: 32, end: 44}],
      date: null,
      citation: null,
      number: null,
      strength: 'strong'
    })
  })

  it('should read `MESSAGE FROM PREMIER X TO PRIME MINISTER Y`', () => {
    // Sample, line 39.
    expect(parseHeading('MESSAGE FROM PREMIER STALIN TO PRIME MINISTER CHURCHILL')).toEqual({
      classification: null,
      kind: 'MESSAGE',
      from: [{text: 'PREMIER STALIN', start: 13, end: 27}],
      to: [{text: 'PRIME MINISTER CHURCHILL', start: 31, end: 55}],
      date: null,
      citation: null,
      number: null,
      strength: 'strong'
    })
  })

  it('should read `Personal and Secret Message from … to …`', () => {
    // fixtures/dev/ciml-stalin-correspondence-v1-1945-p1.txt.
    expect(parseHeading('Personal and secret message from Premier J. V. Stalin to President Franklin D. Roosevelt')).toEqual({
      classification: {text: 'Personal and secret', start: 0, end: 19},
      kind: 'message',
      from: [{text: 'Premier J. V. Stalin', start: 33, end: 53}],
      to: [{text: 'President Franklin D. Roosevelt', start: 57, end: 88}],
      date: null,
      citation: null,
      number: null,
      strength: 'strong'
    })
    // The same with `to` first, and without `message`.
    expect(partiesOf('Personal and secret message to President Franklin D. Roosevelt from Premier J. V. Stalin')).toEqual({
      from: ['Premier J. V. Stalin'],
      to: ['President Franklin D. Roosevelt']
    })
    expect(parseHeading('Personal and Secret from Premier J. V. Stalin to the Prime Minister, Mr W. Churchill')).toMatchObject({
      classification: {text: 'Personal and Secret'},
      kind: null,
      from: [{text: 'Premier J. V. Stalin'}],
      to: [{text: 'the Prime Minister, Mr W. Churchill'}]
    })
  })

  it('should split a joint heading `X and Y to Z`', () => {
    // Form of issue 2; the corpus has no joint heading line.
    expect(parseHeading('President Roosevelt and Prime Minister Churchill to Marshal Stalin')).toEqual({
      classification: null,
      kind: null,
      from: [
        {text: 'President Roosevelt', start: 0, end: 19},
        {text: 'Prime Minister Churchill', start: 24, end: 48}
      ],
      to: [{text: 'Marshal Stalin', start: 52, end: 66}],
      date: null,
      citation: null,
      number: null,
      strength: 'strong'
    })
  })

  it('should not read a sentence of the body as a heading', () => {
    expect(parseHeading('Many thanks for your message just received.')).toBeNull()
    expect(parseHeading('Allow me to thank you for your two personal messages.')).toBeNull()
  })

  it('should read a telegram address line', () => {
    // fixtures/dev/frus-1944v03-d1160.txt (Roosevelt to Stalin).
    expect(parseAddressLine('Number 32. Top Secret and Personal. For Marshal Stalin from the President.')).toEqual({
      serial: {text: '32', start: 0, end: 9},
      classification: {text: 'Top Secret and Personal', start: 11, end: 34},
      from: [{text: 'the President', start: 60, end: 73}],
      to: [{text: 'Marshal Stalin', start: 40, end: 54}]
    })
  })
})

describe('person', () => {
  it.each([
    ['PREMIER STALIN', {name: 'Stalin', surname: 'Stalin', forename: null, roles: ['Premier']}],
    ['PRIME MINISTER CHURCHILL', {name: 'Churchill', surname: 'Churchill', forename: null, roles: ['Prime Minister']}],
    ['Mr Churchill', {name: 'Churchill', surname: 'Churchill', forename: null, roles: ['Mr']}],
    ['Mr. Adams', {name: 'Adams', surname: 'Adams', forename: null, roles: ['Mr']}],
    ['Marshal Stalin', {name: 'Stalin', surname: 'Stalin', forename: null, roles: ['Marshal']}],
    ['President Franklin D. Roosevelt', {name: 'Franklin D. Roosevelt', surname: 'Roosevelt', forename: 'Franklin D.', roles: ['President']}],
    ['Premier J. V. Stalin', {name: 'J. V. Stalin', surname: 'Stalin', forename: 'J. V.', roles: ['Premier']}],
    ['J. V. STALIN', {name: 'J. V. Stalin', surname: 'Stalin', forename: 'J. V.', roles: []}],
    ['W. CHURCHILL', {name: 'W. Churchill', surname: 'Churchill', forename: 'W.', roles: []}],
    ['Stalin', {name: 'Stalin', surname: 'Stalin', forename: null, roles: []}]
  ] as const)('should read `%s` into name, roles and initials', (raw, expected) => {
    expect(parsePerson(raw)).toEqual({raw, ...expected, kind: 'person'})
  })

  it('should read an office in apposition (`the Prime Minister, Mr W. Churchill`)', () => {
    expect(parsePerson('the Prime Minister, Mr W. Churchill')).toEqual({
      raw: 'the Prime Minister, Mr W. Churchill',
      name: 'W. Churchill',
      surname: 'Churchill',
      forename: 'W.',
      roles: ['Prime Minister', 'Mr'],
      kind: 'person'
    })
  })

  it('should read a name in parentheses after an office (FRUS)', () => {
    expect(parsePerson('the American Chargé in the Soviet Union (Henderson)')).toEqual({
      raw: 'the American Chargé in the Soviet Union (Henderson)',
      name: 'Henderson',
      surname: 'Henderson',
      forename: null,
      roles: ['American Chargé in the Soviet Union'],
      kind: 'person'
    })
  })

  it('should read an office without a name as an office', () => {
    expect(parsePerson('the President')).toMatchObject({name: 'President', surname: null, forename: null, kind: 'office'})
    expect(parsePerson('Secretary of State')).toMatchObject({name: 'Secretary of State', surname: null, kind: 'office'})
  })

  it('should give `null` for text with no letters', () => {
    expect(parsePerson('')).toBeNull()
    expect(parsePerson(' 1941 ')).toBeNull()
  })

  it('should split joint parties only where both sides name someone', () => {
    expect(splitJoint('President Roosevelt and Prime Minister Churchill')).toEqual([
      {text: 'President Roosevelt', start: 0},
      {text: 'Prime Minister Churchill', start: 24}
    ])
    expect(splitJoint('Council of Ministers and Presidium')).toEqual([{text: 'Council of Ministers and Presidium', start: 0}])
  })

  it('should title-case capitals and read catalogue names', () => {
    expect(fixCapitals('CHURCHILL')).toBe('Churchill')
    expect(fixCapitals('J.')).toBe('J.')
    expect(parseInvertedName('Washington, George')).toEqual({
      raw: 'Washington, George',
      name: 'George Washington',
      surname: 'Washington',
      forename: 'George',
      roles: [],
      kind: 'person'
    })
  })
})

describe('footnote', () => {
  it('should find a star after a heading (`STALIN*`)', () => {
    // Sample, line 23.
    expect(findFootnoteMarkers('W. CHURCHILL TO J. V. STALIN*')).toEqual([{start: 28, end: 29, label: '*', kind: 'footnote'}])
  })

  it('should find a star after a word of the body (`you*`)', () => {
    // Sample, line 33.
    expect(findFootnoteMarkers('in constant consultation with you* to the utmost of our strength')).toEqual([
      {start: 33, end: 34, label: '*', kind: 'footnote'}
    ])
  })

  it('should find digits after a full stop (`Republic.96`)', () => {
    // fixtures/dev/frus-1945Malta-d5.txt.
    expect(findFootnoteMarkers('a Provisional National Government of the Polish Republic.96 You will')).toEqual([
      {start: 57, end: 59, label: '96', kind: 'footnote'}
    ])
  })

  it('should find digits after a closing parenthesis (`(Henderson)98`)', () => {
    // fixtures/dev/frus-1941v04-d552.txt.
    const line = 'The People’s Commissar for Foreign Affairs of the Soviet Union (Molotov) to the American Chargé in the Soviet Union (Henderson)98'
    expect(findFootnoteMarkers(line)).toEqual([{start: 127, end: 129, label: '98', kind: 'footnote'}])
  })

  it('should take a spaced trailing number only when asked (headings)', () => {
    expect(findFootnoteMarkers('President Roosevelt to Marshal Stalin 1')).toEqual([])
    expect(findFootnoteMarkers('President Roosevelt to Marshal Stalin 1', {trailing: true})).toEqual([{start: 38, end: 39, label: '1', kind: 'footnote'}])
  })

  it('should not take numbers after abbreviations, codes or in separators', () => {
    expect(findFootnoteMarkers('Your despatch, No.32, dated the 1st of July')).toEqual([])
    expect(findFootnoteMarkers('Correspondence V1, No. 93')).toEqual([])
    expect(findFootnoteMarkers('* * *')).toEqual([])
  })

  it('should find page markers', () => {
    expect(findPageMarkers('the end of the war [Page 114] and after')).toEqual([{start: 19, end: 29, label: '[Page 114]', kind: 'page', value: '114'}])
  })

  it('should read footnote definition lines', () => {
    expect(readFootnoteLine('1. Code name for Winston Churchill.', 2)).toEqual({label: '1', textStart: 3, textEnd: 35})
    expect(readFootnoteLine('1. Code name for Winston Churchill.', 0)).toBeNull()
    expect(readFootnoteLine('* * *', 0)).toBeNull()
  })
})

describe('source', () => {
  it('should read `Source: Stalin: Works, Vol. 17: 1941` into author, title, volume, year', () => {
    // Sample, line 19.
    expect(parseSource('Source: Stalin: Works, Vol. 17: 1941')).toEqual({
      text: 'Stalin: Works, Vol. 17: 1941',
      textStart: 8,
      title: 'Works',
      author: 'Stalin',
      volume: '17',
      number: null,
      page: null,
      publisher: null,
      place: null,
      year: '1941',
      date: null,
      kind: 'citation'
    })
  })

  it('should read the 1957 edition line into title, volume, publisher, place, year', () => {
    // Sample, lines 37 and 53.
    const text =
      'Correspondence between the Chairman of the Council of Ministers of the U.S.S.R. and the Presidents of the U.S.A and the Prime Ministers of Great Britain during the Great Patriotic War of 1941-1945. Volume One. Ministry of Foreign Affairs of the U.S.S.R. Foreign Languages Publishing House. Moscow 1957.'
    expect(parseSource('Source: ' + text)).toMatchObject({
      text,
      textStart: 8,
      title:
        'Correspondence between the Chairman of the Council of Ministers of the U.S.S.R. and the Presidents of the U.S.A and the Prime Ministers of Great Britain during the Great Patriotic War of 1941-1945',
      volume: 'One',
      number: null,
      page: null,
      // The Ministry compiled the edition; the publisher is the Publishing House.
      publisher: 'Foreign Languages Publishing House',
      place: 'Moscow',
      year: '1957',
      date: null,
      kind: 'citation'
    })
  })

  it('should read an author with initials, volume, page, publisher, place and year', () => {
    // fixtures/dev/marxists-stalin-works4-1918-09-06-telegram.txt.
    expect(parseSource('Source: J. V. Stalin, Works, Volume 4, page 131. Foreign Languages Publishing House, Moscow, 1953')).toEqual({
      text: 'J. V. Stalin, Works, Volume 4, page 131. Foreign Languages Publishing House, Moscow, 1953',
      textStart: 8,
      title: 'Works',
      author: 'J. V. Stalin',
      volume: '4',
      number: null,
      page: '131',
      publisher: 'Foreign Languages Publishing House',
      place: 'Moscow',
      year: '1953',
      date: null,
      kind: 'citation'
    })
  })

  it('should keep a FRUS source note whole', () => {
    expect(parseSource('Roosevelt Papers: Telegram')).toMatchObject({text: 'Roosevelt Papers: Telegram', title: 'Roosevelt Papers', volume: null, year: null})
    expect(parseSource('740.00/834: Telegram')).toMatchObject({text: '740.00/834: Telegram', kind: 'fileNote'})
  })
})

describe('classification', () => {
  it('should read a marking line', () => {
    expect(isClassification('Personal and Top Secret.')).toBe(true)
    expect(isClassification('Personal and Secret from Premier J. V. Stalin')).toBe(false)
    expect(leadingClassification('Personal and Secret from Premier J. V. Stalin')).toBe('Personal and Secret')
    expect(leadingClassification('Allow me to thank you')).toBeNull()
  })

  it('should read editorial labels', () => {
    expect(isLabel('[Extract.]')).toBe(true)
    expect(isLabel('Translation')).toBe(true)
    expect(isLabel('Personal and Top Secret.')).toBe(false)
  })
})

describe('lines', () => {
  it('should read document numbers, serials and page markers', () => {
    expect(readLetterNumber('No. 141')).toBe('141')
    expect(readLetterNumber('No. 14.]')).toBeNull()
    expect(readSerial('No. 14.]')).toEqual({value: '14', kind: 'despatch'})
    expect(readSerial('1941')).toBeNull()
    expect(readPageMarkerLine('[Page 114]')).toBe('114')
  })

  it('should read page furniture and separators', () => {
    expect(isFurniture('Back to top')).toBe(true)
    expect(isFurniture('Text Version')).toBe(true)
    expect(isFurniture('Allow me to thank you')).toBe(false)
    expect(isSeparator('* * *')).toBe(true)
    expect(isSeparator('W. CHURCHILL TO J. V. STALIN*')).toBe(false)
  })

  it('should read metadata and source notes', () => {
    expect(readMetadata('Title: From George Washington to Thomas Jefferson, 3 March 1784')).toEqual({key: 'title', valueStart: 7})
    expect(readMetadata('Publisher : Progress Publishers, Moscow, USSR')).toEqual({key: 'publisher', valueStart: 12})
    expect(isSourceNote('740.00/834: Telegram')).toBe(true)
    expect(isSourceNote('Roosevelt Papers: Telegram')).toBe(true)
    expect(isSourceNote('Allow me to thank you for your two personal messages.')).toBe(false)
  })

  it('should read salutations, closings and postscripts', () => {
    expect(isSalutation('Dear Churchill')).toBe(true)
    expect(isSalutation('My dear Mr. President,')).toBe(true)
    expect(isSalutation('Allow me to thank you for your two personal messages.')).toBe(false)
    expect(readRunInSalutation('Sir: Upon considering your propositions of Saturday last I have two remarks to make.')).toBe('Sir')
    expect(isClosing('Yours sincerely,')).toBe(true)
    expect(isClosing('I have the honor to be, sir, your obedient servant,')).toBe(true)
    expect(isClosing('Thank you for your message.')).toBe(false)
    expect(readPostscriptStart('P.S. Has not Congress received a Memorial from Mr DeWitt')).toBe(5)
    expect(readPostscriptStart('Please send')).toBeNull()
  })

  it('should read the name a salutation addresses, and the closes of the lexicon', () => {
    // Salutations of the printed collections (fixtures/printed): `My dear Haydon,`, `Dear Sir,`.
    expect(salutationName('My dear Haydon')).toBe('Haydon')
    expect(salutationName('Esteemed Mr. President')).toBe('Mr. President')
    expect(salutationName('Sir')).toBeNull()
    // One list of adverbs for every close: the forms the corpus prints and their siblings.
    expect(isClosing('Very truly yours.')).toBe(true)
    expect(isClosing('Faithfully yours')).toBe(true)
    expect(isClosing('With my very best wishes')).toBe(true)
    expect(isClosing('Truly a great day.')).toBe(false)
  })

  it('should read editorial notes', () => {
    expect(isEditorialNote('Marks in blue pencil by Joseph Stalin.')).toBe(true)
    expect(isEditorialNote('Thank you for your message.')).toBe(false)
  })
})
