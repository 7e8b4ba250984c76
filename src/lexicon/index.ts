/**
 * The lexicon: the word lists the reading stage recognises, as data (one file a family, each
 * saying where its words come from), and the one helper that puts a list into a pattern.
 * Add a word to its list; the patterns built from the list take it at the next build.
 */
export * from './abbreviations.js'
export * from './archives.js'
export * from './closings.js'
export * from './documents.js'
export * from './furniture.js'
export * from './markings.js'
export * from './metadata.js'
export * from './months.js'
export * from './pattern.js'
export * from './places.js'
export * from './salutations.js'
export * from './sentence-words.js'
export * from './titles.js'
export * from './valedictions.js'
export * from './weekdays.js'
