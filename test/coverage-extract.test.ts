/**
 * Edge cases of the extractors that the corpus does not print: OCR letters where they are not
 * trusted, impossible dates, offices in apposition, names printed surname first.
 */
import {describe, expect, it} from 'vitest'
import {findDate} from '../src/extract/date.js'
import {readActionLine, readDateline} from '../src/extract/dateline.js'
import {parseAddressLine, parseHeading} from '../src/extract/heading.js'
import {parseInvertedName, parsePerson, splitJoint} from '../src/extract/person.js'

describe('findDate: OCR letters and numeric forms', () => {
  it('does not trust OCR letters in a day without an ordinal suffix', () => {
    expect(findDate('July 1O, 1941')).toBeNull()
  })
  it('rejects a year with more than one OCR letter, in every order of parts', () => {
    expect(findDate('July 4, 19ll')).toBeNull()
    expect(findDate('4 July 19ll')).toBeNull()
    expect(findDate('July 19ll')).toBeNull()
  })
  it('reads a slashed date month first only when the day cannot be the first number', () => {
    expect(findDate('3/15/1942')).toMatchObject({iso: '1942-03-15', precision: 'day', inferred: false, start: 0, end: 9})
    expect(findDate('3/15/1942')).toMatchObject({order: 'mdy'})
    expect(findDate('15/3/42')).toMatchObject({iso: null, inferred: false, order: 'dmy', problems: ['the year `42` prints no century'], undecided: {year: 42, shortYear: true, month: 3, day: 15, order: false}})
  })
  it('reads a dotted date month first when its second number cannot be the month', () => {
    expect(findDate('3.15.1942')).toMatchObject({text: '3.15.1942', iso: '1942-03-15', order: 'mdy', problems: []})
  })
  it('leaves a date whose first two numbers could both be the month undecided, and reads one that cannot be either as none', () => {
    expect(findDate('5/1/1850')).toMatchObject({iso: null, problems: ['`5/1/1850` could be day first or month first'], undecided: {year: 1850, shortYear: false, day: 5, month: 1, order: true}})
    expect(findDate('5/5/1850')).toMatchObject({iso: '1850-05-05', problems: []})
    expect(findDate('25.25.1850')).toMatchObject({iso: null, problems: ['`25.25.1850` is not a real date']})
  })
  it("reads a two-digit year after an apostrophe only with a day in digits (`June 3d, '82`, not `June llth, '82`)", () => {
    expect(findDate("June 3d, '82")).toMatchObject({text: "June 3d, '82", iso: null, undecided: {year: 82, shortYear: true, month: 6, day: 3}})
    // A third digit elsewhere, past the quick test that every date has three.
    expect(findDate("June llth, '82 (p. 5)")).toBeNull()
    expect(findDate("June O, '82 (p. 5)")).toBeNull()
    expect(findDate("June 3, 1882 or '83")).toMatchObject({iso: '1882-06-03'})
  })
  it('gives no value for a year past 2099 or a day past the month', () => {
    expect(findDate('July 4th, 2150')).toMatchObject({iso: null, precision: 'day'})
    expect(findDate('Feb 30, 1942')).toMatchObject({iso: null, problems: ['`Feb 30, 1942` is not a real date']})
  })
})

describe('readDateline and readActionLine: what may follow a date', () => {
  it('rejects a place before a bare year and a bare year that opens a sentence', () => {
    expect(readDateline('London, 1941')).toBeNull()
    expect(readDateline('1941 was long')).toBeNull()
  })
  it('skips a time after the date', () => {
    expect(readDateline('July 4, 1941—8 p.m.')).toMatchObject({date: {iso: '1941-07-04', end: 12}, place: null})
    expect(readDateline('July 4, 1941 8 p.m.')).toMatchObject({date: {iso: '1941-07-04'}, place: null})
  })
  it('rejects an action line whose date is followed by a sentence, keeps one with a short tail or a time', () => {
    expect(readActionLine('Received July 4, 1941 at the Embassy by a messenger who came late')).toBeNull()
    expect(readActionLine('Received July 4, 1941 by hand')).toMatchObject({action: 'received', date: {iso: '1941-07-04', start: 9, end: 21}})
    expect(readActionLine('Received July 4, 1941 10 p.m. via the telegraph office in town')).toMatchObject({date: {iso: '1941-07-04'}})
  })
  it('reads a date without a year only right after the verb or the place', () => {
    expect(readActionLine('Received at London, July 4')).toEqual({action: 'received', date: null, partial: {text: 'July 4', start: 20, end: 26, month: 7, day: 4}})
    expect(readActionLine('Sent October 2—11:58 a.m.')).toMatchObject({action: 'sent', date: null, partial: {text: 'October 2', month: 10, day: 2}})
    expect(readActionLine('Received on the evening of July 4')).toBeNull()
  })
})

