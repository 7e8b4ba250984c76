/**
 * Complimentary closes. Seen in the corpora (`../shared/corpus`, folder in brackets): `Sincerely
 * yours,` `Yours sincerely,` `Yours very sincerely,` `As ever yours` `With sincere respect` (dev:
 * FDR Library, FRUS), `With kindest regards` (frus), `obedient servant`, `your humble servant,`
 * `Believe me, sir, …` (dev, official), `Yours very truly,` `Yours most affectionately,` `Faithfully
 * yours.` `Yours ever.` `Your affectionate aunt,` `your dutiful son` (printed). The other words came
 * with the patterns they were taken from: forms of the same kind the sample does not print.
 */

/** The adverb of a close: `Sincerely yours`, `Yours faithfully`, `Very truly yours`. */
export const closingAdverbs = ['sincerely', 'faithfully', 'truly', 'respectfully', 'cordially', 'affectionately']

/**
 * A word that makes `Close, Name` one line of a close and a signature (`Your friend and war-time
 * comrade, Winston Churchill.`). Fewer than `closingWords`: this test cuts a line in two, and
 * `consideration`, `respect`, `believe me` end sentences of a body as often as closes.
 */
export const signingWords = [...closingAdverbs, 'yours', 'thine', 'ever', 'servant', 'regards', 'comrade', 'friend', 'devotedly']

/**
 * The words a close of adverbs is made of, in any order: `Ever yours affectionately.`, `Faithfully
 * yours always.`, `Always faithfully yours.`, `Yours ever.` (printed). A line of these words alone,
 * with `yours` or `thine` among them, is a close.
 */
export const closeAdverbWords = [...closingAdverbs, 'yours', 'thine', 'ever', 'always', 'very', 'most', 'devotedly', 'gratefully', 'heartily', 'lovingly', 'and']

/** The word that makes such a line a close (the writer’s possessive). */
export const closePossessives = ['yours', 'thine']

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

/**
 * The writer's name for themself in a subscription: `Your affectionate Brother`, `Your sincere
 * friend`, `Your affectionate aunt,` `your dutiful son` (printed); `Your obedient servant` (dev).
 */
export const subscriptionNouns = [
  'friend', 'brother', 'sister', 'son', 'daughter', 'father', 'mother', 'aunt', 'uncle', 'cousin',
  'nephew', 'niece', 'wife', 'husband', 'servant', 'child', 'children', 'lover', 'admirer', 'comrade'
]

/** … and the words that qualify it: `Your ever affectionate`, `Your most obliged humble servant`. */
export const subscriptionQualities = [
  'affectionate', 'sincere', 'loving', 'faithful', 'devoted', 'obedient', 'humble', 'dutiful', 'obliged',
  'grateful', 'true', 'constant', 'attached', 'fond', 'old', 'dear', 'ever', 'very', 'most', 'much', 'unhappy', 'poor'
]
