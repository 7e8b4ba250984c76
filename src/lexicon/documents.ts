/**
 * What a document calls itself, and the editor's words about it. Seen in the corpora
 * (`../shared/corpus`, folder in brackets): `Personal and secret message from …`, `Greetings
 * Telegram to …` (dev: headings of the Moscow 1957 edition's web copies), `740.00/834: Telegram`
 * (dev, frus: FRUS source notes), `No. 28` (dev, official, printed), `Received on January 5, 1942`,
 * `Sent on January 8, 1942` (dev), `[Received August 26—12:11 a.m.]` (frus), `[Extract.]`
 * `Translation` `[Excerpts]` (dev, frus, official), `Marks in blue pencil by Joseph Stalin.` (dev).
 * The other words came with the patterns they were taken from: forms of the same kind the sample
 * does not print.
 */

/** Kinds of document a heading or a source note names: `Message`, `Telegram`, `Aide-Mémoire`. */
export const documentKinds = [
  'message', 'telegram', 'telegraph', 'letter', 'memorandum', 'note', 'cable', 'greetings', 'reply', 'despatch', 'dispatch',
  'minute', 'communication', 'statement', 'address', 'aide-mémoire', 'aide-memoire', 'circular', 'airgram'
]

/** Words before the kind in a heading: `Personal and Secret Message`, `Joint Urgent Message`. */
export const kindQualifiers = ['personal', 'private', 'secret', 'greetings', 'congratulatory', 'reply', 'joint', 'urgent']

/** Labels of an edition's document number: `No. 28`, `№ 98`, `Document No. 12`, `Letter 43`. */
export const numberLabels = ['No.', 'No', 'Nr.', 'Nr', '№', 'Document No.', 'Document No', 'Document', 'Doc.', 'Letter', 'LETTER']

/** What an action line says was done: `Received on …`, `Sent …`, `Handed over …`. */
export const actionWords = ['received', 'sent', 'despatched', 'dispatched', 'delivered', 'handed over', 'transmitted']

/** What a page says its owner did with the letters below: `Stalin has sent …`, `… had received` (for `compile/page.ts`). */
export const correspondenceVerbs = ['sent', 'addressed', 'written', 'dispatched', 'received']

/** An editor's label for the text that follows: `[Extract.]`, `Translation`, `Enclosure 2`. */
export const editorialLabels = [
  'extract', 'extracts', 'excerpt', 'excerpts', 'translation', 'paraphrase', 'copy', 'draft', 'enclosure', 'original', 'summary',
  'abstract', 'telegram', 'cable', 'memorandum'
]

/** How an editor's note on the document opens: `Endorsed by …`, `Notation in the hand of …`. */
export const editorialNoteWords = [
  'mark', 'marks', 'note', 'notes', 'notation', 'notations', 'annotation', 'annotations', 'endorsed', 'endorsement', 'docketed',
  'stamp', 'stamped', 'initialed', 'initialled', 'holograph', 'handwritten', 'typed', 'underlined', 'underlining'
]

/** Title words of a writer's own collected works (`Stalin: Works, Vol. 17`): the author wrote its letters. */
export const ownWorksWords = ['Works', 'Writings', 'Collected', 'Letters', 'Correspondence', 'Papers']

/**
 * Words that lead a party in a heading: `From X to Y`, `By X`, `To Y`, `For Y`, and `of` after a
 * kind of document (`Telegram of the Chancellor to …`, official: the German White Book).
 */
export const leadWords = ['from', 'by', 'to', 'for', 'of']
