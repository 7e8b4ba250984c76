/**
 * Inputs to files: a file as given, a folder searched recursively for the extensions, a glob
 * expanded (tinyglobby). What matches nothing is kept, to be reported on its own line.
 */
import {statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {describeError} from './messages.js'

export interface Input {
  path: string
  /**
   * Where `-o FOLDER` puts the output: the path below the common base of the inputs (a file's
   * folder, a folder, a glob's static part), so that `p1/x.txt p2/x.txt` stay apart.
   */
  relative: string
}

export interface Inputs {
  files: Input[]
  /** Inputs that are not there (or matched nothing), with a one-line reason. */
  missing: Array<{path: string; reason: string}>
  /** Read stdin (no inputs, or `-`). */
  stdin: boolean
}

/** The static part of a glob: the folders before the first magic segment. */
function globBase(pattern: string): string {
  const segments = pattern.split('/')
  const base: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    base.push(segment)
  }
  return base.join('/') || '.'
}

/** The deepest folder holding every one of `folders`. */
function commonBase(folders: readonly string[]): string {
  let common = resolve(folders[0] ?? '.')
  for (const folder of folders.slice(1)) {
    const path = resolve(folder)
    while (path !== common && !path.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common)
  }
  return common
}

export async function findFiles(inputs: readonly string[], extensions: readonly string[]): Promise<Inputs> {
  const found: Array<{path: string; base: string}> = []
  const missing: Inputs['missing'] = []
  const seen = new Set<string>()
  const add = (path: string, base: string) => {
    if (seen.has(path)) return
    seen.add(path)
    found.push({path, base})
  }
  const extensionGlob = extensions.length === 1 ? `*.${extensions[0]}` : `*.{${extensions.join(',')}}`
  for (const input of inputs) {
    if (input === '-') continue
    let stats
    let problem: unknown
    try {
      stats = statSync(input)
    } catch (error) {
      problem = error
    }
    if (stats?.isDirectory()) {
      const matches = await glob(`**/${extensionGlob}`, {cwd: input, onlyFiles: true, ignore: ['**/node_modules/**'], expandDirectories: false})
      if (matches.length === 0) missing.push({path: input, reason: `No ${extensions.map((e) => `.${e}`).join(' or ')} files in this folder`})
      for (const rel of matches.sort()) add(join(input, rel), input)
    } else if (stats) {
      add(input, dirname(input))
    } else if (isDynamicPattern(input)) {
      const matches = await glob(input, {onlyFiles: true, expandDirectories: false})
      if (matches.length === 0) missing.push({path: input, reason: 'No files match this pattern'})
      const base = globBase(input)
      for (const path of matches.sort()) add(path, base)
    } else {
      missing.push({path: input, reason: describeError(problem)})
    }
  }
  const base = commonBase([...new Set(found.map((entry) => entry.base))])
  return {files: found.map(({path}) => ({path, relative: relative(base, resolve(path))})), missing, stdin: inputs.length === 0 || inputs.includes('-')}
}

/** Does this input name one file (not a folder, not a glob), whether it is there or not? */
export function isFilePath(input: string): boolean {
  if (input === '-') return true
  try {
    return !statSync(input).isDirectory()
  } catch {
    return !isDynamicPattern(input)
  }
}
