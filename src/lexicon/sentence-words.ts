/**
 * Words that open sentences of a letter's body, never a party of a heading on their own:
 * `As to Finland, the U.S.S.R. does no …` (the sample), `Referring to your No. 280, …` (frus),
 * `Regarding the available records of the …` (dev), `Repeated to Panama for …` (frus) would
 * otherwise read as `X to Y`. The other
 * words came with the set they were taken from. Lowercase.
 */
export const sentenceOpeners = [
  'as', 'in', 'on', 'it', 'i', 'we', 'this', 'that', 'these', 'those', 'if', 'when', 'but', 'and', 'or', 'for', 'with', 'at', 'by',
  'from', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'there', 'here', 'what', 'why', 'how', 'please', 'thank', 'allow',
  'since', 'after', 'before', 'now', 'so', 'yet', 'also', 'all', 'any', 'some', 'no', 'not', 'he', 'she', 'they', 'you', 'me', 'us',
  'them', 'only', 'due', 'according', 'owing', 'up', 'down', 'next', 'then', 'than', 'such', 'both', 'each', 'every', 'one', 'two',
  'three', 'first', 'second', 'last', 'as to', 'further', 'further to', 'regarding', 'reply', 'referring', 'pursuant', 'subject',
  'similar', 'similarly', 'thanks',
  // A telegram's routing line: `Repeated to Panama for General Andrews.` (frus).
  'repeated', 'sent', 'forwarded', 'transmitted', 'delivered', 'copy', 'copies'
]
