/**
 * Bytes to text, chunk by chunk, in the encodings archivists' files are in: UTF-8 (the
 * default), Latin-1, Windows-1252, UTF-16 (by its byte order mark, or named LE/BE). Bytes that
 * are not text in the encoding stop the decoding at the exact byte where they start: the text
 * before them is given, nothing after (no U+FFFD is ever made up).
 */
import {isUtf8} from 'node:buffer'
import {windows1252High} from './windows-1252.js'

export type Encoding = 'utf-8' | 'latin1' | 'windows-1252' | 'utf-16' | 'utf-16le' | 'utf-16be'

/** The names `--encoding` takes, to the encoding each means. */
export const encodingNames: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'utf-16': 'utf-16',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be'
}

export interface BadBytes {
  /** Offset of the first byte that is not text in the encoding. */
  byte: number
  reason: string
  ruleId: 'not-utf8' | 'not-utf16'
}

export interface Decoder {
  /** The text of `chunk` (with what waited from the chunk before); `''` once bytes went bad. */
  write(chunk: Uint8Array): string
  /** The text still waiting; `''` when the input ends inside a character (then `error` says so). */
  end(): string
  /** Bytes read so far. */
  readonly bytes: number
  readonly error: BadBytes | null
}

const hint = 'use --encoding latin1, windows-1252 or utf-16 for a file in one of those'

function notUtf8(byte: number, first: Uint8Array | null): BadBytes {
  const bom = first && first.length >= 2 && ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff))
  return {
    byte,
    ruleId: 'not-utf8',
    reason: `Unexpected bytes that are not UTF-8 at byte ${byte}, expected UTF-8 text (${bom ? 'the file starts with a UTF-16 byte order mark: use --encoding utf-16' : hint})`
  }
}

/**
 * Where UTF-8 goes bad, scanning `chunk` from the state left by the chunk before (Unicode's
 * table of well-formed byte sequences). Returns the offset of the first byte of the bad sequence
 * (from the start of the input), or -1.
 */
function createUtf8Check() {
  let need = 0
  let low = 0x80
  let high = 0xbf
  let start = 0
  return {
    scan(chunk: Uint8Array, at: number): number {
      if (need === 0 && isUtf8(chunk)) return -1
      for (let index = 0; index < chunk.length; index++) {
        const byte = chunk[index]!
        if (need > 0) {
          if (byte < low || byte > high) return start
          need--
          low = 0x80
          high = 0xbf
          continue
        }
        if (byte < 0x80) continue
        start = at + index
        if (byte >= 0xc2 && byte <= 0xdf) need = 1
        else if (byte >= 0xe0 && byte <= 0xef) {
          need = 2
          if (byte === 0xe0) low = 0xa0
          else if (byte === 0xed) high = 0x9f
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          need = 3
          if (byte === 0xf0) low = 0x90
          else if (byte === 0xf4) high = 0x8f
        } else return start
      }
      return -1
    },
    /** The offset where the input ended inside a character, or -1. */
    end: () => (need > 0 ? start : -1)
  }
}

/** Where UTF-16 goes bad: a lone surrogate, or an odd last byte. Same contract as the UTF-8 check. */
function createUtf16Check(littleEndian: boolean) {
  let carry = -1
  let highAt = -1
  return {
    scan(chunk: Uint8Array, at: number): number {
      let index = 0
      const unit = (first: number, second: number) => (littleEndian ? first | (second << 8) : (first << 8) | second)
      const check = (code: number, offset: number): number => {
        if (highAt >= 0) {
          if (code >= 0xdc00 && code <= 0xdfff) {
            highAt = -1
            return -1
          }
          return highAt
        }
        if (code >= 0xd800 && code <= 0xdbff) highAt = offset
        else if (code >= 0xdc00 && code <= 0xdfff) return offset
        return -1
      }
      if (carry >= 0 && chunk.length > 0) {
        const bad = check(unit(carry, chunk[0]!), at - 1)
        if (bad >= 0) return bad
        carry = -1
        index = 1
      }
      for (; index + 1 < chunk.length; index += 2) {
        const bad = check(unit(chunk[index]!, chunk[index + 1]!), at + index)
        if (bad >= 0) return bad
      }
      if (index < chunk.length) carry = chunk[index]!
      return -1
    },
    end: () => (highAt >= 0 ? highAt : -1),
    /** An odd last byte: its offset, or -1. */
    odd: (total: number) => (carry >= 0 ? total - 1 : -1)
  }
}

