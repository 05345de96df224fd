import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('takes a line that starts with the home link, and reads the section from it', () => {
  const {of, result} = decide(article({head: ['Trang chủ Thời sự Giao thông']}))
  expect(of('Trang chủ Thời sự Giao thông')).toMatchObject({label: 'breadcrumb', rule: 'breadcrumb'})
  expect(result.metadata.section).toEqual(['Thời sự', 'Giao thông'])
})

it('takes a path between separators, and a path that repeats a menu item', () => {
  expect(decide(article({head: ['Home › News › Local']})).result.metadata.section).toEqual(['News', 'Local'])
  const {of} = decide(article({head: [['Thời sự', 'Kinh doanh', 'Thể thao'], 'Kinh doanh Tài chính']}))
  expect(of('Kinh doanh Tài chính')).toMatchObject({label: 'breadcrumb'})
})

it('does not take a dateline with slashes for a breadcrumb', () => {
  expect(decide(article({head: ['07:14 | 08/03/2025 GMT+7']})).of('07:14 | 08/03/2025 GMT+7').label).toBe('dateline')
})

it('reads a breadcrumb of one crumb a line as whole crumbs', () => {
  const {result} = decide(article({head: [['Skip to main content', 'News', 'Sport', 'Business'], ['News', 'UK News']]}))
  expect(result.metadata.section).toEqual(['News', 'UK News'])
})

it('drops a home link no lexicon knows when it repeats the menu\'s first item', () => {
  // Lithuanian: "Pagrindinis" (home) starts both the menu and the path.
  const {result} = decide(article({head: [['Pagrindinis', 'Naujienos', 'Verslas', 'Sportas'], 'Pagrindinis » Naujienos » Lietuvoje']}))
  expect(result.metadata.section).toEqual(['Naujienos', 'Lietuvoje'])
})

it('on a page without blank lines, takes the section name between the menu and the title', () => {
  const input = ['Skip to content', 'Home', 'News', 'Local', 'Business', 'Sport', 'Log in', 'Local', 'Council extends night buses to three suburbs', ...PROSE.slice(0, 4)].join('\n')
  const {result} = decide(input)
  expect(result.lines[7]).toMatchObject({label: 'breadcrumb', rule: 'breadcrumb'})
  expect(result.lines.slice(1, 7).map((line) => line.label)).toEqual(['ui', 'ui', 'ui', 'ui', 'ui', 'ui'])
  expect(result.metadata.section).toEqual(['Local'])
  expect(result.title).toBe('Council extends night buses to three suburbs')
})

it('takes a path that ends with the title, and reads the section without it', () => {
  const title = 'Council extends night buses to three suburbs'
  const {of, result} = decide(article({head: [`Home > News > Local > ${title}`], title}))
  expect(of(`Home > News > Local > ${title}`)).toMatchObject({label: 'breadcrumb', rule: 'breadcrumb'})
  expect(result.metadata.section).toEqual(['News', 'Local'])
  expect(result.metadata.related).toEqual([])
})

it('takes a section name above the title that names a part of a menu item ("UK News" under "News"), as one crumb', () => {
  const {of, result} = decide(article({head: [['Skip to main content', 'News', 'Politics', 'Sport'], 'UK News']}))
  expect(of('UK News')).toMatchObject({label: 'breadcrumb', rule: 'breadcrumb'})
  expect(result.metadata.section).toEqual(['UK News'])
  // A kicker that shares no word with the menu is no section.
  const kicker = decide(article({head: [['Skip to main content', 'News', 'Politics', 'Sport'], 'Exclusive Report']}))
  expect(kicker.of('Exclusive Report').label).not.toBe('breadcrumb')
  expect(kicker.result.metadata.section).toEqual([])
})

it('takes no weather reading, ticker or date with bars for a path between separators', () => {
  const lines = ['Oslo 2° NW 8 m/s', 'TRENDING: Fire in the old town | Fuel prices | School closures', 'March 16, 2025 | 8:47 AM']
  const {of, result} = decide(article({head: [['Home', 'News', 'Sport'], ...lines, 'Home › News › Local']}))
  for (const line of lines) expect(of(line).label, line).not.toBe('breadcrumb')
  expect(result.metadata.section).toEqual(['News', 'Local'])
})

it('takes the path nearest the title when the header prints other lines between bars', () => {
  const {of, result} = decide(article({head: ['Log in | Subscribe now', ['Weather', 'Traffic'], 'News › City']}))
  expect(of('Log in | Subscribe now').label).not.toBe('breadcrumb')
  expect(of('News › City')).toMatchObject({label: 'breadcrumb'})
  expect(result.metadata.section).toEqual(['News', 'City'])
})

it('takes a menu that starts with the home link for the header\'s when a path nearer the title follows', () => {
  const menu = 'Home News World Business Sport Culture Opinion Weather'
  const {of, result} = decide(article({head: [menu, 'Home › News › Local']}))
  expect(of(menu).label).not.toBe('breadcrumb')
  expect(of('Home › News › Local')).toMatchObject({label: 'breadcrumb'})
  expect(result.metadata.section).toEqual(['News', 'Local'])
})

it('takes the section name above the title when it is one of the items of a menu printed on one line', () => {
  const {of, result} = decide(article({head: ['Nation City World Business Sports Culture Opinion', 'City']}))
  expect(of('City')).toMatchObject({label: 'breadcrumb'})
  expect(result.metadata.section).toEqual(['City'])
})
