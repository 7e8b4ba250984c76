import {z} from 'zod'
import {PositionSchema} from './position.js'

/** A source citation, as printed and parsed into citation fields. */
export const SourceSchema = z
  .object({
    raw: z.string().describe('The line as printed, label included.'),
    text: z.string().describe('The citation without its `Source:` label or outer brackets.'),
    title: z.string().nullable(),
    author: z.string().nullable(),
    volume: z.string().nullable(),
    number: z.string().nullable().describe('Issue or document number within the cited work.'),
    page: z.string().nullable(),
    publisher: z.string().nullable(),
    place: z.string().nullable().describe('Place of publication.'),
    year: z.string().nullable(),
    date: z.string().nullable().describe('ISO date of publication, when a full date is given.'),
    scope: z.enum(['letter', 'page']).describe('`page` when one source line stands for every letter on the page.'),
    kind: z.enum(['citation', 'archive', 'fileNote']).describe('A printed work, an archive or collection, or a file/record note (FRUS source notes).'),
    position: PositionSchema.nullable()
  })
  .meta({id: 'Source'})

export type Source = z.infer<typeof SourceSchema>
