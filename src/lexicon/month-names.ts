/**
 * Month names and the abbreviations datelines print (`Jan.`, `Sept.`, `Decr.`), for datelines
 * without a year (`STEVENTON, December 1.`, `_July_ 28th`).
 */
export const monthNames: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.', 'Decr.', 'Novr.', 'Octr.', 'Septr.'
]
