/**
 * Places. Seen in the corpora (`../shared/corpus`, folder in brackets): `Moscow, 1953`, `Moscow 1957`
 * (dev and the sample: citations of the Moscow 1957 edition's web copies), `U.S.S. AUGUSTA`,
 * `H.M.S. PRINCE OF WALES` (dev: FDR Library). The other cities, particles and ship prefixes came
 * with the patterns they were taken from: imprints and datelines the sample does not print.
 */

/** Cities a citation names as its place of publication (a space is one space). */
export const publishingPlaces = [
  'Moscow', 'London', 'New York', 'Washington', 'Paris', 'Berlin', 'Leningrad', 'Oxford', 'Cambridge', 'Boston', 'Chicago',
  'Princeton', 'Edinburgh', 'Toronto', 'Peking', 'Beijing', 'Tokyo', 'Kiev', 'Prague', 'Warsaw', 'Vienna', 'Rome', 'Madrid',
  'Calcutta', 'Delhi', 'Bombay', 'Sofia', 'Budapest', 'Belgrade', 'Bucharest', 'Tirana', 'Stockholm', 'Ottawa', 'Hanoi',
  'Havana', 'Lisbon', 'Philadelphia', 'Baltimore', 'San Francisco', 'Los Angeles', 'Hyde Park', 'Stanford', 'Ithaca',
  'New Haven', 'Charlottesville', 'Richmond', 'Glasgow', 'Dublin', 'Manchester', 'Geneva', 'Zurich', 'Brussels', 'Amsterdam'
]

/** Lowercase words a place name may hold: `Stratford-upon-Avon`, `Frankfurt am Main`, `near Bath`. */
export const placeParticles = ['of', 'on', 'upon', 'the', 'de', 'la', 'le', 'am', 'an', 'near', 'bei', 'sur']

/** Ships, whose name is the place a letter was written: `U.S.S. Augusta`, `H.M.S. Prince of Wales`. */
export const shipPrefixes = ['USS', 'HMS', 'RMS', 'SS']
