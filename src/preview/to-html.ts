/**
 * The review page: one self-contained HTML document showing how a transcript was read. The text
 * as printed with line numbers, each line marked with the role the tree gave it, each letter
 * framed beside the fields read from it, every message at its line, a summary and a filter.
 *
 * Safe by construction: every string from the transcript goes through `escapeHtml`, and the
 * page's Content-Security-Policy allows only its own style and script (by hash), nothing else.
 * Linear: one pass over the lines, one over the tree, one over the messages.
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {parseArchive, type Archive, type ParseOptions} from '../api.js'
import {lowConfidence} from '../compile/confidence.js'
import {explainLayout} from '../parse/layout/explain-layout.js'
import type {Layout} from '../parse/layout/types.js'
import type {Letter} from '../schema/letter.js'
import type {Nodes} from '../tree/types.js'
import {css, cssHash, script, scriptHash} from './assets.js'
import {readConfidence, type Confidence} from './confidence.js'
import {escapeAttribute, escapeHtml} from './escape.js'
import {letterFields} from './fields.js'
import {lineNode, readLines, type LineTable} from './lines.js'
import {roleOf, roles} from './roles.js'

export interface HtmlOptions extends ParseOptions {
  /** The page's title: the file's name (default: the file's path, else `transcript`). */
  title?: string | undefined
  /** Letters whose confidence is below this stand out (default: `0.7`, where the `low-confidence` rule speaks). */
  lowConfidence?: number | undefined
  /** Show, at the top, the layout the reading used (`tree.data.layout`, told in words by `explainLayout`); `epistola preview --explain`. */
  explain?: boolean | undefined
}

export type Severity = 'error' | 'warning' | 'info'

/** How many letters the summary lists by name; the filter shows them all. */
const listLimit = 100

/** The page's policy: nothing but its own style and script, no network, no forms, no base. */
export const contentSecurityPolicy = `default-src 'none'; style-src '${cssHash}'; script-src '${scriptHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`

/** Read `input` and write its review page. Never throws on any text. */
export function toHtml(input: string | VFile, options: HtmlOptions = {}): string {
  const file = input instanceof VFile ? input : new VFile({value: typeof input === 'string' ? input : String(input ?? '')})
  return archiveToHtml(parseArchive(file, options), options)
}

/** The review page of an archive already read (its file's value is the text). */
export function archiveToHtml(archive: Archive, options: HtmlOptions = {}): string {
  const {file, tree, letters} = archive
  const text = typeof file.value === 'string' ? file.value : ''
  const table = readLines(text, tree)
  const byOffset = new Map(letters.map((letter) => [letter.position.start.offset, letter]))
  const low = options.lowConfidence ?? lowConfidence
  const frames = table.letters.map((node, index): Frame => {
    const letter = byOffset.get(node.position?.start.offset ?? -1) ?? letters[index] ?? null
    const confidence = letter ? readConfidence(letter) : null
    return {index, letter, confidence, threshold: low, low: confidence !== null && confidence.overall < low, messages: [], shown: false}
  })
  const placed = placeMessages(file.messages, table, frames)
  const title = options.title ?? file.path ?? 'transcript'
  return (
    head(title) +
    header(title, table, frames, placed, options.explain ? (tree.data?.layout ?? null) : undefined) +
    '<main>' +
    body(table, frames, placed) +
    '</main>\n<footer>Written by epistola. Lines are numbered as in the input; each line’s role is the node of the syntax tree that holds it.</footer>\n</body>\n</html>\n'
  )
}

interface Frame {
  index: number
  letter: Letter | null
  confidence: Confidence | null
  /** Below this a confidence is low. */
  threshold: number
  low: boolean
  messages: VFileMessage[]
  /** Has its frame been written (a letter with no line of its own gets an empty one at the end). */
  shown: boolean
}

interface Placed {
  /** Messages by 0-based line. */
  byLine: Map<number, VFileMessage[]>
  /** Messages without a line in the text. */
  loose: VFileMessage[]
  /** Messages by severity, in the whole file. */
  counts: Record<Severity, number>
}

const severities: readonly Severity[] = ['info', 'warning', 'error']

