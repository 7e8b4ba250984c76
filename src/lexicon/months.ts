/**
 * Month names, one entry a month (January first): the full name, then the shorter forms.
 *
 * - Full names and abbreviations (`Sept.` in the printed collections, `Jan. 14th` in Dickens's
 *   datelines): every folder of the corpora.
 * - Old Style forms with the last letter raised, printed on the line with a full stop: `Novr.`
 *   (dev: the Founders Online transcription of Washington to Jefferson, 30 November 1789).
 *   `Jany`, `Feby`, `Augt`, `Septr`, `Octr`, `Decr` are the same scribal habit; they came with the
 *   patterns they were taken from, and the sample does not print them.
 *
 * Every form begins with the month's first three letters, which name it (`Septr` → `sep`). The
 * first form is the full name; the others are abbreviations (a dateline without a year prints
 * them with their full stop: `Jan. 14th`).
 */
export const months: ReadonlyArray<readonly string[]> = [
  ['January', 'Jany', 'Jan'],
  ['February', 'Feby', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Augt', 'Aug'],
  ['September', 'Septr', 'Sept', 'Sep'],
  ['October', 'Octr', 'Oct'],
  ['November', 'Novr', 'Nov'],
  ['December', 'Decr', 'Dec']
]

/**
 * Month names of the other languages an archive prints, full names only, one entry a month
 * (January first): French (`_Constantinople_, 6 _Décembre_, 1843.`, official: the 1843 Blue
 * Book's French original), German, Italian and Spanish came with it.
 */
export const foreignMonths: ReadonlyArray<readonly string[]> = [
  ['janvier', 'Januar', 'gennaio', 'enero'],
  ['février', 'Februar', 'febbraio', 'febrero'],
  ['mars', 'März', 'marzo'],
  ['avril', 'aprile', 'abril'],
  ['mai', 'maggio', 'mayo'],
  ['juin', 'Juni', 'giugno', 'junio'],
  ['juillet', 'Juli', 'luglio', 'julio'],
  ['août', 'agosto'],
  ['septembre', 'settembre', 'septiembre'],
  ['octobre', 'Oktober', 'ottobre', 'octubre'],
  ['novembre', 'noviembre'],
  ['décembre', 'Dezember', 'dicembre', 'diciembre']
]
