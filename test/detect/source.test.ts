import {expect, it} from 'vitest'
import {article, blocks, decide} from '../helpers.js'

it('takes a credit line after the article', () => {
  const {of, result} = decide(article({tail: ['(theo Reuters)', 'Most read', 'Harbour crane contract goes to local firm']}))
  expect(of('(theo Reuters)')).toMatchObject({label: 'source', rule: 'source'})
  expect(result.metadata.source).toBe('Reuters')
})

it('reads the source from the lead when no line credits one', () => {
  const input = article().replace('The city council voted', 'SPRINGFIELD (AP) - The city council voted')
  expect(decide(input).result.metadata.source).toBe('AP')
})

it('takes a credit line above a promotion that closes the article', () => {
  const promotion = 'Thanks for reading to the end. Sign up for our free newsletter and get breaking news alerts in our app.'
  const {of, result} = decide(article({tail: ['Source: Reuters', promotion]}))
  expect(of(promotion)).toMatchObject({label: 'ui', rule: 'promo'})
  expect(of('Source: Reuters')).toMatchObject({label: 'source', rule: 'source'})
  expect(result.metadata.source).toBe('Reuters')
})

it('reads the agency from the first paragraph when a standfirst stands above it', () => {
  const opening = 'Madrid, 14 mar (EFE).- La Comunidad de Madrid ampliará en una hora y media el horario del metro la noche de los sábados, una medida que costará 3,2 millones de euros al año.'
  const input = article({body: [opening, 'El consejero explicó que la ampliación se aplicará en las doce líneas y que se reforzará la vigilancia en las estaciones con más afluencia.']})
  expect(decide(input).result.metadata.source).toBe('EFE')
})

it('reads an Indian agency credit, "(With inputs from PTI)", after the text', () => {
  const {of, result} = decide(article({tail: ['(With inputs from PTI)', 'Most read', 'Harbour crane contract goes to local firm']}))
  expect(of('(With inputs from PTI)').label).toBe('source')
  expect(result.metadata.source).toBe('PTI')
})

it('ends the article at a source credit on its own line: an author\'s box and a call to report errors after it are no text', () => {
  const prose = [
    "L'urgence de l'hôpital fermera la nuit pendant six semaines à compter du 17 mars, faute d'infirmières, a annoncé mercredi le centre de santé régional.",
    "Les patients qui se présenteront entre 20 h et 8 h devront se rendre à l'hôpital de la ville voisine, à une quarantaine de minutes de route.",
    "La direction affirme qu'il manque onze infirmières sur les vingt-six postes de l'équipe de nuit, malgré le recours aux heures supplémentaires obligatoires."
  ]
  const report = 'Vous avez repéré une erreur dans ce texte ? Écrivez-nous et nous la corrigerons dans les plus brefs délais.'
  const input = blocks("L'urgence fermera la nuit pendant six semaines", ...prose, 'Avec La Presse Canadienne', ['Marie-Ève Fortin', 'Journaliste, santé', "Écrire à l'auteure"], report, 'À lire aussi', 'Pénurie de médecins de famille : 9000 patients de plus en attente')
  const {of, result} = decide(input)
  expect(of('Avec La Presse Canadienne')).toMatchObject({label: 'source', rule: 'source'})
  expect(result.metadata.source).toBe('La Presse Canadienne')
  expect(result.metadata.authors).not.toContain('Avec La Presse Canadienne')
  expect(result.text).not.toContain('repéré une erreur')
})
