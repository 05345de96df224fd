import {describe, expect, it} from 'vitest'
import {DEFAULT_VOCABULARY as vocabulary} from '../src/lexicon/index.js'
import {parseDate} from '../src/metadata/date.js'
import {parseByline} from '../src/metadata/byline.js'
import {leadSource, sourceOf} from '../src/metadata/source.js'
import {crumbsOf} from '../src/metadata/breadcrumb.js'
import {zoneOffset} from '../src/metadata/zone.js'

describe('parseDate', () => {
  it.each([
    ['07:14 | 08/08/2024 GMT+7', '2024-08-08T07:14:00+07:00'],
    ['Thứ năm, 13/3/2025, 08:15 (GMT+7)', '2025-03-13T08:15:00+07:00'],
    ['March 12, 2025 10:41 AM EDT Updated 3 hours ago', '2025-03-12T10:41:00-04:00'],
    ['Fri 14 Mar 2025 07.00 GMT', '2025-03-14T07:00:00+00:00'],
    ['2024-08-08T07:14:00+07:00', '2024-08-08T07:14:00+07:00'],
    ['Kamis, 13 Mar 2025 09:15 WIB', '2025-03-13T09:15:00+07:00'],
    ['ngày 8 tháng 8 năm 2024', '2024-08-08'],
    ['April 3, 2025', '2025-04-03'],
    ['15th May 2025', '2025-05-15'],
    ['Thursday, 1st of May 2025', '2025-05-01'],
    ['Updated 4:12 PM CDT, March 11, 2025', '2025-03-11T16:12:00-05:00'],
    ['Publicerad 14 januari 2025 kl 07.42', '2025-01-14T07:42:00'],
    ['14.1.2025 klo 7.42', '2025-01-14T07:42:00'],
    // Year first, then the month's name, as Hungarian writes it.
    ['2025. március 14., péntek 09:12', '2025-03-14T09:12:00'],
    ['Frissítve: 2025. márc. 14. 10:05', '2025-03-14T10:05:00'],
    // Day and month as numbers with a space after each dot (Slovenian, Czech, Slovak, German print so).
    ['21. 3. 2025 ob 7.38', '2025-03-21T07:38:00'],
    ['aktualizováno 3. 4. 2025 10:15', '2025-04-03T10:15:00'],
    // Year first, a word for "year", then the day and the month's name (Latvian).
    ['2025. gada 3. aprīlī 11:47', '2025-04-03T11:47:00']
  ])('reads %s', (text, iso) => {
    expect(parseDate(text, vocabulary).iso).toBe(iso)
    expect(parseDate(text, vocabulary).leftover).toBeLessThanOrEqual(2)
  })

  it('reads a time without a zone in the zone it is given, summer time included', () => {
    expect(parseDate('Publié le 12 mars 2025 à 10h32', vocabulary, 'Europe/Paris').iso).toBe('2025-03-12T10:32:00+01:00')
    expect(parseDate('12.07.2025, 14:20 Uhr', vocabulary, 'Europe/Berlin').iso).toBe('2025-07-12T14:20:00+02:00')
    expect(parseDate('12.03.2025, 14:20 Uhr', vocabulary).iso).toBe('2025-03-12T14:20:00')
  })

  it('reads numbers with spaces after their dots as a date only with a four-digit year', () => {
    expect(parseDate('1. 2. 25 bodov', vocabulary).iso).toBeNull()
    expect(parseDate('Kapitola 3. 12. 1999 stran', vocabulary).iso).toBe('1999-12-03')
  })

  it('takes a dotted number for a time only right after a date, and only when it is a clock time', () => {
    expect(parseDate('14 januari 2025 kl 25.42', vocabulary).iso).toBe('2025-01-14')
    expect(parseDate('Publicerad 14 januari 2025. Priset steg med 12.50 kronor', vocabulary).iso).toBe('2025-01-14')
  })

  it('reads an American zone named without its season where the clock is, and only after a time', () => {
    expect(parseDate('March 14, 2025 9:12 a.m. ET', vocabulary).iso).toBe('2025-03-14T09:12:00-04:00')
    expect(parseDate('Updated 4:05 PM PT, Jan 10, 2025', vocabulary).iso).toBe('2025-01-10T16:05:00-08:00')
    expect(parseDate('March 14, 2025 9:12 a.m. ET', vocabulary).leftover).toBe(0)
    // A state after a town is no zone: the page's own zone (or none) applies.
    expect(parseDate('HARTFORD, CT — March 14, 2025 9:12', vocabulary).iso).toBe('2025-03-14T09:12:00')
  })

  it('reads a month name in the page\'s language', () => {
    expect(parseDate('12 listopada 2024, 08:30', vocabulary, null, 'pl').iso).toBe('2024-11-12T08:30:00')
    expect(parseDate('12 listopada 2024, 08:30', vocabulary, null, 'hr').iso).toBe('2024-10-12T08:30:00')
  })

  it('reads a numeric date day first unless the day cannot be a month', () => {
    expect(parseDate('03/04/2025', vocabulary).iso).toBe('2025-04-03')
    expect(parseDate('12/25/2024', vocabulary).iso).toBe('2024-12-25')
  })

  it('counts the words that are not the date, so a sentence is not a dateline', () => {
    expect(parseDate('Madrid - 12 mar 2025 - 10:32 CET', vocabulary).leftover).toBe(1)
    expect(parseDate('Ngày 7/8 tại Hà Nội, Hội hữu nghị tổ chức buổi gặp mặt các hội viên', vocabulary).leftover).toBeGreaterThan(5)
    expect(parseDate('31/02/2025', vocabulary).iso).toBeNull()
  })

  it('computes offsets through Intl', () => {
    expect(zoneOffset('Asia/Ho_Chi_Minh', 2025, 1, 1, 0, 0)).toBe('+07:00')
    expect(zoneOffset('America/Sao_Paulo', 2025, 3, 12, 21, 30)).toBe('-03:00')
  })
})

