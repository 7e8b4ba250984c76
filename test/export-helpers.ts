/** Letters for the export tests that no transcript gives: every string field holding hostile text. */
import type {DateValue, Edition, Letter, Person, Register} from '../src/index.js'

const nasty = ']]> <p> & \u0000\u0001\u001F \uD800 \uDFFF \uFFFE "\' '

function person(text: string, index: number, kind: Person['kind']): Person {
  return {raw: nasty + text, name: text || 'x', surname: text || null, forename: text || null, roles: [text], kind, inferred: index % 2 === 0, position: null}
}

function date(text: string, iso: string, inferred: boolean): DateValue {
  return {raw: `On ${text} ${nasty} July 1, 1941`, text: 'July 1, 1941', iso, precision: iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year', inferred, position: null}
}

/** A letter whose every string holds `text` and characters XML 1.0 cannot hold. */
export function hostileLetter(text: string, index: number): Letter {
  const t = nasty + text
  return {
    id: index % 3 === 0 ? `letter ${text}` : `letter-${index}`,
    number: t,
    classification: t,
    labels: [t],
    heading: {text: t, raw: t, notes: ['*'], position: null},
    from: [person(text, index, 'person'), person(text, index + 1, 'group')],
    to: index % 4 === 0 ? [] : [person(text, index, 'office')],
    date: index % 5 === 0 ? null : date(text, ['1941-07-01', '1941-07', '1941'][index % 3]!, index % 2 === 0),
    received: index % 2 === 0 ? date(text, '1941-07-02', false) : null,
    place: index % 3 === 1 ? null : t,
    salutation: t,
    body: [
      {text: `Body ${t} end`, notes: ['*'], position: null},
      {text: t, notes: [], position: null}
    ],
    closing: t,
    signature: {raw: t, name: text || 'x', titles: [t], position: null},
    postscript: [{text: t, notes: [t], position: null}],
    notes: [
      {label: '*', text: t, resolved: true, inferred: true, in: 'heading', position: null},
      {label: '*', text: null, resolved: false, inferred: false, in: 'body', position: null},
      {label: t, text: t, resolved: true, inferred: false, in: 'postscript', position: null},
      {label: t, text: t, resolved: true, inferred: false, in: 'none', position: null}
    ],
    source: index % 4 === 1 ? null : {raw: t, text: `Source ${t} 1957`, title: t, author: text || null, volume: t, number: t, page: t, publisher: t, place: t, year: index % 2 ? '1957' : t, date: null, scope: 'letter', kind: (['citation', 'archive', 'fileNote'] as const)[index % 3]!, position: null},
    serials: [{value: t, raw: t, kind: 'telegram', position: null}],
    inferences: [{field: 'date', reason: t}],
    confidence: {letter: (index % 11) / 10, boundary: 1, fields: {heading: 1, from: 0.5, to: 0.5, date: 0.25, place: 1, signature: 1, body: 1}, reasons: [t]},
    positions: {number: null, classification: null, place: null, salutation: null, closing: null},
    position: {start: {line: index + 1, column: 1, offset: index * 10}, end: {line: index + 1, column: 6, offset: index * 10 + 5}}
  }
}

/** An edition for the CMIF tests. */
export const edition: Edition = {
  title: 'Letters of the epistola fixtures',
  editor: {name: 'Ada Archivist', email: 'ada@example.org'},
  publisher: 'epistola',
  url: 'https://example.org/cmif/fixtures.xml',
  licence: 'https://creativecommons.org/licenses/by/4.0/',
  date: '2026-01-01',
  bibl: {type: 'print', text: 'Correspondence between the Chairman of the Council of Ministers of the U.S.S.R. and the Presidents of the U.S.A and the Prime Ministers of Great Britain, Moscow 1957.'}
}

export const register: Register = {
  persons: {Stalin: 'https://d-nb.info/gnd/118642499', Churchill: 'https://d-nb.info/gnd/118520776', Roosevelt: 'https://www.wikidata.org/wiki/Q8007'},
  places: {London: 'https://www.geonames.org/2643743', Moscow: 'https://www.geonames.org/524901'}
}

