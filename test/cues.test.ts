import {describe, expect, it} from 'vitest'
import {buildPage} from '../src/parse/page.js'
import {
  altTextStem, creditOf, doubledHalf, hasEmail, hasPhone, isFileName, isFooterLine, isMediaTagged, isSlug, isTemperature, isWholePhrase,
  markerOf, readMoreOf, weatherTerms
} from '../src/parse/cues.js'
import {DEFAULT_VOCABULARY as vocabulary} from '../src/lexicon/index.js'

const line = (text: string) => buildPage(text).data.lines[0]!

describe('isWholePhrase', () => {
  it('matches a widget phrase only as the whole line, whatever its case and punctuation', () => {
    expect(vocabulary.ui.longest).toBeGreaterThan(1)
    expect(isWholePhrase(line('Share'), vocabulary.ui)).toBe(true)
    expect(isWholePhrase(line('  SHARE ›'), vocabulary.ui)).toBe(true)
    expect(isWholePhrase(line('Share prices fell sharply on Monday'), vocabulary.ui)).toBe(false)
    // More words than the longest phrase: never a match, without splitting the line into tokens.
    expect(isWholePhrase(line(Array(vocabulary.ui.longest + 1).fill('share').join(' ')), vocabulary.ui)).toBe(false)
  })
})

describe('markerOf', () => {
  it('knows section headings in several languages, with counts and colons', () => {
    expect(markerOf(line('Tin bài liên quan'), vocabulary)).toBe('related')
    expect(markerOf(line('MOST READ'), vocabulary)).toBe('related')
    expect(markerOf(line('Lesen Sie auch:'), vocabulary)).toBe('related')
    expect(markerOf(line('Bình luận (12)'), vocabulary)).toBe('ui')
    expect(markerOf(line('Video nổi bật'), vocabulary)).toBe('media')
    expect(markerOf(line('Suggested Topics:'), vocabulary)).toBe('ui')
  })

  it('takes a weather heading with a place after it', () => {
    expect(markerOf(line('Thời tiết Đà Nẵng'), vocabulary)).toBe('weather')
    expect(markerOf(line('Thời tiết hôm nay (14/3): Hà Nội mưa phùn, trời rét về đêm'), vocabulary)).toBeUndefined()
    expect(markerOf(line('El tiempo en Madrid'), vocabulary)).toBe('weather')
    // A subheading that opens with the word names no place: "The time of promises".
    expect(markerOf(line('El tiempo de las promesas'), vocabulary)).toBeUndefined()
  })

  it('reads a comments heading with its count before it', () => {
    expect(markerOf(line('3 comentarios'), vocabulary)).toBe('ui')
    expect(markerOf(line('0 Komen'), vocabulary)).toBe('ui')
  })

  it('does not take a sentence that starts like a heading', () => {
    expect(markerOf(line('Most read stories this year were about the election and the floods'), vocabulary)).toBeUndefined()
  })
})

describe('readMoreOf', () => {
  it('finds the headline after a read-more prefix and a separator', () => {
    expect(readMoreOf(line('Xem thêm: Giá xăng giảm lần thứ ba liên tiếp'), vocabulary)).toBe('Giá xăng giảm lần thứ ba liên tiếp')
    expect(readMoreOf(line('READ MORE | Ports reopen after the storm'), vocabulary)).toBe('Ports reopen after the storm')
    expect(readMoreOf(line('Baca juga: Harga cabai naik jelang Ramadan'), vocabulary)).toBe('Harga cabai naik jelang Ramadan')
  })

  it('accepts a two-word prefix before a capitalised headline without a separator', () => {
    expect(readMoreOf(line('Lire aussi Le gouvernement présente son budget'), vocabulary)).toBe('Le gouvernement présente son budget')
  })

  it('leaves sentences that happen to start with the same words', () => {
    expect(readMoreOf(line('Read more about the new rules on the ministry website.'), vocabulary)).toBeUndefined()
    expect(readMoreOf(line('Phóng viên: Ông đánh giá thế nào về kết quả chuyến thăm?'), vocabulary)).toBeUndefined()
  })
})

describe('hasPhone', () => {
  it('counts no clock time written with an h among a phone number\'s digits', () => {
    expect(hasPhone('Publié le 14 octobre 2025 à 06h00, modifié le 14 octobre 2025 à 11h27')).toBe(false)
    expect(hasPhone('Tél. 04 73 12 34 56')).toBe(true)
  })
})

