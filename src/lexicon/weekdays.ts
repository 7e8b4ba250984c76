/**
 * Names of the days and parts of the day as datelines print them before the date
 * (`DEVONSHIRE TERRACE, Thursday, Jan. 14th, 1841.`, `Wentworth Place, Tuesd. [December 22,
 * 1818].`, `Friday Morn`), with the abbreviations of the Keats, Dickens and Austen editions in
 * `fixtures/printed/`.
 */
export const dayNames: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Mon.', 'Tues.', 'Tuesd.', 'Wed.', 'Wedn.', 'Wednesd.', 'Thurs.', 'Thursd.', 'Fri.', 'Sat.', 'Sun.'
]

/** Parts of the day after a day's name, or alone: `Friday Morn`, `Evening`. */
export const dayParts: readonly string[] = ['Morning', 'Morn', 'Forenoon', 'Afternoon', 'Evening', 'Night', 'Noon', 'Midnight']
