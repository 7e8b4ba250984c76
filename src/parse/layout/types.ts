/**
 * The layout of an archive: what the document repeats letter after letter, learnt from the
 * document itself (`learnLayout`) and overridable by the user (`FromTextOptions.layout`,
 * `epistola convert --layout FILE.json`). Plain data: it lives on the tree (`root.data.layout`),
 * is carried by the stream from one part to the next, and is told to the user in words
 * (`explainLayout`).
 */
export interface Layout {
  /**
   * The file prints dates before headings (`Moscow, July 18, 1941.` above `J. V. STALIN TO
   * W. CHURCHILL`): a date after a body, then a heading, opens the next letter. Learnt from the
   * first letter read.
   */
  datesLead: boolean
  /** How many letters came before the text (for streaming: the first letter is where `datesLead` is learnt). */
  letters: number
  /**
   * Shapes of the edition’s number lines that open letters, learnt from their sequence:
   * `roman` (`XX.`), `arabic` (`33.`), or a word and a numeral (`exhibit arabic` for `EXHIBIT 6.`).
   */
  numberLines: string[]
  /**
   * Blank lines that part letters, where the edition leaves more between letters than between
   * paragraphs (Richardson leaves three): a run at least this long after a finished body opens
   * the next letter. `null`: not learnt.
   */
  letterGap: number | null
  /** Signature lines the archive repeats (`JAMES MONROE.`), as printed. */
  signatures: string[]
  /**
   * Letters open with a heading (`TO THE EMPRESS, AT MAYENCE.`) or a number line: seen at least
   * twice. Running text after a signature is then the letter’s postscript, not a new letter.
   */
  headingsOpen: boolean
}

/** A layout with nothing learnt yet. */
export function emptyLayout(): Layout {
  return {datesLead: false, letters: 0, numberLines: [], letterGap: null, signatures: [], headingsOpen: false}
}
