/**
 * Output formats for one cleaned page. The CLI's only logic beyond I/O: how a CleanResult is
 * printed.
 */
import {styleText} from 'node:util'
import {CONTENT_LABELS, type CleanResult} from '../index.js'

export const FORMATS = ['text', 'json', 'jsonl', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

export interface Printed {
  id: string
  url?: string
  result: CleanResult
}

const CONTENT: ReadonlySet<string> = new Set(CONTENT_LABELS)

/** The title, a blank line and the article text. */
export function formatText({result}: Printed): string {
  return result.title === null ? `${result.text}\n` : `${result.title}\n\n${result.text}\n`
}

/** The whole CleanResult, indented. */
export function formatJson({result}: Printed): string {
  return `${JSON.stringify(result, null, 2)}\n`
}

/** One line: the record's id (and url) with the CleanResult. */
export function formatJsonl({id, url, result}: Printed): string {
  return `${JSON.stringify({id, ...(url === undefined ? {} : {url}), ...result})}\n`
}

/** A failed input as a JSON Lines record, so a pipeline keeps one output line per input line. */
export function formatJsonlError(id: string, url: string | undefined, message: string, code: string): string {
  return `${JSON.stringify({id, ...(url === undefined ? {} : {url}), error: {code, message}})}\n`
}

/** Title as a heading, the lead in italics, the paragraphs and subheadings, captions as a list. */
export function formatMarkdown({result}: Printed): string {
  const out: string[] = []
  if (result.title !== null) out.push(`# ${result.title}`)
  // The text holds the content lines in order, one paragraph each.
  const paragraphs = result.text === '' ? [] : result.text.split('\n\n')
  let k = 0
  for (const decision of result.lines) {
    if (!CONTENT.has(decision.label)) continue
    const text = paragraphs[k++] ?? ''
    if (decision.label === 'lead') out.push(`*${text}*`)
    else if (decision.label === 'heading') out.push(`## ${text}`)
    else out.push(text)
  }
  if (result.metadata.captions.length > 0) {
    out.push(result.metadata.captions.map((caption) => `- ${caption.text}${caption.credit ? ` (${caption.credit})` : ''}`).join('\n'))
  }
  return `${out.join('\n\n')}\n`
}

/**
 * Every line of the page with its label, rule and reason: what a user reads to see why a line
 * went. Content is plain; chrome is dimmed when colour is on.
 */
export function formatExplain(input: string, {result}: Printed, color: boolean): string {
  const lines = input.split(/\r\n|\r|\n/)
  const width = String(result.lines.length).length
  const out: string[] = []
  for (const decision of result.lines) {
    const text = (lines[decision.line - 1] ?? '').trim()
    const row = `${String(decision.line).padStart(width)}  ${decision.label.padEnd(11)} ${decision.rule.padEnd(16)} ${text}`
    if (CONTENT.has(decision.label)) out.push(row)
    else {
      const reason = `  [${decision.reason}]`
      out.push(color ? styleText('dim', row + reason) : row + reason)
    }
  }
  return `${out.join('\n')}\n`
}

export function formatter(format: Format): (printed: Printed) => string {
  return {text: formatText, json: formatJson, jsonl: formatJsonl, markdown: formatMarkdown}[format]
}

export function extension(format: Format): string {
  return {text: 'txt', json: 'json', jsonl: 'jsonl', markdown: 'md'}[format]
}
