/** Footnotes: markers in the letter paired with the note texts printed with it. */
import type {Note} from '../schema/note.js'
import {toString} from '../tree/to-string.js'
import type * as T from '../tree/types.js'
import {positionOf, type LetterContext} from './context.js'

const places: Partial<Record<T.LetterContent['type'], Note['in']>> = {
  heading: 'heading',
  paragraph: 'body',
  postscript: 'postscript',
  signature: 'signature',
  dateline: 'dateline'
}

type Marker = {ref: T.FootnoteReference; in: Note['in']}

/** The footnote markers under `node`, in order, appended to `markers` as standing in `where`. */
function references(node: T.Nodes, where: Note['in'], markers: Marker[]): void {
  if (!('children' in node)) return
  for (const child of node.children as T.Nodes[]) {
    if (child.type === 'footnoteReference') markers.push({ref: child, in: where})
    // Text, breaks and page markers hold no markers; a postscript's paragraphs do.
    else if (child.type !== 'text' && child.type !== 'break' && child.type !== 'pageMarker') references(child, where, markers)
  }
}

export function compileNotes(context: LetterContext): Note[] {
  const markers: Marker[] = []
  for (const child of context.letter.children) {
    if (child.type === 'footnoteDefinition') continue
    references(child, places[child.type] ?? 'other', markers)
  }
  const definitions = context.byType('footnoteDefinition')
  // Most letters have no notes at all.
  if (markers.length === 0 && definitions.length === 0) return []
  const used = new Set<T.FootnoteDefinition>()
  const byLabel = new Map<string, T.FootnoteDefinition[]>()
  for (const definition of definitions) {
    const queue = byLabel.get(definition.identifier)
    if (queue) queue.push(definition)
    else byLabel.set(definition.identifier, [definition])
  }
  const notes: Note[] = markers.map(({ref, in: where}) => {
    const definition = byLabel.get(ref.identifier)?.shift()
    if (definition) used.add(definition)
    return {label: ref.label, text: definition ? toString(definition, {breaks: ' '}) : null, resolved: Boolean(definition), inferred: false, in: where, position: positionOf(ref)}
  })
  // Editions that renumber notes per document (marker 16, note `1.`): pair the rest by order.
  const unusedDefinitions = definitions.filter((d) => !used.has(d))
  const unresolved = notes.filter((n) => !n.resolved)
  if (unusedDefinitions.length > 0 && unusedDefinitions.length === unresolved.length) {
    unresolved.forEach((note, i) => {
      const definition = unusedDefinitions[i]!
      note.text = toString(definition, {breaks: ' '})
      note.resolved = true
      note.inferred = true
      used.add(definition)
    })
  }
  for (const definition of definitions) {
    if (used.has(definition)) continue
    notes.push({label: definition.label, text: toString(definition, {breaks: ' '}), resolved: true, inferred: false, in: 'none', position: positionOf(definition)})
  }
  return notes
}
