/**
 * Keys of `Key: value` header lines. Seen in the corpora: `Title:`, `Source :`, `Publisher :`,
 * `Public Domain :`, `Transcription:` (marxists.org headers, `dev/marxists-*`, `stalin-churchill-1941`),
 * `From:`, `To:` (Founders Online API records, `dev/founders-api-*`). The other keys are the rest of
 * those two sites' headers (`First Published:`, `Transcription/HTML Markup:`, `Online Version:`,
 * `Copyleft:`, `Proofread:`) and of archive catalogues (`Repository:`, `Collection:`, `Citation:`).
 * Lowercase; a space stands for any run of spaces.
 */
export const metadataKeys = [
  'title', 'from', 'to', 'date', 'source', 'publisher', 'published', 'first published', 'transcription',
  'transcription/html markup', 'html', 'html markup', 'markup', 'public domain', 'copyleft', 'copyright', 'online version',
  'proofread', 'proofed', 'translated', 'translation', 'written', 'author', 'recipient', 'addressee', 'sender', 'place',
  'location', 'repository', 'collection', 'citation', 'editor', 'language', 'subject'
]

/** Keys whose value is the sender (`From: Washington, George`). */
export const senderKeys = ['from', 'sender']

/** Keys whose value is the addressee (`To: Jefferson, Thomas`). */
export const addresseeKeys = ['to', 'recipient', 'addressee']
