/**
 * The published package (issue 6): the tarball holds only what users need, and the built
 * package loads with both `import` and `require`. Uses the built `dist/` (`npm test` builds).
 * `npm run lint:package` runs publint and arethetypeswrong on the packed tarball.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const sample = 'W. CHURCHILL TO J. V. STALIN\n\nI am very glad to get your message.\n\nW. CHURCHILL\n'

describe('npm pack', () => {
  const files: string[] = []

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
    const [pack] = JSON.parse(out) as Array<{files: Array<{path: string}>}>
    files.push(...pack!.files.map((file) => file.path))
  }, 60_000)

  it('holds only dist, the JSON Schemas, the docs, README, CHANGELOG, LICENSE and package.json (not the vendored validation schemas)', () => {
    const allowed = /^(?:dist\/[\w.-]+\.(?:js|cjs|d\.ts|d\.cts)|schema\/(?:letter|layout|edition|register)\.schema\.json|doc\/[\w-]+\.(?:md|png)|package\.json|README\.md|CHANGELOG\.md|LICENSE(?:\.md)?)$/u
    expect(files.filter((file) => !allowed.test(file))).toEqual([])
  })

  it('holds doc/, which the README and every rule’s url point to (issue 15, finding 16)', () => {
    for (const file of ['doc/rules.md', 'doc/syntax-tree.md', 'doc/security.md', 'doc/cli.md']) expect(files).toContain(file)
  })

  it('holds every file the README links to or shows by a relative path, so the README is whole wherever the package is (doc/preview.png)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const targets = new Set<string>()
    const add = (url: string) => {
      // Relative to the package: no scheme (https:, mailto:), not protocol-relative, not only a #fragment.
      if (!/^(?:[a-z][a-z\d+.-]*:|\/\/|#)/iu.test(url)) targets.add(decodeURI(url.split('#')[0]!.split('?')[0]!).replace(/^\.\//u, ''))
    }
    visit(unified().use(remarkParse).parse(readme), (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') add(node.url)
      // Raw HTML (`<img src>`, `<a href>`), should the README ever use it.
      if (node.type === 'html') for (const match of node.value.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/giu)) add(match[1]!)
    })
    expect(targets).toContain('doc/preview.png')
    expect([...targets].filter((target) => !files.includes(target))).toEqual([])
  })

  it('holds the entry points, the types, the CLI and the schema', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'schema/letter.schema.json', 'schema/edition.schema.json', 'schema/register.schema.json', 'package.json']) {
      expect(files).toContain(file)
    }
  })

  it('holds README, CHANGELOG and LICENSE whenever the repository has them', () => {
    for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
      if (existsSync(join(root, file))) expect(files).toContain(file)
    }
  })
})

describe('package.json and dist (issue 15, finding 16)', () => {
  it('says where the repository, the home page and the issues are', async () => {
    const pkg = (await import('../package.json', {with: {type: 'json'}})).default as Record<string, unknown>
    expect(pkg.repository).toEqual({type: 'git', url: 'git+https://github.com/epistola/epistola.git'})
    expect(pkg.homepage).toBe('https://github.com/epistola/epistola#readme')
    expect(pkg.bugs).toEqual({url: 'https://github.com/epistola/epistola/issues'})
  })

  it('carries one copy of the library for ESM: index.js and the CLI share it', () => {
    const esm = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'))
    const copies = esm.filter((name) => readFileSync(join(root, 'dist', name), 'utf8').includes('async function* parseLettersStream('))
    expect(copies).toHaveLength(1)
    expect(copies[0]).toMatch(/^chunk-/u)
    for (const entry of ['index.js', 'cli.js']) expect(readFileSync(join(root, 'dist', entry), 'utf8')).toContain(`from "./${copies[0]}"`)
    expect(readFileSync(join(root, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })

  it('does not show the stream’s internal state in FromTextOptions', () => {
    const types = readFileSync(join(root, 'dist/index.d.ts'), 'utf8')
    const options = /interface FromTextOptions \{[\s\S]*?\n\}/u.exec(types)![0]
    expect(options).toContain('start?:')
    expect(options).not.toContain('state')
  })
})

describe('the built package', () => {
  // Load it by name, as a user would: a temporary node_modules/epistola linking to the repository.
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'epistola-package-'))
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(root, join(dir, 'node_modules', 'epistola'), 'dir')
  })

  afterAll(() => {
    rmSync(dir, {recursive: true, force: true})
  })

  it('loads with `require` (CommonJS)', () => {
    const require = createRequire(join(dir, 'index.cjs'))
    const api = require('epistola') as typeof import('../src/index.js')
    expect(typeof api.parseLetters).toBe('function')
    const [letter] = api.parseLetters(sample)
    expect(letter?.heading?.text).toBe('W. CHURCHILL TO J. V. STALIN')
    expect(api.LetterSchema.safeParse(letter).success).toBe(true)
    expect(require('epistola/letter.schema.json')).toMatchObject({$ref: '#/$defs/Letter'})
  })

  it('loads with `import` (ESM), in a separate Node process', () => {
    const script = `import {parseLetters, LetterSchema} from 'epistola'
      import schema from 'epistola/letter.schema.json' with {type: 'json'}
      const [letter] = parseLetters(${JSON.stringify(sample)})
      console.log(JSON.stringify({heading: letter.heading.text, valid: LetterSchema.safeParse(letter).success, schema: typeof schema}))`
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: dir, encoding: 'utf8'})
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({heading: 'W. CHURCHILL TO J. V. STALIN', valid: true, schema: 'object'})
  })

  it('gives the same letters through `import` and `require`', async () => {
    const require = createRequire(join(dir, 'index.cjs'))
    const cjs = require('epistola') as typeof import('../src/index.js')
    const esm = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js')
    expect(cjs.parseLetters(sample)).toEqual(esm.parseLetters(sample))
  })
})