describe('parseDate, times written with spaces', () => {
  it('reads Québec\'s "6 h 00"', () => {
    expect(parseDate('Publié le 12 mars 2025 à 6 h 00', vocabulary).iso).toBe('2025-03-12T06:00:00')
    expect(parseDate('Mis à jour le 12 mars 2025 à 9 h 41', vocabulary, 'America/Toronto').iso).toBe('2025-03-12T09:41:00-04:00')
    // A second date and time on the line ("modifié le … à 11h27") is no leftover word.
    expect(parseDate('Publié le 14 octobre 2025 à 06h00, modifié le 14 octobre 2025 à 11h27', vocabulary)).toEqual({iso: '2025-10-14T06:00:00', leftover: 0})
  })
})

describe('parseByline, names and brackets', () => {
  it('reads hyphenated first names, and an author with the date in brackets after the text', () => {
    expect(parseByline('Marie-Ève Fortin', vocabulary)?.names).toEqual(['Marie-Ève Fortin'])
    expect(parseByline('(Katharina Pichler, 28.1.2025)', vocabulary)?.names).toEqual(['Katharina Pichler'])
    // The bracket's second part must be a date: "(Vienna, Austria)" is a place.
    expect(parseByline('(Katharina Pichler, Wien und Umgebung)', vocabulary)).toBeUndefined()
    // One word after a full name is the town: "Uxía Barreiro · Noia".
    expect(parseByline('Uxía Barreiro · Noia', vocabulary)?.names).toEqual(['Uxía Barreiro'])
    // After a comma, a one-word name is a second reporter.
    expect(parseByline('Ahmad Fauzi, Sutrisno', vocabulary)?.names).toEqual(['Ahmad Fauzi', 'Sutrisno'])
    // An outlet's brand in one word with a capital inside is no second author.
    expect(parseByline('Rizky Ananda - SurabayaKini', vocabulary)?.names).toEqual(['Rizky Ananda'])
  })
})

describe('parseByline', () => {
  it.each([
    ['By Maria Santos and Daniel Cruz', ['Maria Santos', 'Daniel Cruz']],
    ['Par Juliette Marchand', ['Juliette Marchand']],
    ['Hoàng Nam', ['Hoàng Nam']],
    ['Lan Anh (tổng hợp)', ['Lan Anh']],
    ['Nguyễn Văn An - Trần Thị Bình', ['Nguyễn Văn An', 'Trần Thị Bình']],
    ['Reporting by Dana Whitfield; Editing by Carl Mendes', ['Dana Whitfield']],
    ['Juliette Marchand (Montval, correspondante)', ['Juliette Marchand']],
    ['Penulis: Budi Santoso', ['Budi Santoso']]
  ])('names the authors of %s', (text, names) => {
    expect(parseByline(text, vocabulary)?.names).toEqual(names)
  })

  it('marks an editor credit, who is no author', () => {
    expect(parseByline('Editor: Dewi Lestari', vocabulary)).toEqual({names: ['Dewi Lestari'], editor: true})
  })

  it('refuses headings, sentences and single words', () => {
    expect(parseByline('Động lực mới cho quan hệ hai nước', vocabulary)).toBeUndefined()
    expect(parseByline('The mayor said the routes would open soon.', vocabulary)).toBeUndefined()
    expect(parseByline('Reuters', vocabulary)).toBeUndefined()
    expect(parseByline('Phóng viên: Trân trọng cảm ơn ông!', vocabulary)).toBeUndefined()
  })
})

