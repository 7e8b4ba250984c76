/**
 * Abbreviations whose full stop ends no sentence. Seen in the corpora: `Mr.`, `Mrs.`, `Dr.`,
 * `Hon. Wm. H. Seward`, `Gen.`, `Capt.`, `Esq.`, `Messrs.`, `M. Molotov`, `Mme` (FRUS, the
 * Richardson messages, the printed collections); `No. 28`, `Vol. 17`, `p. 14`, `pp.`, `Nos.`,
 * `Tel. 3`, `fig.`, `art.`, `sec.` (source citations of the Moscow 1957 edition and its web copies,
 * FRUS source notes and footnotes).
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
