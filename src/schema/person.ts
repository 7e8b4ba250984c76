import {z} from 'zod'
import {PositionSchema} from './position.js'

/** A correspondent: a sender or an addressee as the text names them. */
export const PersonSchema = z
  .object({
    raw: z.string().describe('The party as printed, footnote markers removed.'),
    name: z.string().min(1).describe('The name without titles (or the office, when no name is given).'),
    surname: z.string().nullable().describe('Family name; `null` when only an office or a body is named.'),
    forename: z.string().nullable().describe('Forename or initials, when printed.'),
    roles: z.array(z.string()).describe('Titles, honorifics and offices: `Premier`, `Prime Minister`, `Mr`, `President`, `Marshal`.'),
    kind: z.enum(['person', 'office', 'group']).describe('A named person, an office without a name, or a body such as a council.'),
    inferred: z.boolean().describe('`true` when the party is not printed with the letter but inferred (from a signature, an introduction, the page).'),
    position: PositionSchema.nullable()
  })
  .meta({id: 'Person'})

export type Person = z.infer<typeof PersonSchema>
