/**
 * Page furniture of web copies: links and notices that are no part of a letter. Seen in the
 * corpora (`../shared/corpus/dev`): `Back to top`, `← Back to index`, `Text Version`, `Image file
 * currently unavailable`, `This work is licensed under …`. The other links and notices came with the
 * pattern they were taken from: the same sites' navigation the sample does not print.
 */

/** A whole line that is a link: `Back to top`, `Next page »`, `Table of Contents`. */
export const furnitureLines = [
  'back to top', 'back to index', 'back to contents', 'back to the top', 'text version', 'print this page', 'print version',
  'printable this page', 'printable version', 'next page', 'previous page', 'home', 'home page', 'homepage', 'table of contents',
  'top of page', 'skip to content', 'skip to main content', 'share this', 'share this page'
]

/** The start of a notice line: `Return to …`, `This work is licensed under …`. */
export const furnitureOpenings = ['return to', 'image file', 'this work is licensed', 'this work is licenced', 'contains public sector information', 'all rights reserved']