describe('creditOf', () => {
  it('splits a caption from its credit in brackets, after a full stop, or alone', () => {
    expect(creditOf(line('Các đại biểu chụp ảnh lưu niệm. (Ảnh: Quang Vinh)'), vocabulary)).toEqual({text: 'Các đại biểu chụp ảnh lưu niệm.', credit: 'Quang Vinh'})
    expect(creditOf(line('Rescuers search the rubble in Borongan. Photo: Reuters/Eloisa Lopez'), vocabulary)).toEqual({text: 'Rescuers search the rubble in Borongan.', credit: 'Reuters/Eloisa Lopez'})
    expect(creditOf(line('Una maestra con sus alumnos en Soria. (EFE)'), vocabulary)).toEqual({text: 'Una maestra con sus alumnos en Soria.', credit: 'EFE'})
    expect(creditOf(line('Bild: dpa'), vocabulary)).toEqual({text: '', credit: 'dpa'})
    // A label of several words without a colon: English "Photo by", Tagalog "Kuha ni" (taken by).
    expect(creditOf(line('Firefighters at the scene on Sunday. (Photo by Jane Doe)'), vocabulary)).toEqual({text: 'Firefighters at the scene on Sunday.', credit: 'Jane Doe'})
    expect(creditOf(line('Nagtulong-tulong ang mga residente at bumbero sa Tondo. (Kuha ni Edwin Bacasmas)'), vocabulary)).toEqual({text: 'Nagtulong-tulong ang mga residente at bumbero sa Tondo.', credit: 'Edwin Bacasmas'})
    // A dash or a bar between the caption and its credit belongs to neither.
    expect(creditOf(line('Xe tải lưu thông trên đường Vành đai 3 - Ảnh: NGUYỄN HIỀN'), vocabulary)).toEqual({text: 'Xe tải lưu thông trên đường Vành đai 3', credit: 'NGUYỄN HIỀN'})
    expect(creditOf(line('Torcida lota a arquibancada — Foto: Ana Souza/g1'), vocabulary)).toEqual({text: 'Torcida lota a arquibancada', credit: 'Ana Souza/g1'})
  })

  it('reads a credit after an abbreviated label, known to a lexicon or shaped like one', () => {
    expect(creditOf(line('Prezydent podczas spotkania w Warszawie. fot. Jan Kowalski'), vocabulary)).toEqual({text: 'Prezydent podczas spotkania w Warszawie.', credit: 'Jan Kowalski'})
    // Lithuanian, which no lexicon covers: "Nuotr." (photo).
    expect(creditOf(line('Tiltas per Nerį vakare. Nuotr. Vilniaus miesto savivaldybės'), vocabulary)).toEqual({text: 'Tiltas per Nerį vakare.', credit: 'Vilniaus miesto savivaldybės'})
    // A title is no label, and a line that ends a sentence has no credit after it.
    expect(creditOf(line('The talks ended late. Dr. Nguyen Van An'), vocabulary)).toBeUndefined()
    expect(creditOf(line('The talks ended late. Gen. Smith left the room.'), vocabulary)).toBeUndefined()
  })

  it('reads a credit after the sentence with a slash between label and name, in any language', () => {
    expect(creditOf(line('Starfsmenn Veitna við vinnu á lögn fyrr í haust. Ljósmynd/Veitur'), vocabulary)).toEqual({text: 'Starfsmenn Veitna við vinnu á lögn fyrr í haust.', credit: 'Ljósmynd/Veitur'})
    // Two names with a slash are no credit without a sentence before them, nor after an unfinished one.
    expect(creditOf(line('Ukraine/Russia'), vocabulary)).toBeUndefined()
    expect(creditOf(line('Talks on the border between the two. Ukraine/Russia and then more words'), vocabulary)).toBeUndefined()
  })

  it('reads a credit line in capitals without a colon, and an agency after a leading copyright sign', () => {
    expect(creditOf(line('PHOTO JEAN-SIMON GAGNÉ, LE COURRIER DE QUÉBEC'), vocabulary)).toEqual({text: '', credit: 'JEAN-SIMON GAGNÉ, LE COURRIER DE QUÉBEC'})
    expect(creditOf(line('Photo shows the bridge after the flood'), vocabulary)).toBeUndefined()
    expect(creditOf(line('© Belga / Jan Verhaeghe'), vocabulary)).toEqual({text: '', credit: 'Belga / Jan Verhaeghe'})
    // The publisher's notices: a name without an agency's shape, a year, a notice's words.
    expect(creditOf(line('© Example Media'), vocabulary)).toBeUndefined()
    expect(creditOf(line('© 2025 EXAMPLE MEDIA'), vocabulary)).toBeUndefined()
    expect(creditOf(line('© RIPRODUZIONE RISERVATA'), vocabulary)).toBeUndefined()
    // A photographer and an agency in capitals with a slash, no label: "RICARDO VAZ MENDES/LUSA".
    expect(creditOf(line('RICARDO VAZ MENDES/LUSA'), vocabulary)).toEqual({text: '', credit: 'RICARDO VAZ MENDES/LUSA'})
    expect(creditOf(line('UKRAINE/RUSSIA'), vocabulary)).toBeUndefined()
    // A photographer's name in capitals after the sentence, no label, in any language.
    expect(creditOf(line('Mariscadoras amosan berberecho morto no banco de Testos, este martes. ANXO IGLESIAS'), vocabulary))
      .toEqual({text: 'Mariscadoras amosan berberecho morto no banco de Testos, este martes.', credit: 'ANXO IGLESIAS'})
    expect(creditOf(line('The vote was close. NATO'), vocabulary)).toBeUndefined()
    expect(creditOf(line('Hundreds waited with handmade signs and chanted for hours. SAVE OUR LIBRARIES'), vocabulary)).toBeUndefined()
    // An outlet's name in capitals before the credit word: "ST PHOTO: …".
    expect(creditOf(line('The market will close from July 7 for six months of upgrading works. TRIBUNE PHOTO: KELVIN HO'), vocabulary))
      .toEqual({text: 'The market will close from July 7 for six months of upgrading works.', credit: 'KELVIN HO'})
    // A short credit after the sentence and a bar: "… | Aisto Valančiaus nuotr.".
    expect(creditOf(line('Jonavos gatvės ruožas ties Vilijampolės tiltu. | Aisto Valančiaus nuotr.'), vocabulary))
      .toEqual({text: 'Jonavos gatvės ruožas ties Vilijampolės tiltu.', credit: 'Aisto Valančiaus nuotr.'})
    expect(creditOf(line('Terms of use | Privacy policy | Contact'), vocabulary)).toBeUndefined()
  })

  it('does not take a parenthesis that is part of a sentence', () => {
    expect(creditOf(line('The agreement was signed by the ministry of transport (MoT) on Monday'), vocabulary)).toBeUndefined()
    expect(creditOf(line('Giá xăng tăng (lần thứ ba) trong tháng'), vocabulary)).toBeUndefined()
  })
})

