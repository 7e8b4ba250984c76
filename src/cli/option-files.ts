/**
 * The files some formats read beside the transcripts: `--edition FILE.json` (what a CMIF header
 * says of the edition) and `--register FILE.json` (authority URIs for names). Read and checked
 * once, before any transcript: each problem is one line naming the file and the key.
 */
import {readFileSync} from 'node:fs'
import {editionProblems, RegisterSchema, type Edition, type Register} from '../index.js'
import {describeError} from './messages.js'
import type {Settings} from './parse-argv.js'

export type OptionFiles = {edition: Edition | null; register: Register | null} | {problems: string[]}

/** The JSON in `path`, or the one-line reason it cannot be had. */
function readJson(path: string): {value: unknown} | {problem: string} {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    return {problem: `${describeError(error)}: \`${path}\``}
  }
  try {
    return {value: JSON.parse(text)}
  } catch (error) {
    return {problem: `Unexpected text in \`${path}\` that is not JSON (${(error as Error).message}), expected a JSON object`}
  }
}

export function readOptionFiles(settings: Pick<Settings, 'edition' | 'register'>): OptionFiles {
  const problems: string[] = []
  let edition: Edition | null = null
  let register: Register | null = null
  if (settings.edition !== undefined) {
    const read = readJson(settings.edition)
    if ('problem' in read) problems.push(read.problem)
    else {
      const found = editionProblems(read.value)
      if (found.length > 0) problems.push(...found.map((problem) => `${settings.edition}: ${problem}`))
      else edition = read.value as Edition
    }
  }
  if (settings.register !== undefined) {
    const read = readJson(settings.register)
    if ('problem' in read) problems.push(read.problem)
    else {
      const result = RegisterSchema.safeParse(read.value)
      if (result.success) register = result.data
      else problems.push(...result.error.issues.map((issue) => `${settings.register}: Unexpected \`${issue.path.map(String).join('.') || 'register'}\`: ${issue.message}`))
    }
  }
  return problems.length > 0 ? {problems} : {edition, register}
}
