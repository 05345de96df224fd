import {describe, expect, it} from 'vitest'
import {clean} from '../src/index.js'
import {blocks, PROSE, PROSE_VI} from './helpers.js'

const SAMPLES: Record<string, string> = {
  en: PROSE.join(' '),
  vi: PROSE_VI.join(' '),
  fr: "Le conseil municipal a voté mardi l'extension du réseau de bus de nuit à trois communes de la banlieue, une décision qui coûtera environ quatre millions d'euros par an selon les responsables des transports.",
  de: 'Der Stadtrat hat am Dienstag beschlossen, das Nachtbusnetz auf drei Vororte auszuweiten. Nach Angaben der Verkehrsbetriebe kostet die Entscheidung rund vier Millionen Euro im Jahr.',
  es: 'El ayuntamiento aprobó el martes ampliar la red de autobuses nocturnos a tres barrios de la periferia, una decisión que costará unos cuatro millones de euros al año según los responsables de transporte.',
  id: 'Dewan kota pada Selasa memutuskan untuk memperluas jaringan bus malam ke tiga wilayah pinggiran, keputusan yang menurut pejabat transportasi akan menelan biaya sekitar empat miliar rupiah per tahun.',
  ru: 'Городской совет во вторник проголосовал за расширение сети ночных автобусов на три пригорода. По словам представителей транспортного ведомства, это решение будет стоить около четырех миллионов в год.'
}

