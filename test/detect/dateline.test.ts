import {expect, it} from 'vitest'
import {article, decide} from '../helpers.js'

it('takes the date near the title and reads it with its zone', () => {
  const {of, result} = decide(article({afterTitle: ['Updated 4:12 PM CDT, March 11, 2025']}))
  expect(of('Updated 4:12 PM CDT, March 11, 2025')).toMatchObject({label: 'dateline', rule: 'dateline'})
  expect(result.metadata.published).toBe('2025-03-11T16:12:00-05:00')
})

it("calls the site header's date of the day navigation", () => {
  const {of} = decide(article({head: ['Friday, 14 March 2025', ['World', 'Business', 'Sport', 'Culture', 'Opinion', 'Travel']]}))
  expect(of('Friday, 14 March 2025')).toMatchObject({label: 'ui', rule: 'dateline'})
})

it('takes a date between the lead and the text', () => {
  const input = article().replace('\n\nResidents', '\n\nBy Jane Doe\n12.03.2025, 14:20 Uhr\n\nResidents')
  const {of} = decide(input)
  expect(of('12.03.2025, 14:20 Uhr').label).toBe('dateline')
  expect(of('By Jane Doe').label).toBe('byline')
})

it('reads a Catalan page\'s time in the one zone Catalan is written in, summer time included', () => {
  const page = (date: string) => [
    'Barcelona amplia el bus de barri a sis nous districtes',
    '',
    "L'Ajuntament incorporarà 24 vehicles elèctrics i vol que cap veí visqui a més de 300 metres d'una parada de bus.",
    '',
    date,
    '',
    "Els nous recorreguts connectaran els barris de muntanya amb els centres d'atenció primària i els mercats municipals de la ciutat.",
    '',
    'El servei funcionarà de dilluns a dissabte de set del matí a nou del vespre, amb una freqüència de quinze minuts.'
  ].join('\n')
  expect(decide(page('Barcelona, 14/03/2025 09:12')).result.metadata.published).toBe('2025-03-14T09:12:00+01:00')
  expect(decide(page('Barcelona, 14/07/2025 09:12')).result.metadata.published).toBe('2025-07-14T09:12:00+02:00')
})
