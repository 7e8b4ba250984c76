/** An editorial or archival note: `[Not printed.]`, `(Copy)`, `Editor’s note: …`. */
import {isEditorialNote} from '../../extract/lines.js'
import {defineForm} from './types.js'

export const editorialNote = defineForm({
  kind: 'editorialNote',
  maxLength: 299,
  read: (text) => (isEditorialNote(text) ? {parts: true} : null),
  reason: () => 'an editorial or archival note'
})
