import stringSimilarity from 'string-similarity'
import {fold, matchKey} from './normalize.js'

/**
 * How alike two texts are, 0–1: string-similarity's Dice coefficient of letter pairs, on the
 * matching keys of the texts (it is case-sensitive and drops whitespace, so normalize first).
 */
export function similarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(matchKey(fold(a)), matchKey(fold(b)))
}

/** The same, for texts that are matching keys already. */
export function keySimilarity(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b)
}
