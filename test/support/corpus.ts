/**
 * A generated corpus of news pages from a handful of synthetic portals in made-up languages
 * (so no lexicon knows their words): each portal has its template (menus, list headings,
 * widgets, a promotion inside the article, a footer), every page its own article, and lists of
 * links drawn from a pool of headlines. Every line carries its truth: template, article or list.
 * Deterministic for a seed.
 */

export type Truth = 'template' | 'article' | 'list' | 'blank'

export interface GeneratedPage {
  portal: number
  text: string
  truth: Truth[]
}

/** Mulberry32: a small, fast, seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Portal {
  words: string[]
  menu: string[]
  header: string[]
  listHeading: string
  widgets: string[]
  promo: string
  footer: string[]
  pool: string[]
}

export function generateCorpus(pages: number, portals = 5, seed = 1): GeneratedPage[] {
  const rand = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
  const syllables = ['ka', 'lo', 'mi', 'vu', 'te', 'sa', 'ri', 'no', 'pe', 'du', 'zo', 'fa', 'gi', 'he', 'ju', 'bo', 'ne', 'ta', 'wi', 'qu']
  const word = () => Array.from({length: 1 + Math.floor(rand() * 3)}, () => pick(syllables)).join('')
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1)
  const phrase = (words: string[], min: number, max: number) =>
    Array.from({length: min + Math.floor(rand() * (max - min + 1))}, () => pick(words)).join(' ')

  const sites: Portal[] = Array.from({length: portals}, () => {
    const words = Array.from({length: 3000}, word)
    return {
      words,
      menu: Array.from({length: 8}, () => capital(phrase(words, 1, 2))),
      header: [capital(phrase(words, 2, 3)), capital(phrase(words, 1, 2))],
      listHeading: capital(phrase(words, 2, 3)),
      widgets: [capital(phrase(words, 1, 2)), capital(phrase(words, 2, 3))],
      promo: `${capital(phrase(words, 10, 16))}. ${capital(phrase(words, 4, 8))}.`,
      footer: [`${capital(phrase(words, 2, 4))} ${capital(word())}`, capital(phrase(words, 3, 6)), `© 2025 ${capital(word())} ${capital(word())}`],
      pool: Array.from({length: 300}, () => capital(phrase(words, 6, 11)))
    }
  })

  return Array.from({length: pages}, (_, n) => {
    const portal = n % portals
    const site = sites[portal]!
    const lines: Array<[string, Truth]> = []
    const block = (...items: Array<[string, Truth]>) => {
      if (lines.length > 0) lines.push(['', 'blank'])
      lines.push(...items)
    }
    block(...site.header.map((line): [string, Truth] => [line, 'template']), ...site.menu.map((line): [string, Truth] => [line, 'template']))
    block([capital(phrase(site.words, 6, 12)), 'article'])
    block([site.widgets[0]!, 'template'], [site.widgets[1]!, 'template'])
    const paragraphs = 5 + Math.floor(rand() * 5)
    for (let p = 0; p < paragraphs; p++) {
      const sentences = 2 + Math.floor(rand() * 3)
      block([Array.from({length: sentences}, () => `${capital(phrase(site.words, 8, 18))}.`).join(' '), 'article'])
      if (p === 2) block([site.promo, 'template'])
    }
    const links = Array.from({length: 6}, () => pick(site.pool))
    block([site.listHeading, 'template'], ...[...new Set(links)].map((headline): [string, Truth] => [headline, 'list']))
    block(...site.footer.map((line): [string, Truth] => [line, 'template']))
    return {portal, text: lines.map(([text]) => text).join('\n'), truth: lines.map(([, truth]) => truth)}
  })
}
