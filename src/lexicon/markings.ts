/**
 * Security and handling markings. Seen in the corpora (`../shared/corpus`, folder in brackets):
 * `Personal and Top Secret.`, `top secret`, `secret`, `operational priority`, `priority`, `urgent`
 * (dev: the Moscow 1957 edition's web copies, FRUS telegrams), `confidential` (frus). The other
 * markings came with the patterns they were taken from: the period's telegram markings the sample
 * does not print.
 */

/** How secret: `Personal and Secret`, `Top Secret`, `Strictly confidential`. */
export const markings = ['strictly personal', 'personal', 'private', 'top secret', 'most secret', 'secret', 'strictly confidential', 'confidential', 'restricted', 'eyes only']

/** How urgent, and in what form it was sent: `Operational priority`, `Most immediate`, `Plain`. */
export const precedences = ['operational priority', 'most immediate', 'immediate', 'priority', 'urgent', 'flash', 'routine', 'plain', 'clear', 'triple priority']
