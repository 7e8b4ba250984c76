/**
 * An address to one or more bodies, printed where a salutation stands:
 *
 *     To the Senate and House of Representatives of the United States:
 *     Gentlemen of the Senate:
 *
 * gives the bodies addressed, shortened to their names (`Senate`, `House of Representatives`).
 */
import {collectiveAddressWords, officeJoiners, pattern} from '../lexicon/index.js'
import {stripEmphasis} from './emphasis.js'

export interface Body {
  /** The body’s name (`House of Representatives`). */
  text: string
}

const collective = new Set(collectiveAddressWords.map((word) => word.toLowerCase()))

/** A capitalised phrase: words with capitals, joined by `of`, `the`, `and`, `in`, `for`, `&`. */
const joiner = [...officeJoiners, '&']
const phrase = pattern('u')`^(?:\p{Lu}[\p{L}'’-]*|${joiner})(?:\s+(?:\p{Lu}[\p{L}'’-]*|${joiner}))*$`

/** `Gentlemen of the` repeated before the second house: `… Senate and Gentlemen of the House …`. */
const leadingAddress = /^(?:Gentlemen|Fellow-Citizens|Fellow-citizens) of the /u

/** A trailing `of the United States` (the country a body belongs to) is not part of its name. */
function shorten(name: string): string {
  const at = name.lastIndexOf(' of the ')
  return at > 0 && /^\p{Lu}/u.test(name.slice(at + 8)) ? name.slice(0, at) : name
}

/**
 * The bodies an address line names, or `null` when the line is no such address. It ends in a
 * colon (`To the Senate:`), or, under a heading (`REPLY OF THE PRESIDENT.` /
 * `_To the Senate of the United States_.`), in a full stop when `options.stop`.
 */
export function readAddressedBodies(input: string, options: {stop?: boolean} = {}): Body[] | null {
  const text = stripEmphasis(input).trim()
  if (text.length > 120 || !(text.endsWith(':') || (options.stop === true && text.endsWith('.')))) return null
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) === 58 || text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 32)) end--
  let rest = text.slice(0, end).replace(/\s+/gu, ' ')
  const lead = /^(?:To (?:the )?|([\p{L}-]+(?: [\p{L}-]+)?) of the )/u.exec(rest)
  if (!lead) return null
  if (lead[1] !== undefined && !collective.has(lead[1].toLowerCase())) return null
  rest = rest.slice(lead[0].length)
  if (!phrase.test(rest)) return null
  const bodies = rest
    .split(/ and (?:of )?(?:the )?/u)
    .map((part) => shorten(part.trim().replace(leadingAddress, '')))
    .filter((part) => part.length > 0)
  return bodies.length > 0 && bodies.every((part) => /^\p{Lu}/u.test(part)) ? bodies.map((part) => ({text: part})) : null
}
