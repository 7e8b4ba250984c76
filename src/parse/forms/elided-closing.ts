/**
 * A complimentary close the edition cut short with `&c.` or `etc.`: `I have, &c.,`, `I am, &c.`,
 * `I have the honor to be, etc.,` (printed papers elide the formula they repeat), and the
 * diplomatic formulas FRUS cuts with a bracketed `[etc.]`: `I avail myself [etc.]`, `Accept [etc.]`.
 */
import {defineForm} from './types.js'

const elidedClose = /^(?:I\s+(?:have|am|remain|avail\s+myself)|Yours|Believe\s+me|I\s+have\s+the\s+honou?r\s+to\s+be|(?:Please\s+)?accept)\b[^.!?[]{0,40}?,?\s*(?:&c\.?|etc\.?|\[etc\.?\])(?:,?\s*(?:&c\.?|etc\.?))*[.,]?$/iu

export const elidedClosing = defineForm({
  kind: 'closing',
  maxLength: 80,
  hint: (text) => /(?:&c|etc)\.?\]?[.,]?$/u.test(text),
  read: (text) => (elidedClose.test(text) ? {parts: true} : null),
  reason: () => 'a complimentary close cut short with `&c.`'
})
