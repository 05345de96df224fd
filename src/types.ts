import type {Node, Parent, Position} from 'unist'
import type {LineCues} from './parse/cues.js'

/** Content labels: the lines `text` is made of, in page order. */
export const CONTENT_LABELS = ['lead', 'body', 'heading'] as const
/** Article furniture: not in `text`, parsed into metadata. */
export const FURNITURE_LABELS = ['title', 'byline', 'dateline', 'breadcrumb', 'source', 'caption'] as const
/** Chrome: dropped, each with its reason. */
export const CHROME_LABELS = ['dup', 'related', 'weather', 'infographic', 'media', 'footer', 'ui', 'blank'] as const

export type ContentLabel = (typeof CONTENT_LABELS)[number]
export type FurnitureLabel = (typeof FURNITURE_LABELS)[number]
export type ChromeLabel = (typeof CHROME_LABELS)[number]
/** One of the line labels of the gold scheme (see README, "Labels"). */
export type Label = ContentLabel | FurnitureLabel | ChromeLabel

export const LABELS: readonly Label[] = [...CONTENT_LABELS, ...FURNITURE_LABELS, ...CHROME_LABELS]

/** The decision taken for one input line. */
export interface LineDecision {
  /** 1-based line number in the input. */
  line: number
  label: Label
  /** Stable id of the rule that decided (a detector's file name, e.g. `related-list`). */
  rule: string
  /** A short sentence a person understands. */
  reason: string
}

export interface Caption {
  /** The caption without its credit. */
  text: string
  /** The photographer or agency credited (`Ảnh: Quang Vinh` → `Quang Vinh`), or null. */
  credit: string | null
}

export interface Metadata {
  /** ISO 8601 with the page's offset (`2024-08-08T07:14:00+07:00`), or a date (`2024-08-08`), or null. */
  published: string | null
  authors: string[]
  /** The breadcrumb without the home link. */
  section: string[]
  /** The agency or publication credited for the whole story (`TTXVN`, `Reuters`), or null. */
  source: string | null
  /** The site's own name where the page states it (a "follow us" line, a copyright notice), or null. */
  siteName: string | null
  /** ISO 639-1 code of the article's language, or null when it cannot be told. */
  language: string | null
  captions: Caption[]
  /** Headlines of the related / most-read lists that were dropped, in page order, without repeats. */
  related: string[]
  /** Words in `text`. */
  wordCount: number
}

export interface ProfileUse {
  /** Whether the profile took part in the decisions. */
  used: boolean
  /** Why it was used or ignored. */
  reason: string
}

export interface CleanResult {
  title: string | null
  /** The standfirst, or null. */
  lead: string | null
  /** Lead, body paragraphs and subheadings in page order, separated by a blank line. */
  text: string
  /** Exactly one decision per input line, in order. */
  lines: LineDecision[]
  metadata: Metadata
  /** Present when a site profile was passed: whether it was used. */
  profile?: ProfileUse
}

// ---- The line tree (unist) ----

/** Cheap shape features of a line, computed once when the page is parsed. */
export interface Shape {
  /** Characters after whitespace folding. */
  chars: number
  /** Whitespace-separated tokens. */
  words: number
  /** Of those, the ones with a letter or a digit (the words `metadata.wordCount` counts). */
  letterWords: number
  /** The last character that is not a closing quote or bracket. */
  end: string
  /** The line ends a sentence (`.`, `!`, `?`, `…` and their equivalents in other scripts). */
  sentenceEnd: boolean
  /** Looks like a paragraph of running text. */
  prose: boolean
  /** Looks like a headline: a short phrase, not a sentence. */
  headline: boolean
  /** Starts like a list item (`- `, `• `, `1. `). */
  bullet: boolean
  /** Has a letter outside ASCII (diacritics, other scripts). */
  nonAscii: boolean
}

export interface LineNode extends Node {
  type: 'line'
  /** The input line, without its line terminator. */
  value: string
  readonly position: Position
  /** 0-based index among all lines. */
  index: number
  /** The line trimmed: what the output carries. */
  text: string
  /** NFC, invisible characters removed, whitespace folded; case kept. For shape tests. */
  norm: string
  /** `norm` lower-cased with quotes and dashes folded: equal keys mean the same line. */
  key: string
  blank: boolean
  /** Index of the block (run of non-blank lines) the line belongs to; -1 for blank lines. */
  block: number
  shape: Shape
  /** With a site profile: the share of the site's pages with this line, and how often it stood outside the article there. */
  template?: {share: number; outsideShare: number}
  /** Word tokens of `key`, computed on first use (see `wordsOf`). */
  tokens?: string[]
  /** What the line-level cues found, each computed once (see `memo` in parse/cues.ts). */
  cues?: LineCues | undefined
  decision?: LineDecision
}

export interface BlockNode extends Parent {
  type: 'block'
  children: LineNode[]
}

/** Blank lines sit between blocks, directly under the page. */
export type PageContent = BlockNode | LineNode

/** A range of lines: 0-based indices, inclusive. */
export interface Span {
  start: number
  end: number
}

/** One item of a list of links: a headline, its repeat, and the teaser under them. */
export interface ListGroup {
  headline: number
  repeat: number | null
  teaser: number | null
  /** The group's last line. */
  end: number
}

/** Items of a list found by repetition, in a row. */
export interface ListRun extends Span {
  groups: ListGroup[]
}

export interface PageData {
  /** Every line in order (blank ones included): detectors index into this. */
  lines: LineNode[]
  /** The blocks in order: a non-blank line's `block` indexes into this. */
  blocks: BlockNode[]
  /** Where the article's main run of prose lies, or null when the page has no prose. */
  article: Span | null
  /** The publisher's or advertiser's footer at the end of the page, or null. */
  footer: Span | null
  /** Blocks (by index) that are cookie or consent banners: a line about cookies and a button. */
  banners: Set<number>
  /** Lists of links found by repetition (headline, the same headline again, teaser). */
  lists: ListRun[]
  /** Breadcrumb lines that are one crumb each, whatever their capitals (a section's name above the title). */
  wholeCrumbs: Set<number>
  /** The title line's index, once the title detector has run. */
  title: number | null
  /** Headlines of dropped lists of links, with the line they came from, for the metadata. */
  related: Array<{index: number; headline: string}>
  /** Whether a site profile took part, and why or why not. */
  profile: ProfileUse | null
  /** Whether paragraphs on this page are separated by blank lines. */
  blankSeparated: boolean
  /** Share of prose lines carrying non-ASCII letters (a language written with diacritics). */
  accented: boolean
  /** Lines in blocks of several headlines with their teasers (a list of links in one block), found by the layout. */
  gluedLists: Uint8Array
  /** Whether the article opens with the heading of a box of key points ("What you need to know:"). */
  keyPoints: boolean
}

export interface PageTree extends Parent {
  type: 'page'
  children: PageContent[]
  data: PageData
}
