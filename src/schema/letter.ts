import {z} from 'zod'
import {ConfidenceSchema} from './confidence.js'
import {DateValueSchema} from './date.js'
import {NoteSchema, ParagraphSchema} from './note.js'
import {PersonSchema} from './person.js'
import {PositionSchema} from './position.js'
import {SourceSchema} from './source.js'

const nullablePosition = PositionSchema.nullable()

export const HeadingSchema = z
  .object({
    text: z.string().describe('The heading as printed, footnote markers removed.'),
    raw: z.string().describe('The heading exactly as printed.'),
    notes: z.array(z.string()).describe('Labels of footnote markers in the heading.'),
    position: nullablePosition
  })
  .meta({id: 'Heading'})

export const SignatureSchema = z
  .object({
    raw: z.string().describe('The signature line as printed, footnote markers removed.'),
    name: z.string().describe('The name signed, without editorial marks such as `(Signed)`.'),
    titles: z.array(z.string()).describe('Lines under the name: `Supreme Commander-in-Chief`.'),
    position: nullablePosition
  })
  .meta({id: 'Signature'})

export const SerialSchema = z
  .object({
    value: z.string().describe('The serial as printed without its label: `616`, `14`.'),
    raw: z.string(),
    kind: z.enum(['telegram', 'despatch']).describe('A telegram or message serial, or a despatch number.'),
    position: nullablePosition
  })
  .meta({id: 'Serial'})

export const InferenceSchema = z
  .object({
    field: z.string().describe('The Letter field that holds an inferred value: `from`, `date`, …'),
    reason: z.string()
  })
  .meta({id: 'Inference'})

export const LetterSchema = z
  .object({
    id: z.string().min(1).describe('Stable within a file: the same input gives the same ids.'),
    number: z.string().nullable().describe('The printed document number (`28` from `No. 28`).'),
    classification: z.string().nullable().describe('`Personal and Secret`, `Most Secret`, `top secret`, …'),
    labels: z.array(z.string()).describe('Editorial labels: `[Extract.]`, `Translation`.'),
    heading: HeadingSchema.nullable(),
    from: z.array(PersonSchema).describe('Senders (joint messages have several).'),
    to: z.array(PersonSchema).describe('Addressees.'),
    date: DateValueSchema.nullable().describe('Date written or sent.'),
    received: DateValueSchema.nullable().describe('Date of receipt.'),
    place: z.string().nullable().describe('Place of writing, when the text gives it.'),
    salutation: z.string().nullable(),
    body: z.array(ParagraphSchema),
    closing: z.string().nullable(),
    signature: SignatureSchema.nullable(),
    postscript: z.array(ParagraphSchema),
    notes: z.array(NoteSchema),
    source: SourceSchema.nullable(),
    serials: z.array(SerialSchema).describe('Telegram and despatch serials (`Number 616.`): not document numbers.'),
    inferences: z.array(InferenceSchema).describe('Every value the parser inferred rather than read, with the reason.'),
    confidence: ConfidenceSchema.describe('How sure the reading is, for the letter’s boundaries and each main field.'),
    positions: z
      .object({
        number: nullablePosition,
        classification: nullablePosition,
        place: nullablePosition,
        salutation: nullablePosition,
        closing: nullablePosition
      })
      .describe('Positions of the fields whose values are plain strings.'),
    position: PositionSchema
  })
  .meta({id: 'Letter', title: 'Letter', description: 'One letter read from an archival transcript by epistola.'})

export const LettersSchema = z.array(LetterSchema).meta({id: 'Letters', title: 'Letters'})

export type Heading = z.infer<typeof HeadingSchema>
export type Signature = z.infer<typeof SignatureSchema>
export type Serial = z.infer<typeof SerialSchema>
export type Inference = z.infer<typeof InferenceSchema>
export type Letter = z.infer<typeof LetterSchema>
