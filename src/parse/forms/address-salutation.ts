/**
 * An address to a body where a salutation stands: `_To the Senate of the United States_:`,
 * `_Gentlemen of the Senate and House of Representatives_:` (Richardson’s messages).
 */
import {readAddressedBodies} from '../../extract/addressee.js'
import {defineForm} from './types.js'

export const addressSalutation = defineForm({
  kind: 'salutation',
  maxLength: 120,
  hint: (text) => text.endsWith(':'),
  read: (text) => (readAddressedBodies(text) ? {parts: true} : null),
  reason: () => 'an address to a body (a house, a council) in place of a salutation'
})
