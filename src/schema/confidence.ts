import {z} from 'zod'

const score = z.number().min(0).max(1)

/** How sure the reading of a letter is: its boundaries and each main field, 0 to 1. */
export const ConfidenceSchema = z
  .object({
    letter: score.describe('The whole letter: its boundaries and its fields together. Below 0.7 an info `low-confidence` message is given.'),
    boundary: score.describe('Where the letter starts and ends: high when a number line or a heading opens it and a signature, close or source ends it.'),
    fields: z
      .object({
        heading: score,
        from: score,
        to: score,
        date: score,
        place: score,
        signature: score,
        body: score
      })
      .describe('Per field: high when the value was read from a line of its own form, lower when inferred or when the reading was strained.'),
    reasons: z.array(z.string()).describe('What lowered the confidence, in words.')
  })
  .meta({id: 'Confidence'})

export type Confidence = z.infer<typeof ConfidenceSchema>
