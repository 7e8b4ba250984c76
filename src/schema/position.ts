import {z} from 'zod'

/** A unist point: 1-indexed line and column, 0-indexed offset (UTF-16 code units). */
export const PointSchema = z
  .object({
    line: z.number().int().min(1),
    column: z.number().int().min(1),
    offset: z.number().int().min(0)
  })
  .meta({id: 'Point', description: 'A place in the input text (unist Point).'})

/** A unist position: `end` is the first character after the region. */
export const PositionSchema = z
  .object({start: PointSchema, end: PointSchema})
  .refine((p) => p.start.offset <= p.end.offset, {message: 'Expected `start` before `end`'})
  .meta({id: 'Position', description: 'A region of the input text (unist Position).'})

export type Point = z.infer<typeof PointSchema>
export type Position = z.infer<typeof PositionSchema>
