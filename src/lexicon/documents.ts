/**
 * What a document calls itself, and the editor's words about it. Seen in the corpora:
 * `Personal and Secret Message from Premier Stalin`, `Joint Message`, `Greetings`, `Reply`
 * (headings of the Moscow 1957 edition and its web copies); `740.00/834: Telegram`, `: Airgram`
 * (FRUS source notes); `Memorandum`, `Despatch`, `Circular`, `Aide-Mémoire` (FRUS heads);
 * `No. 28` (the Moscow 1957 edition, the blue books, Napoleon's letters); `[Received October 2—11:58
 * a.m.]`, `Sent on …` (FRUS, the web copies); `[Extract.]`, `Translation`, `Enclosure` (FRUS, the
 * blue books); `Endorsed by …`, `Notation …` (Founders Online, FDR Library).
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
