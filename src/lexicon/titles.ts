/**
 * Titles, offices and the small words of names. Seen in the corpora (`../shared/corpus`, folder in
 * brackets): `Premier J. V. Stalin`, `Prime Minister Churchill`, `Secretary of State to …`,
 * `Ambassador in …`, `Chargé in …`, `Council of People's Commissars`, `The Right Honorable Lord
 * John Russell`, `Lord Lyons` (dev: the Moscow 1957 edition's web copies, FRUS), `His Excellency`
 * (official), `M. de Cordoba` (official). The other words came with the patterns and sets they were
 * taken from: forms of the same kind the sample does not print.
 */

/** Styles of rank, said with `His` or `Her`: `His Excellency D.B. Mitchell`, `His Majesty`. */
export const styles = ['Excellency', 'Majesty', 'Royal Highness', 'Imperial Majesty', 'Highness', 'Holiness', 'Grace', 'Lordship', 'Ladyship']

/** Titles, honorifics and offices that stand before a name: `Marshal Stalin`, `Mr. Hopkins`. */
export const titles = [
  'The Right Honorable', 'The Right Honourable', 'Right Honorable', 'Right Honourable',
  ...styles.flatMap((style) => [`His ${style}`, `Her ${style}`]),
  'Minister President', 'Prime Minister', 'Foreign Secretary', 'Secretary of State', 'Field Marshal', 'Foreign Minister',
  'Vice President', 'Generalissimo', 'Ambassador', 'Commissar', 'Chancellor', 'Chairman', 'Secretary', 'Premier',
  'President', 'Speaker', 'Marshal', 'General', 'Admiral', 'Minister', 'Monsieur', 'Madame', 'Comrade', 'Senator', 'Governor',
  'Captain', 'Colonel', 'Major', 'Lieutenant', 'Princess', 'Prince', 'Emperor', 'Empress', 'Count', 'Countess',
  'King', 'Queen', 'Lord', 'Lady', 'Sir', 'Dame', 'Hon', 'Honorable', 'Honourable', 'Mrs', 'Miss', 'Mme', 'Mr', 'Ms', 'Dr', 'M'
]

/** Words that end an office or a body, never a name: `Secretary of State`, `Council of People's Commissars`. */
export const officeWords = [
  'state', 'states', 'union', 'republic', 'kingdom', 'government', 'council', 'ministers', 'commissars', 'affairs',
  'committee', 'army', 'navy', 'office', 'department', 'embassy', 'legation', 'consulate', 'consul', 'presidium', 'soviet', 'ussr', 'u.s.s.r.',
  'party', 'assistant', 'secretary', 'president', 'minister', 'premier', 'ambassador', 'chargé', 'charge', 'commissar',
  'chairman', 'staff', 'chiefs', 'command', 'commander', 'commander-in-chief', 'cabinet', 'parliament', 'congress',
  'senate', 'house', 'representatives', 'speaker', 'court', 'people', "people's", 'people’s', 'nations', 'conference', 'delegation', 'mission',
  'headquarters', 'agency', 'bureau', 'board', 'commission', 'ministry', 'admiralty', 'general', 'marshal', 'attaché',
  'person'
]

/** Office words that name a body of people, not one person: `the Soviet Government`, `the Combined Chiefs of Staff`. */
export const groupWords = [
  'council', 'committee', 'presidium', 'government', 'cabinet', 'parliament', 'congress', 'senate', 'commission', 'board',
  'ministry', 'commissars', 'ministers', 'chiefs', 'people', 'nations', 'staff', 'delegation', 'mission', 'bureau', 'agency',
  'department', 'embassy', 'legation', 'headquarters', 'admiralty'
]

/** The small words between the words of an office: `Minister of Foreign Affairs`, `Chairman of the Council`. */
export const officeJoiners = ['of', 'in', 'for', 'the', 'and']

/** Particles of a surname, printed in lowercase: `M. de Cordoba`, `van Kleffens`, `d'Estaing`, `Ortega y Gasset`. */
export const nameParticles = ['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'della', 'ten', 'ter', "d'", 'st.', 'al', 'el', 'bin', 'ibn', 'y']

/** Lowercase words inside a heading's party: `Council of People's Commissars`, `Ambassador in the Soviet Union`. */
export const partyConnectors = [...nameParticles, 'of', 'the', 'and', 'in', 'for', 'on', 'at', '&']

/** Lowercase words inside a signature line: `Secretary of State`, `Go: Washington`'s `to`, `Jones & Co`. */
export const signatureConnectors = [...nameParticles, 'of', 'the', 'and', 'to', 'for', 'in', '&']

/** Offices printed under a signature (`Secretary of State`, `Librarian of Congress`): `segment.ts`'s `isOffice`. */
export const offices = [
  'President', 'Secretary', 'Minister', 'Ambassador', 'Assistant', 'Commissar', 'Commander', 'Commander-in-Chief', 'Chairman',
  'Premier', 'Marshal', 'General', 'Admiral', 'Director', 'Counselor', 'Counsellor', 'Attaché', 'Chargé', 'Consul', 'Officer',
  'Chief', 'Clerk', 'Librarian', 'Archivist'
]

/** How an inside address opens (`Hon. Wm. H. Seward,`, `His Excellency`, `To the President`): `segment.ts`'s `isInsideAddressStart`. */
export const addressOpenings = [
  'Hon.', 'Honorable', 'Honourable', 'The Honorable', 'The Honourable', 'The Right Honorable', 'The Right Honourable',
  'His Excellency', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Miss', 'Dr.', 'Dr', 'Sir', 'Lord', 'General', 'Admiral', 'Marshal',
  'Premier', 'President', 'Prime Minister', 'To the'
]