describe('sources', () => {
  it('reads a credit line', () => {
    expect(sourceOf('(theo TTXVN)', vocabulary)).toBe('TTXVN')
    expect(sourceOf('Nguồn: Reuters', vocabulary)).toBe('Reuters')
    expect(sourceOf('Com Lusa', vocabulary)).toBe('Lusa')
    expect(sourceOf('Com o apoio da autarquia', vocabulary)).toBeUndefined()
    // After a bare preposition only a name: a subheading is none.
    expect(sourceOf('Com Lula fora da disputa', vocabulary)).toBeUndefined()
    expect(sourceOf('Avec Macron à l\'Élysée', vocabulary)).toBeUndefined()
    expect(sourceOf('Avec La Presse Canadienne', vocabulary)).toBe('La Presse Canadienne')
    expect(sourceOf('(Source: Marlow County Times)', vocabulary)).toBe('Marlow County Times')
    expect(sourceOf('(AFP)', vocabulary)).toBe('AFP')
    expect(sourceOf('Nguồn:', vocabulary)).toBeUndefined()
    expect(sourceOf('Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, đêm qua trời mưa to ở nhiều nơi.', vocabulary)).toBeUndefined()
  })

  it('reads the source named at the start of a lead', () => {
    expect(leadSource('TPO - Trong khuôn khổ chuyến thăm, chiều 12/5 hai bên đã ký tuyên bố chung.')).toBe('TPO')
    expect(leadSource('(Dân trí) - Nhiều khu công nghiệp đã mở thêm nhóm trẻ ban đêm.')).toBe('Dân trí')
    expect(leadSource('MANILA (Reuters) - A typhoon tore across the central Philippines on Wednesday.')).toBe('Reuters')
    expect(leadSource('LAKEWOOD, Ohio (KXVT) - The council voted 6-1 on Thursday night to replace the pipes.')).toBe('KXVT')
    expect(leadSource('SANTA FE, N.M. (AP) — Lawmakers approved the budget on Friday.')).toBe('AP')
    expect(leadSource('PORT ST. LUCIE, New Mexico (AP) — Lawmakers approved the budget on Friday.')).toBe('AP')
    expect(leadSource('JAKARTA, KOMPAS.com - Kementerian Perhubungan memperkirakan puncak arus mudik.')).toBe('KOMPAS.com')
    expect(leadSource('BANDUNG, KOMPAS DAERAH - Pemerintah Kota Bandung akan menambah 40 unit bus listrik.')).toBe('KOMPAS DAERAH')
    expect(leadSource('Madrid, 14 mar (EFE).- La Comunidad de Madrid ampliará el horario del metro.')).toBe('EFE')
    expect(leadSource('BANDUNG, Jumat malam - Pemerintah Kota Bandung akan menambah 40 unit bus listrik.')).toBeUndefined()
    expect(leadSource('КИЕВ, 3 апр — Интерфакс. Городские власти объявили о ремонте моста.')).toBe('Интерфакс')
    expect(leadSource('The council voted on Tuesday - after a long debate - to extend the night buses.')).toBeUndefined()
    // A place in capitals alone before the dash is where, not who: initials are five letters at most.
    expect(leadSource('MAYNILA — Tinatayang 300 pamilya ang nawalan ng tirahan matapos ang sunog.')).toBeUndefined()
    expect(leadSource('TTXVN - Chiều 12/5, hai bên đã ký tuyên bố chung.')).toBe('TTXVN')
  })
})

describe('crumbsOf', () => {
  it('splits breadcrumbs with and without separators, without the home link', () => {
    expect(crumbsOf('Trang chủ Thế giới Phân tích', vocabulary)).toEqual(['Thế giới', 'Phân tích'])
    expect(crumbsOf('Home › Culture › Books', vocabulary)).toEqual(['Culture', 'Books'])
    expect(crumbsOf('Accueil > Politique', vocabulary)).toEqual(['Politique'])
    expect(crumbsOf('Kinh doanh Vĩ mô', vocabulary)).toEqual(['Kinh doanh', 'Vĩ mô'])
  })
})
