/**
 * A letter's `<correspDesc>`: who sent it, from where and when (`correspAction type="sent"`), to
 * whom and when it was received (`type="received"`). The same element in a TEI document's
 * `profileDesc` and in a CMIF file, but for how each says that a value is inferred: TEI with
 * `cert="medium"` and a note giving the reason, CMIF 1.1 with `cert="low"` on dates only (the
 * only value its schema allows).
 */
import type {DateValue} from '../schema/date.js'
import type {Letter} from '../schema/letter.js'
import type {Person} from '../schema/person.js'
import type {Lookup} from './register.js'
import {element, type Attributes, type XmlElement} from './xml.js'

export type Dialect = 'tei' | 'cmif'

export interface CorrespOptions {
  dialect: Dialect
  lookup: Lookup
  /** Attributes of the `correspDesc` itself: `ref`, `key`, `source`. */
  attributes: Attributes
}

/** The attributes of a `<date>` for `date`: `@when` cut to its precision, and how sure it is. */
export function dateAttributes(date: DateValue, dialect: Dialect): Attributes {
  return {when: date.iso, cert: date.inferred ? (dialect === 'tei' ? 'medium' : 'low') : undefined}
}

/** A party as `<persName>` (a body as `<orgName>`), with its authority URI when the register has one. */
export function writeParty(parent: XmlElement, person: Person, options: Pick<CorrespOptions, 'dialect' | 'lookup'>, text: string | null = person.name): XmlElement {
  return element(parent, person.kind === 'group' ? 'orgName' : 'persName', {ref: options.lookup.person(person), cert: person.inferred && options.dialect === 'tei' ? 'medium' : undefined}, text)
}

function writeAction(parent: XmlElement, type: 'sent' | 'received', persons: readonly Person[], place: string | null, date: DateValue | null, options: CorrespOptions): void {
  const action = element(parent, 'correspAction', {type})
  for (const person of persons) writeParty(action, person, options)
  if (place) element(action, 'placeName', {ref: options.lookup.place(place)}, place)
  if (date) element(action, 'date', dateAttributes(date, options.dialect), options.dialect === 'tei' ? date.text : null)
  // Both actions are required, and each needs a child: an unnamed party is an empty name.
  if (persons.length === 0 && !place && !date) element(action, 'persName')
}

/** Write the `<correspDesc>` of `letter` into `parent`. */
export function writeCorrespDesc(parent: XmlElement, letter: Letter, options: CorrespOptions): XmlElement {
  const desc = element(parent, 'correspDesc', options.attributes)
  writeAction(desc, 'sent', letter.from, letter.place, letter.date, options)
  writeAction(desc, 'received', letter.to, null, letter.received, options)
  if (options.dialect === 'tei') {
    for (const inference of letter.inferences) element(desc, 'note', {type: 'inferred'}, `${inference.field}: ${inference.reason}`)
  }
  return desc
}
