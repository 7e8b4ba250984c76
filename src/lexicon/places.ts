/**
 * Places. Seen in the corpora: `Moscow 1957`, `Moscow, 1953` (citations of the Moscow 1957
 * edition and its web copies); `London`, `Washington`, `Boston`, `Oxford`, `New York and
 * Philadelphia` (imprints of the printed collections); the other cities are where the period's
 * editions of letters and state papers were printed. `U.S.S. Augusta` (FDR Library: the Atlantic
 * Charter letters); `Wentworth Place`, `Hampstead`, `Stratford-on-Avon`, `Boulogne-sur-Mer`
 * (datelines of the printed collections).
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
