import {z} from 'zod'
import {PositionSchema} from './position.js'

/** A body paragraph (or postscript paragraph): text without footnote markers. */
export const ParagraphSchema = z
  .object({
    text: z.string(),
    notes: z.array(z.string()).describe('Labels of the footnote markers in this paragraph (`*`, `17`).'),
    position: PositionSchema.nullable()
  })
  .meta({id: 'Paragraph'})

/** A footnote marker and, where the text gives it, its note. */
export const NoteSchema = z
  .object({
    label: z.string().describe('The marker as printed: `*`, `17`.'),
    text: z.string().nullable().describe('The footnote text, when the transcript has it.'),
    resolved: z.boolean().describe('`true` when a note text was found for the marker.'),
    inferred: z.boolean().describe('`true` when marker and note were paired by order, not by label.'),
    in: z.enum(['heading', 'body', 'postscript', 'signature', 'dateline', 'other', 'none']).describe('Where the marker stands (`none`: a note without a marker).'),
    position: PositionSchema.nullable().describe('Position of the marker (or of the note, when it has no marker).')
  })
  .meta({id: 'Note'})

export type Paragraph = z.infer<typeof ParagraphSchema>
export type Note = z.infer<typeof NoteSchema>