function notUtf16(byte: number, why: string): BadBytes {
  return {byte, ruleId: 'not-utf16', reason: `Unexpected bytes that are not UTF-16 at byte ${byte} (${why}), expected UTF-16 text`}
}

/** A decoder for one input. */
export function createDecoder(encoding: Encoding): Decoder {
  let bytes = 0
  let error: BadBytes | null = null
  let first: Uint8Array | null = null

  if (encoding === 'latin1' || encoding === 'windows-1252') {
    const high = encoding === 'windows-1252'
    return {
      write(chunk) {
        bytes += chunk.length
        const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1')
        return high ? text.replace(/[\u0080-\u009f]/gu, (c) => windows1252High[c.charCodeAt(0) - 0x80]!) : text
      },
      end: () => '',
      get bytes() {
        return bytes
      },
      error: null
    }
  }

  if (encoding === 'utf-8') {
    const check = createUtf8Check()
    const decoder = new TextDecoder('utf-8', {ignoreBOM: true})
    return {
      write(chunk) {
        if (error) return ''
        first ??= chunk
        const at = bytes
        bytes += chunk.length
        const bad = check.scan(chunk, at)
        if (bad < 0) return decoder.decode(chunk, {stream: true})
        error = notUtf8(bad, first)
        // What waited from the chunk before is dropped when the bad sequence started there.
        return bad > at ? decoder.decode(chunk.subarray(0, bad - at), {stream: true}) : ''
      },
      end() {
        if (error) return ''
        const bad = check.end()
        if (bad >= 0) {
          error = notUtf8(bad, first)
          return ''
        }
        return decoder.decode()
      },
      get bytes() {
        return bytes
      },
      get error() {
        return error
      }
    }
  }

  // UTF-16: named, or told by its byte order mark (the mark stays in the text, as a UTF-8 BOM does).
  let head = new Uint8Array(0)
  let check: ReturnType<typeof createUtf16Check> | null = null
  let decoder: InstanceType<typeof TextDecoder> | null = null
  const start = (littleEndian: boolean) => {
    check = createUtf16Check(littleEndian)
    decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', {ignoreBOM: true})
  }
  if (encoding !== 'utf-16') start(encoding === 'utf-16le')
  const write = (chunk: Uint8Array, at: number): string => {
    const bad = check!.scan(chunk, at)
    if (bad < 0) return decoder!.decode(chunk, {stream: true})
    error = notUtf16(bad, 'a lone surrogate')
    return bad > at ? decoder!.decode(chunk.subarray(0, bad - at), {stream: true}) : ''
  }
  return {
    write(chunk) {
      if (error) return ''
      const at = bytes
      bytes += chunk.length
      if (!check) {
        // Wait for the two bytes of the mark.
        const joined = new Uint8Array(head.length + chunk.length)
        joined.set(head)
        joined.set(chunk, head.length)
        if (joined.length < 2) {
          head = joined
          return ''
        }
        if (joined[0] === 0xff && joined[1] === 0xfe) start(true)
        else if (joined[0] === 0xfe && joined[1] === 0xff) start(false)
        else {
          error = notUtf16(0, 'no byte order mark: name the byte order with --encoding utf-16le or utf-16be')
          return ''
        }
        return write(joined, at - head.length)
      }
      return write(chunk, at)
    },
    end() {
      if (error) return ''
      if (!check) {
        if (bytes > 0) error = notUtf16(0, 'no byte order mark: name the byte order with --encoding utf-16le or utf-16be')
        return ''
      }
      const lone = check.end()
      const odd = check.odd(bytes)
      if (lone >= 0 || odd >= 0) {
        error = lone >= 0 ? notUtf16(lone, 'a lone surrogate') : notUtf16(odd, 'an odd number of bytes')
        return ''
      }
      return decoder!.decode()
    },
    get bytes() {
      return bytes
    },
    get error() {
      return error
    }
  }
}
