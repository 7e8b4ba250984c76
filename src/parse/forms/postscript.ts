/** `P.S.`, `N.B.`, `PS:` opening a postscript. */
import {readPostscriptStart} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const postscript = defineForm({
  kind: 'postscript',
  maxLength: shortLine,
  read: (text) => (readPostscriptStart(text) === null ? null : {parts: true}),
  reason: () => '`P.S.` starts a postscript'
})
