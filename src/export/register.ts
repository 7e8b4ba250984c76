/**
 * The authority register a user supplies (`--register FILE.json`): name variants of persons and
 * places, each to the URI of its authority record (GND, VIAF, Wikidata, GeoNames, …). Nothing is
 * looked up elsewhere and nothing is guessed: a name the register does not list gets no URI.
 */
import {z} from 'zod'
import {jsonSchemaOf} from '../schema/json-schema.js'
import type {Person} from '../schema/person.js'

const AuthorityUri = z
  .url({protocol: /^https?$/u, hostname: z.regexes.domain})
  .describe('The URI of an authority record: `https://d-nb.info/gnd/118642499`, `https://www.geonames.org/524901`.')

export const RegisterSchema = z
  .object({
    persons: z.record(z.string().min(1), AuthorityUri).optional().describe('A person’s (or body’s) name as the letters print it → URI. Tried for each party: as printed, the name, forename and surname, the surname.'),
    places: z.record(z.string().min(1), AuthorityUri).optional().describe('A place name as the letters print it → URI.')
  })
  .strict()
  .meta({id: 'Register', title: 'Register', description: 'Authority URIs for the names in letters, for epistola’s TEI and CMIF output.'})

export type Register = z.infer<typeof RegisterSchema>

/** A register ready for look-ups: names compared without case, spacing or trailing stops and commas. */
export interface Lookup {
  person(person: Person): string | null
  place(name: string | null): string | null
}

const trailing = new Set(['.', ',', ';', ':'])

/** The form a name is compared in: lower case, single spaces, no trailing `.`, `,`, `;` or `:`. */
function key(name: string): string {
  const spaced = name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()
  let end = spaced.length
  while (end > 0 && trailing.has(spaced[end - 1]!)) end--
  return spaced.slice(0, end).trimEnd()
}

function table(entries: Record<string, string> | undefined): Map<string, string> {
  const map = new Map<string, string>()
  for (const [name, uri] of Object.entries(entries ?? {})) {
    if (!map.has(key(name))) map.set(key(name), uri)
  }
  return map
}

/** Look-ups into `register`; with none, every look-up answers `null`. */
export function createLookup(register: Register | null | undefined): Lookup {
  const persons = table(register?.persons)
  const places = table(register?.places)
  return {
    person(person) {
      const full = person.forename && person.surname ? `${person.forename} ${person.surname}` : null
      for (const name of [person.raw, person.name, full, person.surname]) {
        const uri = name ? persons.get(key(name)) : undefined
        if (uri) return uri
      }
      return null
    },
    place(name) {
      return (name && places.get(key(name))) || null
    }
  }
}

/** The JSON Schema (draft 2020-12) of a register file, shipped as `epistola/register.schema.json`. */
export function registerJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(RegisterSchema, 'register', 'Register', 'Authority URIs for the names in letters (`epistola --register FILE.json`).')
}
