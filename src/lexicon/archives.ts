/**
 * Archives, collections and editions, as source notes and citations name them. Seen in the
 * corpora (`../shared/corpus/dev`): `Roosevelt Papers: Telegram`, `London Embassy Files—710 …`,
 * `"Great Britain Folder"` (FRUS source notes), `Russian State Archive of Social and Political
 * History` (rusarchives copies), `RC (DLC); endorsed as received …` (Founders Online, whose editors
 * describe each document by such a code: `RC` recipient's copy, `ALS` autograph letter signed,
 * `Dft` draft …), `Stalin: Works, Vol. 17: 1941`, `Publishers` (citations of the Moscow 1957
 * edition's web copies). The other words came with the patterns they were taken from.
 */

/** A body of papers, after its owner's name: `Roosevelt Papers`, `London Embassy Files`. */
export const collectionWords = ['Papers', 'Files', 'Records', 'Collection', 'Archive', 'Archives', 'Folder', 'Manuscripts']

/** The institution that holds them, ending its name: `National Archives`, `Public Record Office`. */
export const institutionWords = ['Archive', 'Archives', 'Library', 'Record Office']

/** Words before an institution word: `Russian State Archive`, `Presidential Library`. */
export const institutionQualifiers = ['State', 'National', 'Central', 'Federal', 'Public', 'Presidential']

/** A file's name in quotation marks ends so: `"Great Britain Folder"`, `"Stalin Box"`. */
export const fileWords = ['Folder', 'File', 'Box', 'Papers', 'Collection']

/** An editor's description of a document's form (Founders Online): `RC` recipient's copy, `ALS` autograph letter signed, `Dft` draft. */
export const documentDescriptors = ['RC', 'FC', 'Dft', 'Df', 'Tr', 'ALS', 'LS', 'ADfS', 'ADf', 'AL', 'Lb', 'LbC', 'Copy', 'Typescript', 'MS']

/** Words that make a citation part a publisher (besides `Publish…`): `Foreign Languages Publishing House`, `Oxford University Press`. */
export const publisherWords = ['Press', 'Verlag', 'Edition', 'Editions', 'Books', 'House', 'Printing', 'Printers', 'Office']

/** Words of an edition's title, never an author's name: `Works`, `Correspondence`, `Papers`. */
export const editionTitleWords = ['Correspondence', 'Papers', 'Works', 'Writings', 'Collected', 'Letters', 'Review']
