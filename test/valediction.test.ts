/**
 * The last block before the close (src/parse/segment/valediction.ts), on the blocks of the
 * printed editions where the field’s convention (GOLD.md) decides.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseLetters} from '../src/api.js'
import {isValediction} from '../src/parse/segment/valediction.js'

const letters = (name: string) => parseLetters(readFileSync(new URL(`../fixtures/printed/${name}.txt`, import.meta.url), 'utf8'))

describe('isValediction', () => {
  it('takes farewell, blessing, love, greetings and stopping as the close', () => {
    for (const block of [
      'Adieu, dear; I love you and wish to see you happy.',
      'A thousand fervent and very affectionate kisses.',
      'God bless you--',
      'Kindest regards to the Queen of Holland and to her little Napoleons.',
      'I cannot write any more now, but I have written enough to make you very happy, and therefore may safely conclude.'
    ]) {
      expect(isValediction(block), block).toBe(true)
    }
  })
  it('keeps news, plans and thanks in the body', () => {
    for (const block of [
      'Adieu, dear. I have made peace with Saxony.',
      'Adieu, dear; I should much have liked to see you, but trust that in five or six days I shall be able to send for you.',
      'I am most sincerely and affectionately grateful to you, and am full of pleasure and delight.',
      'In two days I shall be at Warsaw, whence I shall write you.',
      ''
    ]) {
      expect(isValediction(block), block).toBe(false)
    }
  })
})

describe('the last block of a letter', () => {
  it('is the close when it only bids farewell, and body when it brings news (Napoleon, 1806)', () => {
    const napoleon = letters('gutenberg-napoleon-to-josephine-1806-12-nos-20-26')
    expect(napoleon.map((letter) => letter.body.length)).toEqual([1, 2, 2, 2, 2, 2, 3])
    expect(napoleon[0]!.closing).toBe('Adieu, dear; I love you and wish to see you happy.')
    expect(napoleon[3]!.body[1]!.text).toBe('Adieu, dear. I have made peace with Saxony.--Yours ever,')
  })
  it('leaves the only block of a body in the body', () => {
    const keats = letters('gutenberg-keats-letters-1818-12-lxxxi-lxxxvi')
    expect(keats.every((letter) => letter.body.length >= 1)).toBe(true)
  })
  it('joins a close wrapped over lines (Adams to Washington, 1798)', () => {
    const text = readFileSync(new URL('../fixtures/official/gutenberg-richardson-john-adams-messages-washington-acceptance-1798.txt', import.meta.url), 'utf8')
    const closes = parseLetters(text).map((letter) => letter.closing).filter((close) => close?.startsWith('With very great respect'))
    expect(closes).toHaveLength(1)
  })
})
