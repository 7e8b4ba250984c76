/**
 * The edition a CMIF file describes (`--edition FILE.json`): what correspSearch requires of the
 * file's header, given by the user since no transcript says it. Checked here, so that a key
 * that is missing is named before anything is converted.
 */
import {z} from 'zod'
import {jsonSchemaOf} from '../schema/json-schema.js'

const Ncname = /^[A-Za-z_][\w.-]*$/u

export const EditionSchema = z
  .object({
    title: z.string().trim().min(1).describe('Title of the CMIF file: `Letters of J. V. Stalin, 1941–1945`.'),
    editor: z
      .object({
        name: z.string().trim().min(1),
        email: z.email().describe('CMIF requires a contact address for the editor.')
      })
      .strict()
      .describe('Who made the CMIF file.'),
    publisher: z.string().trim().min(1).describe('Who publishes the CMIF file (an institution or a person).'),
    url: z.url({protocol: /^https?$/u}).describe('Where the CMIF file itself will be published: its `idno`.'),
    licence: z.url({protocol: /^https?$/u}).describe('URL of the licence of the CMIF file: `https://creativecommons.org/licenses/by/4.0/`.'),
    licenceText: z.string().trim().min(1).optional().describe('Words for the licence; the URL is written when there are none.'),
    date: z
      .iso.date()
      .optional()
      .describe('Date of publication of the CMIF file (`2025-03-01`); default: the day of the run.'),
    bibl: z
      .object({
        type: z.enum(['print', 'online', 'hybrid']).describe('A printed edition, an online one, or both.'),
        text: z.string().trim().min(1).describe('The bibliographic reference of the edition the letters come from.'),
        url: z.url({protocol: /^https?$/u}).optional().describe('Where the edition is online.'),
        id: z.string().regex(Ncname).optional().describe('`xml:id` of the reference, which every entry points to; default: made from `url`, the same on every run.')
      })
      .strict()
      .describe('The edition the letters are published in.')
  })
  .strict()
  .meta({id: 'Edition', title: 'Edition', description: 'The metadata of a CMIF file (Correspondence Metadata Interchange Format 1.1), for `epistola --format cmif --edition FILE.json`.'})

export type Edition = z.infer<typeof EditionSchema>

/** The value at `path` in `value`, or `undefined`. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value
  for (const key of path) at = at !== null && typeof at === 'object' && Object.hasOwn(at, key) ? (at as Record<PropertyKey, unknown>)[key] : undefined
  return at
}

/** Each problem of `value` as an edition, one line each, naming the key: `[]` when it is one. */
export function editionProblems(value: unknown): string[] {
  const result = EditionSchema.safeParse(value)
  if (result.success) return []
  return result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    if (issue.code === 'invalid_type' && path && valueAt(value, issue.path) === undefined) return `Missing \`${path}\` in the edition, expected it (CMIF requires it)`
    if (issue.code === 'unrecognized_keys') return `Unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${path ? path + '.' : ''}${k}\``).join(', ')} in the edition, expected only the keys of \`epistola/edition.schema.json\``
    return `Unexpected \`${path || 'edition'}\`: ${issue.message}`
  })
}

/** The JSON Schema (draft 2020-12) of an edition file, shipped as `epistola/edition.schema.json`. */
export function editionJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(EditionSchema, 'edition', 'Edition', 'The metadata of a CMIF file, for `epistola --format cmif --edition FILE.json`.')
}
