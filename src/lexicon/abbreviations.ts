/**
 * Abbreviations whose full stop ends no sentence. Seen in the corpora (`../shared/corpus`, folder
 * in brackets): `Hon. Wm. H. Seward`, `M. Molotov` (dev), `Dr.`, `M. Drouyn` (frus), `St.` (official),
 * `Messrs.`, `Rev.` (printed), `No. 3`, `p. 7`, `pp. 1` (dev: citations and FRUS source notes). The
 * others came with the patterns they were taken from: forms of the same kind the sample does not
 * print.
 */

/** Before or inside a name: `Mr.`, `Hon. Wm. H. Seward`, `Capt.`, `M. Molotov`. */
export const nameAbbreviations = ['mr', 'mrs', 'ms', 'dr', 'st', 'hon', 'wm', 'jr', 'sr', 'gen', 'col', 'capt', 'lt', 'adm', 'rev', 'messrs', 'esq', 'm', 'mme']

/** Before a number: `No. 28`, `Vol. 17`, `pp. 3-5`, `Tel. 616`. */
export const numberAbbreviations = ['no', 'nos', 'nr', 'vol', 'vols', 'p', 'pp', 'art', 'sec', 'ch', 'fig', 'tel']

/** Words printed before a number, in full: `Telegram 616`, `Number 32`, `page 4`. */
export const numberWords = ['telegram', 'number', 'page']

/** An editor's abbreviations in a citation: `ed.`, `eds.`, `Ed.` (with those before a number and a name). */
export const editorAbbreviations = ['Ed', 'ed', 'eds']

/** Numbers in words, as volumes print them: `Volume Two`. */
export const numerals = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten']
