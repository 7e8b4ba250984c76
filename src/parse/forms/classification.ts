/** A security or precedence marking alone on a line: `Personal and Secret`, `Most Secret`. */
import {isClassification} from '../../extract/classification.js'
import {defineForm} from './types.js'

export const classification = defineForm({
  kind: 'classification',
  maxLength: 79,
  read: (text) => (isClassification(text) ? {parts: true} : null),
  reason: () => 'a security or precedence marking'
})