describe('line shapes', () => {
  it('recognises media tags', () => {
    expect(isMediaTagged(line('[Video] Lũ quét tại Lào Cai'), vocabulary)).toBe(true)
    expect(isMediaTagged(line('VIDEO: Drone footage of the flooded river'), vocabulary)).toBe(true)
    expect(isMediaTagged(line('▶ Watch the full interview'), vocabulary)).toBe(true)
    expect(isMediaTagged(line('📲 Join our channel'), vocabulary)).toBe(false)
    expect(isMediaTagged(line('Video shows the moment the bridge collapsed'), vocabulary)).toBe(false)
  })

  it('finds a line that is one headline twice', () => {
    expect(doubledHalf('Ports reopen after the storm Ports reopen after the storm')).toBe('Ports reopen after the storm')
    expect(doubledHalf('Ports reopen after the storm Ports reopen after storms')).toBeUndefined()
  })

  it('finds file names, alt texts and slugs', () => {
    expect(isFileName('img_2025_0412-3.jpg')).toBe(true)
    expect(isFileName('https://cdn.example.com/a/b/photo.webp?w=800')).toBe(true)
    expect(isFileName('Version 2.0 is out')).toBe(false)
    expect(altTextStem(line('Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ ảnh 2'), vocabulary)).toBe('Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ')
    expect(altTextStem(line('The team won 3 of its last 5 games photo'), vocabulary)).toBeUndefined()
    expect(isSlug('infographic gia vang tang manh')).toBe(true)
    expect(isSlug('gia-vang-tang-manh-trong-tuan')).toBe(true)
    expect(isSlug('Infographic: Giá vàng tăng mạnh')).toBe(false)
  })

  it('finds footer lines by their contact details or words', () => {
    expect(hasEmail('Email: toasoan@example.vn')).toBe(true)
    expect(hasEmail('Follow @cityhall on social media')).toBe(false)
    expect(hasPhone('Điện thoại: 024 3825 1234')).toBe(true)
    expect(hasPhone('In 2024, 12,500 people visited the 1,200-year-old site')).toBe(false)
    // Dates and clock times are digits in groups too, but no phone number.
    expect(hasPhone('Avtor: Nika Kovačič | 21. 3. 2025 ob 7.38')).toBe(false)
    expect(hasPhone('Mac 13, 2025 @ 11:48pm')).toBe(false)
    expect(hasPhone('14.03.2025. 09:12')).toBe(false)
    expect(hasPhone('ĐT: 028.3822.5678')).toBe(true)
    expect(isFooterLine(line('© 2025 Example Media. All rights reserved.'), vocabulary)).toBe(true)
    expect(isFooterLine(line('Giấy phép số 123/GP-BTTTT cấp ngày 1/2/2023'), vocabulary)).toBe(true)
    expect(isFooterLine(line('The mayor said the first routes would open in September.'), vocabulary)).toBe(false)
  })

  it('names the weather words of a line, the longest at each place, and temperatures', () => {
    expect(weatherTerms(line('Thời tiết hôm nay: mưa lớn ở Bắc Bộ'), vocabulary)).toEqual(['thời tiết', 'mưa lớn'])
    expect(isTemperature('Hà Nội 19°C')).toBe(true)
    expect(isTemperature('Nhiệt độ 30 độ C')).toBe(true)
    expect(isTemperature('The bill passed 219 to 211')).toBe(false)
  })
})
