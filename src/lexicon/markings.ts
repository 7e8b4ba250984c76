/**
 * Security and handling markings. Seen in the corpora: `Personal and Secret`, `Top Secret`,
 * `Most Secret` (the Moscow 1957 edition and its web copies), `Confidential`, `Restricted`,
 * `Urgent`, `Priority`, `Operational priority` (FRUS heads and telegram address lines); `Eyes only`,
 * `Most immediate`, `Flash`, `Routine`, `Plain`, `Clear` are the other markings of the period's
 * telegrams.
 */

/** How secret: `Personal and Secret`, `Top Secret`, `Strictly confidential`. */
export const markings = ['strictly personal', 'personal', 'private', 'top secret', 'most secret', 'secret', 'strictly confidential', 'confidential', 'restricted', 'eyes only']

/** How urgent, and in what form it was sent: `Operational priority`, `Most immediate`, `Plain`. */
export const precedences = ['operational priority', 'most immediate', 'immediate', 'priority', 'urgent', 'flash', 'routine', 'plain', 'clear', 'triple priority']
