/**
 * A source note: `740.00/834: Telegram`, `Roosevelt Papers: Telegram`, `Russian State Archive of
 * …`, `RC (DLC); endorsed …`. Read on lines of any length (a descriptor can run long).
 */
import {isSourceNote} from '../../extract/lines.js'
import {defineForm, shortLine} from './types.js'

export const sourceNote = defineForm({
  kind: 'sourceNote',
  maxLength: Number.POSITIVE_INFINITY,
  read: (text) => (isSourceNote(text) ? {parts: true} : null),
  reason: (_result, text) => (text.length > shortLine ? 'an editorial source note (document descriptor and repository)' : 'a file, papers or archive line (source note)')
})