describe('language', () => {
  it.each(Object.entries(SAMPLES))('detects %s from the article prose', (code, prose) => {
    const input = blocks('A headline above the story', prose, prose.split(' ').reverse().join(' '))
    expect(clean(input).metadata.language).toBe(code)
  })

  it('keeps English for an English story that opens with Vietnamese names', () => {
    const prose = 'Prime Minister Phạm Minh Chính met Nguyễn Thị Thanh and the mayor of Đà Nẵng on Tuesday to discuss the new airport, officials in Hà Nội said after the meeting ended.'
    expect(clean(blocks('A headline above the story', prose, PROSE[1]!)).metadata.language).toBe('en')
  })

  it('tells Portuguese from Vietnamese, which shares many of its marked letters', () => {
    const prose = 'A câmara municipal aprovou na terça-feira a ampliação da rede de ônibus noturnos para três bairros da periferia, uma decisão que custará cerca de quatro milhões por ano.'
    expect(clean(blocks('A headline above the story', prose, prose.split(' ').reverse().join(' '))).metadata.language).toBe('pt')
  })

  it('reads enough of the article to see past a lead full of names', () => {
    const lead = 'MANILA (Reuters) - Typhoon Dalisay tore across the central Philippines on Wednesday, knocking out power to more than 1.2 million people, disaster officials said.'
    const page = blocks('Typhoon Dalisay slams central Philippines', lead, 'At least seven people were killed and nine were missing, the national disaster agency said in a midday briefing.', 'Classes in 14 provinces were suspended until Friday.')
    expect(clean(page).metadata.language).toBe('en')
  })

  it.each([
    ['ms', 'Kerajaan negeri akan menambah bilangan bas awam di Kuala Lumpur selepas aduan orang ramai, kata menteri pengangkutan. Beliau berkata peruntukan tambahan telah diluluskan kerana permintaan meningkat, manakala polis akan mengawal lalu lintas di stesen utama.'],
    ['id', 'Pemerintah kota akan menambah jumlah bus umum di Bandung setelah keluhan warga, kata kepala dinas perhubungan. Ia mengatakan anggaran tambahan sudah disetujui karena permintaan meningkat, sementara polisi akan mengatur lalu lintas di halte utama.'],
    ['sq', 'Qeveria njoftoi sot se do të shtojë numrin e autobusëve në Tiranë pas ankesave të qytetarëve, tha ministri i transportit. Ai deklaroi se fondet shtesë janë miratuar, ndërsa policia do të rregullojë trafikun në stacionet kryesore.'],
    ['sr', 'Vlada Srbije je danas usvojila predlog zakona o javnom prevozu, saopšteno je posle sednice. Ministar je rekao da će nove linije u Beogradu biti uvedene do kraja marta, a da je za obnovu voznog parka izdvojeno više od dve hiljade miliona dinara.'],
    ['hr', 'Vlada je danas prihvatila prijedlog zakona o javnom prijevozu, priopćeno je poslije sjednice. Ministar je rekao da će nove linije u Zagrebu biti uvedene do kraja ožujka, a da je za obnovu voznog parka izdvojeno više od dvije tisuće milijuna kuna.'],
    ['tr', 'Belediye meclisi salı günü gece otobüsü ağını banliyödeki üç ilçeye genişletme kararı aldı. Ulaşım yetkililerine göre bu karar yılda yaklaşık dört milyon liraya mal olacak ve hatlar nisan ayında hizmete girecek.']
  ])('tells %s from the languages franc confuses it with', (code, prose) => {
    expect(clean(blocks('A headline above the story', prose, prose.split(' ').reverse().join(' '))).metadata.language).toBe(code)
  })

  it('reads the time of a page in Malay, which franc had no model for, in Malaysia\'s clock', () => {
    const prose = 'Kerajaan negeri akan menambah bilangan bas awam di Kuala Lumpur selepas aduan orang ramai, kata menteri pengangkutan. Beliau berkata peruntukan tambahan telah diluluskan kerana permintaan meningkat.'
    const result = clean(blocks('Bas awam ditambah di ibu negara', '14 Mac 2025, 09:12', prose, 'Polis akan mengawal lalu lintas di stesen utama sepanjang minggu depan, katanya lagi.'))
    expect(result.metadata.language).toBe('ms')
    expect(result.metadata.published).toBe('2025-03-14T09:12:00+08:00')
  })

  it('names Icelandic, which franc has no model of, by the letters only it writes, and reads its time in Reykjavik', () => {
    const prose = 'Heitavatnslaust verður í hluta Árbæjar og Breiðholts á fimmtudag vegna viðgerðar á stofnlögn, segir í tilkynningu frá Veitum. Íbúar eru beðnir um að hafa skrúfað fyrir krana á meðan á viðgerðinni stendur.'
    const result = clean(blocks('Heitavatnslaust í Árbæ og Breiðholti', '12. nóvember 2025 kl. 14:32', prose, 'Viðgerðin á að standa frá klukkan níu að morgni til sex síðdegis, að sögn Veitna.'))
    expect(result.metadata.language).toBe('is')
    expect(result.metadata.published).toBe('2025-11-12T14:32:00+00:00')
  })

  it('does not call a Danish story Icelandic for one Icelandic name in it', () => {
    const prose = 'Statsministeren mødtes tirsdag med borgmesteren i Þingeyri for at drøfte den nye havn, som skal stå færdig om to år. Ifølge ministeriet vil byggeriet koste omkring fire hundrede millioner kroner og skabe mange nye arbejdspladser i området.'
    expect(clean(blocks('En ny havn på vej', prose, prose.split(' ').reverse().join(' '))).metadata.language).toBe('da')
  })

  it('keeps English for a story that quotes Icelandic names', () => {
    const prose = 'Foreign minister Þórdís Gylfadóttir met her counterpart Guðlaugur Þór Þórðarson in Reykjavík on Monday to discuss the new fisheries agreement, officials said after the talks.'
    expect(clean(blocks('Ministers meet on fisheries deal', prose, PROSE[1]!)).metadata.language).toBe('en')
  })

  it('answers null for too little text rather than guessing', () => {
    expect(clean('Short title\n\nOk.').metadata.language).toBeNull()
  })

  it('takes the caller\'s language without detecting', () => {
    expect(clean(blocks('A headline above the story', SAMPLES.en!), {language: 'vi'}).metadata.language).toBe('vi')
  })
})
