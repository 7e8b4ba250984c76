/**
 * Words that open an address to a body rather than to a person, as messages to a legislature or
 * a council print it: `Gentlemen of the Senate:`, `Fellow-Citizens of the Senate and House of
 * Representatives:`, `My Lords and Gentlemen:`. From Richardson's *Messages and Papers of the
 * Presidents* (1896–99) and the parliamentary papers in `fixtures/official/`.
 */
export const collectiveAddressWords: readonly string[] = ['Gentlemen', 'Fellow-Citizens', 'Fellow-citizens', 'Fellow Citizens', 'Friends', 'Brethren', 'My Lords', 'Sirs']
