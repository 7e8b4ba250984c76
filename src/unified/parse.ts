/** unified parser plugin: `unified().use(epistolaParse)` parses transcripts into an epistola tree. */
import type {Processor} from 'unified'
import {fromText} from '../parse/from-text.js'
import type {Root} from '../tree/types.js'

export default function epistolaParse(this: Processor<Root>): void {
  this.parser = (document: string) => fromText(document)
}
