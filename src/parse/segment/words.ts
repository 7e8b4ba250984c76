/** Word tests of the segmenter: an office under a signature, the start of an inside address. */

/** `Secretary of State`, `the President`, `of the United States`: an office or title line. */
export function isOffice(text: string): boolean {
  return /^(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)*(?:President|Secretary|Minister|Ambassador|Assistant|Commissar|Commander(?:-in-Chief)?|Chairman|Premier|Marshal|General|Admiral|Director|Counselor|Counsellor|Attaché|Chargé|Consul|Officer|Chief|Clerk|Librarian|Archivist)\b.*$/u.test(
    text
  ) || /^(?:to|of|for)\s+the\s+\p{Lu}/u.test(text)
}

/** `Hon. …`, `His Excellency …`, `…, Esq.`, `…, &c., &c.`: the start of an inside address. */
export function isInsideAddressStart(text: string): boolean {
  return /^(?:Hon\.|Honou?rable|The\s+(?:Right\s+)?Honou?rable|His\s+Excellency|Mr\.?|Mrs\.?|Miss|Dr\.?|Sir|Lord|General|Admiral|Marshal|Premier|President|Prime\s+Minister|To\s+the)\s/u.test(text) || /,\s*Esq\.?/u.test(text) || /,\s*(?:&c\.?,?\s*)+$/u.test(text)
}
