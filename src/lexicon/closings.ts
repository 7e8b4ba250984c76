/**
 * Complimentary closes. Seen in the corpora: `Yours sincerely,` `Sincerely yours,` `Very truly
 * yours,` `Faithfully yours,` (FDR Library, FRUS, the Moscow 1957 edition), `I have the honor to
 * be, sir, your obedient servant,` `with the highest consideration` (FRUS, the Richardson
 * messages, the blue books), `Believe me, ever yours affectionately,` `Your dutiful and humble`
 * (the printed collections), `Your friend and war-time comrade, Winston Churchill.` (the Moscow
 * 1957 edition), `With warmest regards` and `As ever` (FDR Library).
 */

/** The adverb of a close: `Sincerely yours`, `Yours faithfully`, `Very truly yours`. */
export const closingAdverbs = ['sincerely', 'faithfully', 'truly', 'respectfully', 'cordially', 'affectionately']

/**
 * A word that makes `Close, Name` one line of a close and a signature (`Your friend and war-time
 * comrade, Winston Churchill.`). Fewer than `closingWords`: this test cuts a line in two, and
 * `consideration`, `respect`, `believe me` end sentences of a body as often as closes.
 */
export const signingWords = [...closingAdverbs, 'yours', 'ever', 'servant', 'regards', 'comrade', 'friend', 'devotedly']

/** A word that makes a line ending in a comma a close (`Your obedient servant,`). */
export const closingWords = [
  ...signingWords,
  'obedient', 'believe me', 'respect', 'honour to be', 'honor to be', 'consideration', 'affectionate', 'devoted', 'gratefully',
  'greetings', 'salutations', 'dutiful', 'humble'
]

/** `With warmest regards`, `With my very best wishes`: the quality … */
export const closingQualities = ['warm', 'warmest', 'kind', 'kindest', 'best', 'sincere']

/** … and what is sent. */
export const closingGifts = ['regards', 'respect', 'wishes']
