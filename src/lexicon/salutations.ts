/**
 * Salutations. Seen in the corpora (`../shared/corpus`, folder in brackets): `Dear Sir,` `Dear
 * Winston:` `Esteemed Mr. President:` `Sir:` `My Lord:` (dev), `Excellency:` (frus), `SIR:` `My
 * Lord,` `GENTLEMEN:` (official), `My dear Fanny,` `MY DEAR CASSANDRA,` (printed). `honored`,
 * `beloved`, `madam(e)`, `your majesty`, `your highness` and `comrade(s)` came with the patterns
 * they were taken from: forms of the same kind the sample does not print.
 */

/** Words before the name: `My dear Winston`, `Esteemed Mr. President`, `Honoured Sir`. */
export const salutationAdjectives = ['dear', 'dearest', 'esteemed', 'honoured', 'honored', 'respected', 'beloved']

/** A salutation that is a form of address alone, on its line or run into a sentence: `Sir,` `Gentlemen:` `Your Excellency,`. */
export const addressForms = ['sir', 'sirs', 'madam', 'madame', 'gentlemen', 'my lord', 'your excellency', 'your majesty', 'your highness', 'comrade', 'comrades']

/**
 * Forms of address read as a salutation only on a line of their own. Run into a sentence
 * (`Excellency: I have the honor …`, FRUS 1942 vol. VI d195) `Excellency` is one too, but reading
 * it there changes letters' output: left for an issue that may change behaviour.
 */
export const lineAddressForms = ['excellency']

/**
 * Nouns after `Dear` that name no one: `Dear Sir`, `My dear Friend`, `Dear Colleagues`, and the
 * kin a family letter greets (`MY VERY DEAR SISTER,--`, printed: Mozart).
 */
export const commonAddressees = [
  'sir', 'sirs', 'madam', 'madams', 'friend', 'friends', 'colleague', 'colleagues', 'sister', 'brother', 'father', 'mother',
  'son', 'daughter', 'aunt', 'uncle', 'cousin', 'nephew', 'niece', 'child', 'children', 'wife', 'husband', 'parents'
]

/**
 * Words that open an address to a body rather than to a person, as messages to a legislature or
 * a council print it: `Gentlemen of the Senate:`, `Fellow-Citizens of the Senate and House of
 * Representatives:`, `My Lords and Gentlemen:`. From Richardson's *Messages and Papers of the
 * Presidents* (1896–99) and the parliamentary papers in `fixtures/official/`.
 */
export const collectiveAddressWords: readonly string[] = ['Gentlemen', 'Fellow-Citizens', 'Fellow-citizens', 'Fellow Citizens', 'Friends', 'Brethren', 'My Lords', 'Sirs']

/** Words before a relation or title in a heading that names nobody (`TO HIS SISTER.`, `TO THE SAME.`). */
export const relationWords = ['HIS', 'HER', 'THEIR', 'MY', 'THE', 'A', 'AN']
