/** unified parser plugin: `unified().use(epistolaParse)` parses transcripts into an epistola tree. */
import type {Plugin} from 'unified'
import {fromText} from '../parse/from-text.js'
import type {Root} from '../tree/types.js'

// Typed as `Plugin<[], string, Root>` so that `unified().use(epistolaParse)` type-checks.
const epistolaParse: Plugin<[], string, Root> = function () {
  this.parser = (document: string) => fromText(document)
}

export default epistolaParse