/** The gravest severity among `messages` (they are not empty). */
function worst(messages: readonly VFileMessage[]): Severity {
  let rank = 0
  for (const message of messages) rank = Math.max(rank, severities.indexOf(severityOf(message)))
  return severities[rank]!
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function placeMessages(messages: readonly VFileMessage[], table: LineTable, frames: Frame[]): Placed {
  const placed: Placed = {byLine: new Map(), loose: [], counts: {error: 0, warning: 0, info: 0}}
  for (const message of messages) {
    placed.counts[severityOf(message)]++
    const line = typeof message.line === 'number' ? message.line - 1 : -1
    if (line < 0 || line >= table.lines.length) {
      placed.loose.push(message)
      continue
    }
    const list = placed.byLine.get(line) ?? []
    if (list.length === 0) placed.byLine.set(line, list)
    list.push(message)
    const letter = table.letterOf[line]!
    if (letter >= 0) frames[letter]!.messages.push(message)
  }
  return placed
}

function head(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="epistola">',
    `<title>${escapeAttribute(title)} · epistola preview</title>`,
    `<style>${css}</style>`,
    `<script>${script}</script>`,
    '</head>',
    '<body>',
    ''
  ].join('\n')
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** `layout`: `undefined` shows no layout; `null` says none was kept. */
function header(title: string, table: LineTable, frames: Frame[], placed: Placed, layout: Layout | null | undefined): string {
  let outside = 0
  const counts = new Map<string, number>()
  for (let line = 0; line < table.lines.length; line++) {
    if (lineNode(table, line) && table.letterOf[line] === -1) outside++
    for (const segment of table.segments[line] ?? []) {
      if (segment.first) counts.set(segment.node.type, (counts.get(segment.node.type) ?? 0) + 1)
    }
  }
  const withMessages = frames.filter((frame) => frame.messages.length > 0)
  const lowFrames = frames.filter((frame) => frame.low)
  const anyConfidence = frames.some((frame) => frame.confidence !== null)
  const flagged = frames.filter((frame) => frame.messages.length > 0 || frame.low)
  const out: string[] = []
  // The filters are checkboxes before <main>, so that CSS alone (`:checked ~ main`) applies them.
  out.push('<input type="checkbox" id="only-messages" class="filter">\n')
  if (anyConfidence) out.push('<input type="checkbox" id="only-low" class="filter">\n')
  out.push('<header class="top">\n')
  out.push(`<h1><span class="app">epistola preview</span> ${escapeHtml(title)}</h1>\n`)
  out.push('<dl class="summary">')
  const stat = (name: string, value: number, kind = '') => out.push(`<div${kind ? ` data-stat="${kind}"` : ''}><dt>${name}</dt><dd>${value}</dd></div>`)
  stat('letters', frames.length, 'letters')
  stat('errors', placed.counts.error, 'error')
  stat('warnings', placed.counts.warning, 'warning')
  stat('infos', placed.counts.info, 'info')
  stat('lines outside any letter', outside, 'outside')
  stat('lines', table.lines.length, 'lines')
  if (anyConfidence) stat('low confidence', lowFrames.length, 'low')
  out.push('</dl>\n<details class="legend"><summary>Legend: line roles</summary><ul>')
  for (const type of [...Object.keys(roles), ...[...counts.keys()].filter((type) => !Object.hasOwn(roles, type))]) {
    const role = roleOf(type)
    const count = counts.get(type) ?? 0
    out.push(`<li data-role="${escapeAttribute(type)}"${count === 0 ? ' class="absent"' : ''}><span class="tag">${escapeHtml(role.label)}</span> ${escapeHtml(role.description)} <span class="count">${count}</span></li>`)
  }
  out.push('<li data-role="blank"><span class="tag">blank</span> a blank line</li></ul>')
  out.push('<p>Text outside any letter is shown on a grey ground, without a frame. <span class="inferred">Inferred</span> values were not printed as such; hover for the reason.</p></details>\n')
  if (layout !== undefined) out.push(layoutHtml(layout))
  if (flagged.length > 0) {
    out.push(`<details class="check"><summary>Letters to check (${flagged.length})</summary><ol>`)
    for (const frame of flagged.slice(0, listLimit)) {
      const id = frame.letter?.id ?? `letter-${frame.index + 1}`
      const notes = [frame.messages.length > 0 ? plural(frame.messages.length, 'message') : '', frame.low ? `confidence ${percent(frame.confidence!.overall)}` : ''].filter(Boolean).join(', ')
      out.push(`<li><a href="#${escapeAttribute(id)}">${escapeHtml(id)}</a> ${escapeHtml(headingOf(frame))} <span class="why">${notes}</span></li>`)
    }
    out.push('</ol>')
    if (flagged.length > listLimit) out.push(`<p>and ${flagged.length - listLimit} more: use the filter above.</p>`)
    out.push('</details>\n')
  }
  if (placed.loose.length > 0) {
    out.push('<div class="loose">')
    for (const message of placed.loose) out.push(messageHtml(message))
    out.push('</div>\n')
  }
  out.push('</header>\n')
  // The bar stays at the top of the window: the filters and the way to the next letter to check.
  out.push('<nav class="controls">')
  out.push(`<label for="only-messages" class="toggle">Only letters with messages (${withMessages.length})</label>`)
  if (anyConfidence) out.push(`<label for="only-low" class="toggle">Only low confidence (${lowFrames.length})</label>`)
  out.push('<span class="nav"><button type="button" data-go="-1" title="previous letter to check (key p)">◀<span> previous</span></button><button type="button" data-go="1" title="next letter to check (key n)"><span>next </span>▶</button></span>')
  out.push('</nav>\n')
  return out.join('')
}

/** The layout the reading used, a sentence an item; what `explainLayout` quotes in backticks as code. */
function layoutHtml(layout: Layout | null): string {
  const sentences = layout ? explainLayout(layout) : ['No layout was kept for this text.']
  const items = sentences.map((sentence) => `<li>${sentence.split('`').map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('')}</li>`)
  return `<details class="layout" open><summary>Layout the reading used</summary><ul>${items.join('')}</ul><p>Learnt from this text; where a key was declared (<code>--layout FILE.json</code>, <code>options.layout</code>), the declared value. Wrong? Declare it: see doc/layout.md.</p></details>\n`
}

function headingOf(frame: Frame): string {
  const letter = frame.letter
  if (!letter) return ''
  return letter.heading?.text ?? [letter.from[0]?.name, letter.to[0]?.name].filter(Boolean).join(' to ')
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`
}

function messageHtml(message: VFileMessage): string {
  const severity = severityOf(message)
  const place = message.line ? ` <small>${message.line}:${message.column ?? 1}</small>` : ''
  const rule = message.ruleId ? ` <code>${escapeHtml(message.ruleId)}</code>` : ''
  return `<div class="msg" data-severity="${severity}"><b>${severity}</b>${place} ${escapeHtml(message.reason)}${rule}</div>`
}

/** The frames and their lines. Built by `+=`: V8 joins such strings lazily, faster than an array. */
function body(table: LineTable, frames: Frame[], placed: Placed): string {
  const tags = new Map<string, string>()
  let html = ''
  let current = -2
  let next = 0
  /** Letters before `index` that have no line of their own (run-on text) get their frame first. */
  const before = (index: number) => {
    for (; next < index; next++) if (!frames[next]!.shown) html += openFrame(frames[next]!) + '</div></div></article>\n'
  }
  for (let line = 0; line < table.lines.length; line++) {
    const letter = table.letterOf[line]!
    if (letter !== current) {
      if (current !== -2) html += current === -1 ? '</div></section>\n' : '</div></div></article>\n'
      if (letter !== -1) before(letter)
      html += letter === -1 ? openOutside(table, placed, line) : openFrame(frames[letter]!)
      current = letter
    }
    html += lineHtml(table, line, tags)
    const messages = placed.byLine.get(line)
    if (messages) for (const message of messages) html += messageHtml(message)
  }
  if (current !== -2) html += current === -1 ? '</div></section>\n' : '</div></div></article>\n'
  // A letter without a line of its own in the text still gets its frame, so none is missed.
  before(frames.length)
  return html
}

/** A run of lines outside any letter: it has messages when one of its lines has; blank when all its lines are. */
function openOutside(table: LineTable, placed: Placed, from: number): string {
  const messages: VFileMessage[] = []
  let blank = true
  for (let line = from; line < table.lines.length && table.letterOf[line] === -1; line++) {
    messages.push(...(placed.byLine.get(line) ?? []))
    blank &&= lineNode(table, line) === undefined && table.lines[line]!.trim() === ''
  }
  const flags = messages.length > 0 ? ` data-messages="${messages.length}" data-worst="${worst(messages)}"` : ''
  return `<section class="outside" id="outside-${from + 1}" data-outside${blank ? ' data-blank' : ''}${flags}><div class="lines">`
}

function openFrame(frame: Frame): string {
  frame.shown = true
  const letter = frame.letter
  const id = letter?.id ?? `letter-${frame.index + 1}`
  const attributes = [`class="letter${frame.low ? ' low' : ''}"`, `id="${escapeAttribute(id)}"`, `data-letter="${escapeAttribute(id)}"`]
  if (frame.messages.length > 0) attributes.push(`data-messages="${frame.messages.length}" data-worst="${worst(frame.messages)}"`)
  if (frame.confidence) attributes.push(`data-confidence="${frame.confidence.overall}"`)
  if (frame.low) attributes.push('data-low')
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const message of frame.messages) counts[severityOf(message)]++
  const badges = (['error', 'warning', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `<span class="badge" data-severity="${severity}">${plural(counts[severity], severity)}</span>`)
  if (frame.confidence) badges.push(`<span class="badge conf${frame.low ? ' low' : ''}">confidence ${percent(frame.confidence.overall)}</span>`)
  const number = letter?.number ? ` <span class="no">No. ${escapeHtml(letter.number)}</span>` : ''
  return [
    `<article ${attributes.join(' ')}>`,
    `<h2 class="fh"><a class="id" href="#${escapeAttribute(id)}">${escapeHtml(id)}</a>${number} <span class="ht">${escapeHtml(headingOf(frame))}</span> ${badges.join(' ')}</h2>`,
    '<div class="frame">',
    panel(frame),
    '<div class="lines">'
  ].join('')
}

function panel(frame: Frame): string {
  if (!frame.letter) return '<aside class="fields"><p>No letter object was compiled for this frame.</p></aside>'
  const fields = letterFields(frame.letter, frame.confidence)
  const rows = fields.map((field) => {
    const value = field.value === null ? '<span class="none">none</span>' : escapeHtml(field.value)
    const inferred = field.inferred === null ? '' : ` <span class="inferred" title="${escapeAttribute(field.inferred)}">inferred</span>`
    const confidence = field.confidence === null ? '' : ` <span class="conf${field.confidence < frame.threshold ? ' low' : ''}">${percent(field.confidence)}</span>`
    return `<div data-field="${escapeAttribute(field.name)}"${field.inferred === null ? '' : ' data-inferred'}><dt>${escapeHtml(field.label)}</dt><dd>${value}${inferred}${confidence}</dd></div>`
  })
  const others = frame.confidence?.fields.filter(([name]) => !fields.some((field) => field.name === name)) ?? []
  const reasons = frame.confidence?.reasons ?? []
  let extra = others.length > 0 ? `<p class="conf-other">confidence: ${others.map(([name, score]) => `${escapeHtml(name)} ${percent(score)}`).join(', ')}</p>` : ''
  if (reasons.length > 0) extra += `<ul class="conf-why">${reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`
  return `<aside class="fields"><dl>${rows.join('')}</dl>${extra}</aside>`
}

/** A line: its number and role as attributes (the number drawn by CSS), its label, its text. */
function lineHtml(table: LineTable, line: number, tags: Map<string, string>): string {
  const own = lineNode(table, line)
  const role = own ? escapeAttribute(own.node.type) : 'blank'
  return `<p data-n="${line + 1}" data-role="${role}">${own?.first ? tagHtml(own.node, tags) : ''}${textHtml(table, line, tags)}</p>`
}

/** The label of a node's first line, with the reason it was read so; made once per type and reason. */
function tagHtml(node: Nodes, tags: Map<string, string>): string {
  const data = node.data as {reason?: unknown} | undefined
  const reason = typeof data?.reason === 'string' ? data.reason : ''
  const key = node.type + '\n' + reason
  let tag = tags.get(key)
  if (tag === undefined) {
    tag = `<span class="tag"${reason ? ` title="${escapeAttribute(reason)}"` : ''}>${escapeHtml(roleOf(node.type).label)}</span>`
    tags.set(key, tag)
  }
  return tag
}

/**
 * A line's text, escaped, with its footnote and page markers marked; on a run-on line (a whole
 * letter on one line, as OCR gives), each node after the first is a span with its own role and label.
 */
function textHtml(table: LineTable, line: number, tags: Map<string, string>): string {
  const text = table.lines[line]!
  const segments = table.segments[line]
  const marks = table.marks.get(line)
  if (!marks && (!segments || segments.length < 2)) return escapeHtml(text)
  let html = ''
  let at = 0
  let next = 0
  /** The text up to `end`, with the marks in it. */
  const plain = (end: number) => {
    while (marks && next < marks.length && marks[next]!.start < end) {
      const mark = marks[next++]!
      if (mark.start < at || mark.end > end) continue
      html += escapeHtml(text.slice(at, mark.start)) + `<span class="mark" data-mark="${mark.type}">${escapeHtml(text.slice(mark.start, mark.end))}</span>`
      at = mark.end
    }
    html += escapeHtml(text.slice(at, end))
    at = end
  }
  for (const segment of segments?.slice(1) ?? []) {
    if (segment.start < at || segment.start > text.length) continue
    plain(segment.start)
    html += `<span class="seg" data-role="${escapeAttribute(segment.node.type)}">${segment.first ? tagHtml(segment.node, tags) : ''}`
    plain(Math.max(at, Math.min(segment.end, text.length)))
    html += '</span>'
  }
  plain(text.length)
  return html
}