describe('parsePerson: parentheses, apposition, offices', () => {
  it('reads a name alone in parentheses', () => {
    expect(parsePerson('(Harriman)')).toMatchObject({name: 'Harriman', surname: 'Harriman', roles: [], kind: 'person'})
  })
  it('reads an office in parentheses after a name as a role of that name (was read as the name `Winston S. Churchill (Prime`…)', () => {
    expect(parsePerson('Winston S. Churchill (Prime Minister)')).toMatchObject({
      name: 'Winston S. Churchill',
      surname: 'Churchill',
      forename: 'Winston S.',
      roles: ['Prime Minister'],
      kind: 'person'
    })
  })
  it('keeps an office list with no name as an office', () => {
    expect(parsePerson('Secretary of State, Ambassador')).toMatchObject({name: 'Secretary of State, Ambassador', surname: null, roles: ['Secretary'], kind: 'office'})
  })
  it('makes an office without a title a role of the name it stands beside', () => {
    expect(parsePerson('W. Churchill, Foreign Office')).toMatchObject({name: 'W. Churchill', surname: 'Churchill', forename: 'W.', roles: ['Foreign Office'], kind: 'person'})
  })
  it('reads a name after an office, and no name when every word could be one', () => {
    expect(parsePerson('Minister of Foreign Affairs Molotov')).toMatchObject({name: 'Molotov', roles: ['Minister of Foreign Affairs'], kind: 'person'})
    expect(parsePerson('In Washington Smith')).toMatchObject({name: 'In Washington Smith', surname: null, kind: 'office'})
  })
  it('reads a title alone as an office, a lone article as nothing name-like', () => {
    expect(parsePerson('The President')).toMatchObject({name: 'President', roles: ['President'], kind: 'office'})
    expect(parsePerson('Sir')).toMatchObject({name: 'Sir', roles: ['Sir'], kind: 'office'})
    expect(parsePerson('...')).toBeNull()
  })
})

describe('parseInvertedName and splitJoint', () => {
  it('reads `Surname, Forename` with spaces on either side of the comma', () => {
    expect(parseInvertedName('Washington ,George')).toMatchObject({name: 'George Washington', surname: 'Washington', forename: 'George'})
    expect(parseInvertedName('Jefferson,Thomas')).toMatchObject({name: 'Thomas Jefferson'})
  })
  it('reads a title alone after the comma as a role, not a forename', () => {
    expect(parseInvertedName('Washington, Mr.')).toMatchObject({name: 'Washington', forename: null, roles: ['Mr'], kind: 'person'})
  })
  it('falls back to a plain name when nothing follows the comma', () => {
    expect(parseInvertedName('Washington, ')).toMatchObject({name: 'Washington', surname: 'Washington', forename: null})
  })
  it('splits a joint party only where both sides name someone', () => {
    expect(splitJoint('J. Stalin and the Secretary of State')).toEqual([
      {text: 'J. Stalin', start: 0},
      {text: 'the Secretary of State', start: 14}
    ])
    expect(splitJoint('J. Stalin and Foreign Office')).toEqual([{text: 'J. Stalin and Foreign Office', start: 0}])
  })
})

describe('parseHeading and parseAddressLine: citations and clauses', () => {
  it('keeps a citation without a document number in the heading', () => {
    expect(parseHeading('Churchill to Roosevelt (Vol. 1, p. 12)')).toMatchObject({
      from: [{text: 'Churchill', start: 0, end: 9}],
      to: [{text: 'Roosevelt', start: 13, end: 22}],
      citation: {text: 'Vol. 1, p. 12', start: 24, end: 37},
      number: null
    })
  })
  it('reads nothing from an empty address line or a citation alone', () => {
    expect(parseAddressLine('')).toBeNull()
    expect(parseHeading('(Vol. 1, No. 12)')).toBeNull()
  })
  it('keeps the first parties named on an address line, in either order', () => {
    expect(parseAddressLine('From Churchill to Roosevelt. From Eden to Hull.')).toEqual({
      serial: null,
      classification: null,
      from: [{text: 'Churchill', start: 5, end: 14}],
      to: [{text: 'Roosevelt', start: 18, end: 27}]
    })
    expect(parseAddressLine('To Roosevelt. From Churchill.')).toMatchObject({from: [{text: 'Churchill', start: 19}], to: [{text: 'Roosevelt', start: 3}]})
  })
})
