/**
 * Words of a valediction: farewell, blessing, affection, greetings sent, and the writer saying
 * they stop. Seen in the corpora (`../shared/corpus/printed`): `Adieu, dear; I love you …`, `A
 * thousand fervent and very affectionate kisses.`, `God bless you--`, `Kindest regards to the Queen
 * of Holland …`, `with all good wishes for yourself`, `I cannot write any more now, … and therefore
 * may safely conclude.` The others are the same acts in other words.
 */
export const valedictionWords = [
  'adieu', 'farewell', 'good-bye', 'goodbye', 'good bye', 'addio', 'bless', 'love', 'loves', 'kiss', 'kisses',
  'embrace', 'embraces', 'regards', 'remembrances', 'compliments', 'wishes', 'yours', 'thine', 'conclude',
  'write any more', 'write no more', 'say no more'
]

// Not `affectionate(ly)`: `I am most sincerely and affectionately grateful to you` (printed: Dickens) thanks, and
// thanks are body.
