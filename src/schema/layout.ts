import {z} from 'zod'

/**
 * The layout of an archive as a user declares it (`--layout FILE.json`, the `layout` option):
 * every key optional; a key given wins over what epistola learns from the text.
 */
export const LayoutSchema = z
  .object({
    datesLead: z.boolean().describe('Dates stand above headings: a date after a body, then a heading, opens the next letter.'),
    numberLines: z
      .array(z.string().regex(/^(?:[a-z]{2,12} )?(?:roman|arabic)$/u, 'a shape: `roman`, `arabic`, or a word and one of them (`exhibit arabic`)'))
      .describe('Shapes of the number lines that open letters: `roman` (`XX.`), `arabic` (`33.`), `letter arabic` (`Letter 43.`).'),
    letterGap: z.number().int().min(2).max(100).nullable().describe('Blank lines that part letters (wider than between paragraphs); `null`: none.'),
    signatures: z.array(z.string().min(1).max(200)).describe('Signature lines the archive repeats, as printed (`JAMES MONROE.`).'),
    headingsOpen: z.boolean().describe('Letters open with a heading or number line: text after a signature is a postscript.')
  })
  .partial()
  .strict()
  .meta({id: 'Layout', title: 'Layout', description: 'The layout of an archive, declared by the user over what epistola learns (epistola).'})

export type DeclaredLayout = z.infer<typeof LayoutSchema>
