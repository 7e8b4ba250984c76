/**
 * An output format of the command line: one file per format, one entry in `index.ts`. The
 * command line looks a format up by name and asks it what it needs (the whole parse, or the
 * letters as they are parsed) and how to write: the writers only serialize, through the
 * public API (`toTei`, `toCmif`, `toCsv`, JSON); the rules ran before, on their own.
 */
import type {Archive, Edition, Letter, Register} from '../../index.js'
import type {Write} from '../json-writer.js'

/** What a writer gets of one input. */
export interface Parsed {
  /** The letters, in order: as they are parsed when the input is streamed. */
  letters: AsyncIterable<Letter> | Iterable<Letter>
  /** The whole parse (tree included); `null` when the input was streamed. */
  archive: Archive | null
}

/** What a writer knows of the run and of this input's place in the output. */
export interface Context {
  /** The input's name: its path, `--file-path`, or `<stdin>`. */
  name: string
  /** Its place among the inputs of the run (0-based). */
  index: number
  pretty: boolean
  /** This input's output is one of several in one output (a framed collection). */
  nested: boolean
  edition: Edition | null
  register: Register | null
  /** `--explain`: the layout learnt is reported (and shown, by a format that can). */
  explain: boolean
}

/** Text written around outputs. */
export interface Around {
  open(context: Context): string
  close(context: Context): string
}

export interface Format {
  name: string
  /** Of the files `-o` writes: `.json`, `.tei.xml`. */
  extension: string
  /** For `--help`. */
  description: string
  /**
   * Whether inputs are parsed as streams (`parseLettersStream`), the letters written as each is
   * parsed: `always`; `large` (stdin, and files of 8 MiB or more; smaller files are parsed whole, so
   * that the rules that compare letters see them all); `never` (the writer needs the whole parse).
   */
  stream: 'always' | 'large' | 'never'
  /** One output for every input of a run, even for one input (CMIF): to stdout or one file. */
  gathers: boolean
  /**
   * Each input's output is a whole document of its own (the review page): never several on
   * stdout, and the letters' ids are kept as parsed (not prefixed by the file).
   */
  standalone?: boolean
  /** What the run lacks for this format, one line each (CMIF: the edition). */
  check?(context: Pick<Context, 'edition' | 'register'>): string[]
  /** Around each whole output (a file, or stdout): the CSV header row, the CMIF header. */
  document?: Around
  /**
   * Around the outputs of several inputs in one output, and around each of them
   * (JSON: `[{"file": …, "letters": …}, …]`). Without it, the outputs follow one another.
   */
  collection?: {
    open(context: Context): string
    /** `count`: how many outputs went in. */
    close(context: Context, count: number): string
    item?: {
      open(name: string, first: boolean, context: Context): string
      /** `wrote`: whether the input gave an output (not when it could not be read). */
      close(wrote: boolean, context: Context): string
    }
  }
  /** Write one input's output. */
  write(parsed: Parsed, write: Write, context: Context): Promise<void>
}
