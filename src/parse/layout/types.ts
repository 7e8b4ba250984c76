/**
 * The layout of an archive: what the document repeats letter after letter, learnt from the
 * document itself (`learnLayout`) and overridable by the user. Plain data: it lives on the tree
 * (`root.data.layout`), is carried by the stream from one part to the next, and is told to the
 * user in words (`explainLayout`).
 */
export interface Layout {
  /**
   * The file prints dates before headings (`Moscow, July 18, 1941.` above `J. V. STALIN TO
   * W. CHURCHILL`): a date after a body, then a heading, opens the next letter. Learnt from the
   * first letter read.
   */
  datesLead: boolean
  /** How many letters came before the text (for streaming: the first letter is where the layout is learnt). */
  letters: number
}

/** A layout with nothing learnt yet. */
export function emptyLayout(): Layout {
  return {datesLead: false, letters: 0}
}
