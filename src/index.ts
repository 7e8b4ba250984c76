export {parseArchive, parseLetters, type Archive, type ParseOptions} from './api.js'
export type {DateOrder} from './extract/date/evidence.js'
export {defaultLimits, LimitError, type LimitOptions} from './limits.js'
export {fromText, type FromTextOptions} from './parse/from-text.js'
export {toLetters} from './compile/to-letters.js'
export {lowConfidence} from './compile/confidence.js'
export {learnLayout} from './parse/layout/learn-layout.js'
export {explainLayout} from './parse/layout/explain-layout.js'
export {readLayout, type LayoutReading} from './parse/layout/read-layout.js'
export {emptyLayout, type Layout} from './parse/layout/types.js'
export {LayoutSchema, type DeclaredLayout} from './schema/layout.js'
export {ConfidenceSchema, type Confidence} from './schema/confidence.js'
export {lint, rules, type LintOptions, type Rule, type Severity} from './rules/index.js'
export {default as epistolaParse} from './unified/parse.js'
export {default as epistolaJson} from './unified/json.js'
export {LetterSchema, LettersSchema, HeadingSchema, SignatureSchema, SerialSchema, InferenceSchema, type Letter, type Heading, type Signature, type Serial, type Inference} from './schema/letter.js'
export {PersonSchema, type Person} from './schema/person.js'
export {DateValueSchema, type DateValue} from './schema/date.js'
export {SourceSchema, type Source} from './schema/source.js'
export {NoteSchema, ParagraphSchema, type Note, type Paragraph} from './schema/note.js'
export {PointSchema, PositionSchema, type Point, type Position} from './schema/position.js'
export {layoutJsonSchema, letterJsonSchema} from './schema/json-schema.js'
export type * from './tree/types.js'
// Tree nodes whose names the data types above take: reachable as `…Node`.
export type {
  Letter as LetterNode,
  Heading as HeadingNode,
  Paragraph as ParagraphNode,
  Signature as SignatureNode,
  Source as SourceNode,
  Serial as SerialNode
} from './tree/types.js'
export {validateLetters, validationRules, type ValidateOptions, type Validation} from './validate/validate-letters.js'
export {parseLettersStream, type ParseLettersStreamOptions, type TextStream} from './stream/parse-letters-stream.js'
export {toHtml, type HtmlOptions} from './preview/to-html.js'
export {toTei, teiCorpusFrame, type TeiOptions, type TeiInput} from './export/tei.js'
export {toCmif, cmifFrame, cmifEntries, type CmifOptions} from './export/cmif.js'
export {toCsv, csvColumns, type CsvOptions, type CsvColumn} from './export/csv.js'
export {EditionSchema, editionProblems, editionJsonSchema, type Edition} from './export/edition.js'
export {RegisterSchema, registerJsonSchema, type Register} from './export/register.js'
export {default as epistolaLint} from './unified/lint.js'
export {default as epistolaTei} from './unified/tei.js'
