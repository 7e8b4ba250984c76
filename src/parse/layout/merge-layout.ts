/** A known layout (declared by a user, or carried by a stream) over a learnt one: every field given wins. */
import type {Layout} from './types.js'

export function mergeLayout(learnt: Layout, known: Partial<Layout> | undefined): Layout {
  if (!known) return learnt
  const layout: Layout = {...learnt}
  for (const key of Object.keys(known) as Array<keyof Layout>) {
    const value = known[key]
    if (value !== undefined) (layout as unknown as Record<string, unknown>)[key] = value
  }
  return layout
}
