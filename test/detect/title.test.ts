import {expect, it} from 'vitest'
import {article, blocks, decide, PROSE} from '../helpers.js'

it('takes the headline right above the article, past the byline and the date', () => {
  const input = article({head: [['Skip to main content', 'World', 'Business']], afterTitle: ['By Jane Doe', 'March 12, 2025']})
  const {of, result} = decide(input)
  expect(of('Council extends night buses to three suburbs')).toMatchObject({label: 'title', rule: 'title'})
  expect(result.title).toBe('Council extends night buses to three suburbs')
})

it('takes the first copy when the page prints the headline again as alt text', () => {
  const title = 'Council extends night buses to three suburbs'
  const input = article({afterTitle: [['Share', title]]})
  const {result} = decide(input)
  expect(result.lines[0]).toMatchObject({label: 'title'})
  expect(result.lines.find((_, i) => i > 0 && input.split('\n')[i] === title)?.label).toBe('dup')
})

it('does not take the site\'s name for the title because the footer prints it again', () => {
  const site = 'The Harbour Evening Post'
  const input = article({head: [[site, 'News', 'Sport', 'Log in']], tail: [[site, 'Terms of use | Privacy policy', '\u00A9 2025 The Harbour Evening Post. All rights reserved.']]})
  const {of, result} = decide(input)
  expect(result.title).toBe('Council extends night buses to three suburbs')
  expect(of(site).label).toBe('ui')
})

it('takes no caption for the title when the headline printed again as alt text stands right above it', () => {
  const title = 'Council extends night buses to three suburbs'
  const caption = 'A night bus waits at the depot on the ring road. File photo'
  const input = article({afterTitle: [['By Jane Doe', '15th May 2025'], 'Share this story:', [title, caption]]})
  const {of, result} = decide(input)
  expect(result.title).toBe(title)
  expect(of(caption).label).not.toBe('title')
  expect(result.metadata.published).toBe('2025-05-15')
})

it('does not take the masthead\'s name for the title when the byline prints it again, and keeps it out of the authors', () => {
  const input = article({head: [['Harbour Daily Courier', 'Search', 'Log in'], ['News', 'Politics', 'Health']], afterTitle: [], body: [['Jane Fortin', 'Harbour Daily Courier'], ...PROSE.slice(1)]})
  const {of, result} = decide(input)
  expect(of('Council extends night buses to three suburbs')).toMatchObject({label: 'title'})
  expect(result.title).toBe('Council extends night buses to three suburbs')
  expect(result.metadata.authors).toEqual(['Jane Fortin'])
})

it('does not take the reporters\' role line under a credited byline for the title', () => {
  const {of, result} = decide(article({head: [['Home', 'News', 'Counties']], afterTitle: [['By JOHN KAMAU and AMINA WANJIRU', 'Reporters, Nairobi Courier Group', 'Wednesday, March 12, 2025 · 6:45 AM']]}))
  expect(of('Council extends night buses to three suburbs')).toMatchObject({label: 'title'})
  expect(result.title).toBe('Council extends night buses to three suburbs')
})

it('keeps the headline when a kicker above it opens with a byline prefix ("Por qué importa")', () => {
  const {result} = decide(blocks(['Inicio', 'Noticias'], ['Por qué importa', 'Council extends night buses to three suburbs'], ...PROSE))
  expect(result.title).toBe('Council extends night buses to three suburbs')
})

it('keeps a columnist named above the title as the author', () => {
  const input = article({head: [['Harbour Daily Courier', 'Search', 'Log in'], ['News', 'Opinion', 'Sport'], 'Maureen Fitzgerald'], afterTitle: ['Maureen Fitzgerald']})
  expect(decide(input).result.metadata.authors).toEqual(['Maureen Fitzgerald'])
})

it('takes a headline in capitals that opens with a video tag for the title, not a caption', () => {
  const headline = 'EXCLUSIVE VIDEO: Council approves new library budget'
  const {result} = decide(article({title: headline}))
  expect(result.title).toBe(headline)
})

it('takes the headline under a breadcrumb with arrows for the title, and the name with its outlet under it for the byline', () => {
  const headline = 'Pemkot Surabaya Tata 300 PKL Takjil di Jalan Kalijudan, Lapak Wajib Mundur Satu Meter'
  const {result} = decide(blocks(['Beranda', 'Berita', 'Foto'], 'Berita › Surabaya Raya', headline, ['Rizky Ananda - SurabayaKini', 'Kamis, 13 Mar 2025 14:32 WIB'], ...PROSE))
  expect(result.title).toBe(headline)
  expect(result.metadata.authors).toEqual(['Rizky Ananda'])
})

it('takes a title that is a quotation in guillemets (the closing » is no breadcrumb arrow)', () => {
  const title = '« Fermer les petites lignes, c’est condamner les villes moyennes à un lent déclassement »'
  const {result} = decide(article({head: [['Accueil', 'Idées'], 'Accueil › Idées › Débats'], title}))
  expect(result.title).toBe(title)
})
