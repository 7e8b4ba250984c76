/**
 * Keys of `Key: value` header lines. Seen in the corpora (`../shared/corpus/dev` and the sample):
 * `Title:`, `Source :`, `Source:`, `Publisher :`, `Published:`, `Public Domain :` (marxists.org
 * headers), `From:`, `To:` (Founders Online API records). The other keys came with the pattern they
 * were taken from: the rest of such headers and of archive catalogues (`Repository:`,
 * `Citation:` …), which the sample does not print. Lowercase; a space stands for any run of spaces.
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
