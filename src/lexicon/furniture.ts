/**
 * Page furniture of web copies: links and notices that are no part of a letter. Seen in the
 * corpora: `Back to top`, `Text Version` (marxists.org), `Image file currently unavailable`
 * (FDR Library), `This work is licensed under …` (revolutionarydemocracy.org); the rest are
 * the same sites' other navigation links and notices (`Table of Contents`, `Printable version`,
 * `Contains public sector information`, `All rights reserved`).
 */

/** A whole line that is a link: `Back to top`, `Next page »`, `Table of Contents`. */
export const furnitureLines = [
  'back to top', 'back to index', 'back to contents', 'back to the top', 'text version', 'print this page', 'print version',
  'printable this page', 'printable version', 'next page', 'previous page', 'home', 'home page', 'homepage', 'table of contents',
  'top of page', 'skip to content', 'skip to main content', 'share this', 'share this page'
]

/** The start of a notice line: `Return to …`, `This work is licensed under …`. */
export const furnitureOpenings = ['return to', 'image file', 'this work is licensed', 'this work is licenced', 'contains public sector information', 'all rights reserved']
