/**
 * The lexicon (`src/lexicon/`): its lists are clean data, `words` puts a list into a pattern
 * correctly, and every pattern built from a list is linear-time.
 *
 * ESLint's `regexp/no-super-linear-*` rules prove a literal linear, but cannot read a pattern
 * built at run time from a list. So this test lints each built pattern (`builtPatterns`) as the
 * literal it amounts to, with the same two rules `npm run lint` applies to `src/`.
 */
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {Linter} from 'eslint'
import regexp from 'eslint-plugin-regexp'
import {globSync} from 'tinyglobby'
import {describe, expect, it} from 'vitest'
import {parseArchive} from '../src/api.js'
import * as lexicon from '../src/lexicon/index.js'
import {builtPatterns, capitalised, pattern, words} from '../src/lexicon/pattern.js'

// Every module of the reading stage, so that every pattern it builds is in `builtPatterns`.
const modules = globSync('src/{extract,parse,compile,rules,lexicon}/**/*.ts', {absolute: true})
await Promise.all(modules.map((file) => import(pathToFileURL(file).href)))

const lists = Object.entries(lexicon).filter(([name, value]) => Array.isArray(value) && name !== 'builtPatterns') as Array<
  [string, ReadonlyArray<string | readonly string[]>]
>

describe('lists', () => {
  it('are found', () => {
    expect(lists.length).toBeGreaterThan(20)
  })

  it.each(lists)('%s: words trimmed, one space between words, none twice', (_, list) => {
    const flat = list.flat()
    expect(flat.length).toBeGreaterThan(0)
    for (const word of flat) expect(word).toMatch(/^\S+(?: \S+)*$/u)
    expect(new Set(flat).size).toBe(flat.length)
  })

  it('name each month by its first three letters', () => {
    lexicon.months.forEach((forms) => {
      for (const form of forms) expect(form.slice(0, 3)).toBe(forms[0]!.slice(0, 3))
    })
    expect(new Set(lexicon.months.map((forms) => forms[0]!.slice(0, 3).toLowerCase())).size).toBe(12)
  })
})

describe('words', () => {
  it('puts the longest word first, escapes, and matches any run of spaces', () => {
    expect(words(['Sep', 'September', 'Sept', 'a.m.', 'No (1)'])).toBe(String.raw`(?:September|No\s+\(1\)|Sept|a\.m\.|Sep)`)
    expect(words(['Record Office'], {space: 'one'})).toBe('(?:Record Office)')
    expect(words(['b', 'a', 'b'])).toBe('(?:a|b)')
  })

  it('makes a leftmost match take the longest word', () => {
    const month = pattern('u')`${['Sep', 'Sept', 'September']}`
    expect(month.exec('September 3')![0]).toBe('September')
    expect(pattern('u')`^${['[', '^', '$', '|', '\\']}$`.test('\\')).toBe(true)
  })

  it('capitalises', () => {
    expect(capitalised(['sincerely', 'yours'])).toEqual(['Sincerely', 'Yours'])
  })
})

describe('built patterns', () => {
  it('are built by every module that puts in a list', () => {
    expect(modules.length).toBeGreaterThan(20)
    expect(builtPatterns.length).toBeGreaterThan(40)
  })

  it('are built once, at module load, never per call', () => {
    const before = builtPatterns.length
    for (const name of ['fixtures/stalin-churchill-1941.txt', 'fixtures/dev/founders-washington-to-jefferson-1789-11-30.txt']) {
      parseArchive(readFileSync(name, 'utf8'))
    }
    expect(builtPatterns.length).toBe(before)
  })

  const linter = new Linter({configType: 'flat'})
  const rules = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']
  const config = [{plugins: {regexp}, languageOptions: {ecmaVersion: 2023 as const, sourceType: 'module' as const}, rules: Object.fromEntries(rules.map((rule) => [rule, 'error' as const]))}]

  it.each(builtPatterns.map((built) => [String(built.regex).slice(0, 100), built] as const))('%s is linear-time', (_, built) => {
    const messages = linter.verify(`export const pattern = ${String(built.regex)}\n`, config)
    const allowed = new Set(built.allow?.rules ?? [])
    expect(messages.filter((message) => !allowed.has(message.ruleId ?? '')).map((message) => message.message)).toEqual([])
    // An allowance must still be needed, as an `eslint-disable` comment must.
    for (const rule of allowed) expect(messages.some((message) => message.ruleId === rule)).toBe(true)
  })
})
