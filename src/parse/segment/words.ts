/** Word tests of the segmenter: an office under a signature, the start of an inside address. */
import {pattern} from '../../lexicon/pattern.js'
import {addressOpenings, offices} from '../../lexicon/titles.js'

const office = pattern('u')`^(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)*${offices}\b.*$`
const insideAddress = pattern('u')`^${addressOpenings}\s`

/** `Secretary of State`, `the President`, `of the United States`: an office or title line. */
export function isOffice(text: string): boolean {
  return office.test(text) || /^(?:to|of|for)\s+the\s+\p{Lu}/u.test(text)
}

/** `Hon. …`, `His Excellency …`, `…, Esq.`, `…, &c., &c.`: the start of an inside address. */
export function isInsideAddressStart(text: string): boolean {
  return insideAddress.test(text) || /,\s*Esq\.?/u.test(text) || /,\s*(?:&c\.?,?\s*)+$/u.test(text)
}
