import {expect, it} from 'vitest'
import {article, decide, PROSE} from '../helpers.js'

it('drops the title of an embedded video', () => {
  const embed = '[Video] The first night bus leaves the central station'
  expect(decide(article({body: [PROSE[1]!, embed, PROSE[2]!, PROSE[3]!]})).of(embed)).toMatchObject({label: 'media', rule: 'media-tag'})
})

it('leaves a photo credit alone on its line to the caption rule, where "Foto" also tags galleries', () => {
  // Croatian and Polish tag galleries "Foto: …" and credit photos "Foto: …"; a name is a credit.
  const credits = ['Foto: Pixsell', 'Foto: Piotr Zieliński / PAP']
  const gallery = 'Foto: pogledajte kako izgleda novi most'
  const input = article({body: [PROSE[1]!, credits[0]!, PROSE[2]!, credits[1]!, PROSE[3]!, gallery, PROSE[4]!]})
  const {of, result} = decide(input)
  for (const credit of credits) expect(of(credit), credit).toMatchObject({label: 'caption', rule: 'caption'})
  expect(of(gallery)).toMatchObject({label: 'media', rule: 'media-tag'})
  expect(result.metadata.captions.map((caption) => caption.credit)).toEqual(['Pixsell', 'Piotr Zieliński / PAP'])
})
