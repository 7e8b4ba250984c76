/**
 * The layout in words a user understands, one sentence a line: what `epistola convert --explain`
 * prints.
 */
import type {Layout} from './types.js'

const shapeSamples: Record<string, string> = {roman: '`XX.`', arabic: '`33.`'}

function shapeInWords(shape: string): string {
  const [word, numeral] = shape.includes(' ') ? shape.split(' ') : ['', shape]
  const sample = word ? `\`${word.charAt(0).toUpperCase()}${word.slice(1)} ${numeral === 'roman' ? 'XII' : '12'}.\`` : shapeSamples[numeral!]
  return `${word ? word + ' and ' : ''}${numeral === 'roman' ? 'roman' : 'arabic'} numeral alone on a line (${sample})`
}

export function explainLayout(layout: Layout): string[] {
  const lines: string[] = []
  if (layout.numberLines.length > 0) lines.push(`Letters open with a number line: ${layout.numberLines.map(shapeInWords).join('; ')}.`)
  else if (layout.headingsOpen) lines.push('Letters open with a heading.')
  else lines.push('No repeated opener was learnt: letters are told apart by headings, datelines, salutations and signatures as each one reads.')
  if (layout.headingsOpen) lines.push('Running text after a signature is read as the letter’s postscript (headings open the letters).')
  if (layout.datesLead) lines.push('Datelines stand above the headings (a date after a body opens the next letter).')
  if (layout.letterGap !== null) lines.push(`Letters are parted by ${layout.letterGap} or more blank lines (paragraphs by fewer).`)
  if (layout.signatures.length > 0) lines.push(`Repeated signatures: ${layout.signatures.map((s) => `\`${s}\``).join(', ')}.`)
  return lines
}
