/**
 * ISO 639-1 codes dechrome can name, with the ISO 639-3 code franc uses for each. The default
 * candidates are languages written with spaces between words that news portals publish in;
 * the scripts franc tells apart by script alone (Greek, Georgian, Tamil…) cost nothing.
 */
export const FRANC_CODES: Readonly<Record<string, string>> = {
  en: 'eng', vi: 'vie', fr: 'fra', de: 'deu', es: 'spa', pt: 'por', it: 'ita', nl: 'nld', id: 'ind', tl: 'tgl',
  pl: 'pol', cs: 'ces', sk: 'slk', ro: 'ron', hu: 'hun', sv: 'swe', da: 'dan', nb: 'nob', nn: 'nno', fi: 'fin',
  tr: 'tur', hr: 'hrv', sl: 'slv', lt: 'lit', lv: 'lvs', et: 'ekk', ca: 'cat', gl: 'glg', sw: 'swh', af: 'afr',
  ha: 'hau', so: 'som', yo: 'yor', ru: 'rus', uk: 'ukr', bg: 'bul', sr: 'srp', bs: 'bos', kk: 'kaz', uz: 'uzn',
  az: 'azj', mn: 'khk', ar: 'arb', fa: 'pes', ur: 'urd', he: 'heb', hi: 'hin', mr: 'mar', ne: 'npi', am: 'amh',
  el: 'ell', bn: 'ben', ta: 'tam', te: 'tel', ka: 'kat', hy: 'hye', si: 'sin', ml: 'mal', kn: 'kan', gu: 'guj',
  pa: 'pan', or: 'ori', sq: 'als', ms: 'zlm', is: 'isl'
}

export const DEFAULT_LANGUAGES: readonly string[] = Object.keys(FRANC_CODES).filter((code) => code !== 'nn' && code !== 'bs')

/**
 * The script franc compares a language's trigrams in; languages with a script of their own are
 * absent (told by script). A language franc also knows in Latin letters is in `ALSO_LATIN`.
 */
export const FRANC_SCRIPTS: Readonly<Record<string, 'Latin' | 'Cyrillic' | 'Arabic' | 'Devanagari' | 'Ethiopic' | 'Hebrew'>> = {
  eng: 'Latin', vie: 'Latin', fra: 'Latin', deu: 'Latin', spa: 'Latin', por: 'Latin', ita: 'Latin', nld: 'Latin', ind: 'Latin',
  tgl: 'Latin', pol: 'Latin', ces: 'Latin', slk: 'Latin', ron: 'Latin', hun: 'Latin', swe: 'Latin', dan: 'Latin', nob: 'Latin',
  nno: 'Latin', fin: 'Latin', tur: 'Latin', hrv: 'Latin', slv: 'Latin', lit: 'Latin', lvs: 'Latin', ekk: 'Latin', cat: 'Latin',
  glg: 'Latin', swh: 'Latin', als: 'Latin', zlm: 'Latin', isl: 'Latin', afr: 'Latin', hau: 'Latin', som: 'Latin', yor: 'Latin', rus: 'Cyrillic', ukr: 'Cyrillic',
  bul: 'Cyrillic', srp: 'Cyrillic', bos: 'Cyrillic', kaz: 'Cyrillic', uzn: 'Cyrillic', azj: 'Cyrillic', khk: 'Cyrillic',
  arb: 'Arabic', pes: 'Arabic', urd: 'Arabic', heb: 'Hebrew', hin: 'Devanagari', mar: 'Devanagari', npi: 'Devanagari', amh: 'Ethiopic'
}

/** Candidates franc has no trigram model of: named only by their own letters (see `LATIN_ALPHABETS`). */
export const WITHOUT_TRIGRAMS: ReadonlySet<string> = new Set(['isl'])

/** Languages written in Cyrillic and in Latin letters, whose Latin model franc has too (Serbian news is printed in both). */
export const ALSO_LATIN: ReadonlySet<string> = new Set(['srp', 'bos', 'uzn', 'azj'])

/**
 * Languages franc tells apart badly (the same trigrams; news in one is often named the other),
 * with words each spells its own way and the others do not use: counted, as written in lower
 * case, over the article's prose when franc's best two are of one group. The first of a group,
 * the more published, is the answer when no such word decides (franc's pick is a coin's there). Indonesian and Malay; Croatian's ijekavian and Serbian's
 * ekavian forms and their different words for the same thing (month names among them).
 */
export const CLOSE_LANGUAGES: readonly Readonly<Record<string, readonly string[]>>[] = [
  {
    ind: ['bahwa', 'karena', 'setelah', 'perusahaan', 'pemerintah', 'polisi', 'uang', 'bisa', 'kabupaten'],
    zlm: ['bahawa', 'kerana', 'selepas', 'syarikat', 'kerajaan', 'polis', 'wang', 'hospital', 'mahu']
  },
  {
    hrv: ['tko', 'što', 'tisuća', 'tjedan', 'prije', 'poslije', 'gdje', 'vrijeme', 'mjesto', 'dijete', 'općina', 'sveučilište',
      'siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'],
    srp: ['ko', 'šta', 'hiljada', 'nedelja', 'pre', 'posle', 'gde', 'vreme', 'mesto', 'dete', 'opština', 'univerzitet',
      'januara', 'februara', 'marta', 'aprila', 'maja', 'juna', 'jula', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra']
  }
]

/**
 * The letters beyond a–z each Latin-script candidate writes (lower case, NFC). A sample made
 * largely of marked letters that only one candidate writes is that language without asking
 * franc (Vietnamese: ơ, ư, ạ, ế …). Languages absent here are never ruled out this way.
 */
export const LATIN_ALPHABETS: Readonly<Record<string, string>> = {
  eng: '', ind: '', zlm: '', swh: '', som: '', als: 'çë', tgl: 'ñ', hau: 'ɓɗƙƴ', yor: 'àáèéìíòóùúẹọṣńḿ', afr: 'áéíóúêëîïôûŉ',
  vie: 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  fra: 'àâæçéèêëîïôœùûüÿ', deu: 'äöüß', spa: 'áéíñóúü', por: 'áâãàçéêíóôõúü', ita: 'àèéìíîòóùú', nld: 'áéíóúèëïöü',
  cat: 'àçèéíïòóúü·', glg: 'áéíñóúü', pol: 'ąćęłńóśźż', ces: 'áčďéěíňóřšťúůýž', slk: 'áäčďéíĺľňóôŕšťúýž',
  ron: 'ăâîșțşţ', hun: 'áéíóöőúüű', swe: 'åäöé', dan: 'æøåé', nob: 'æøåéòôè', nno: 'æøåéòôè', fin: 'äöåšž',
  tur: 'çğıöşüâîû', hrv: 'čćđšž', srp: 'čćđšž', bos: 'čćđšž', uzn: 'ʻ', azj: 'çəğıöşü', slv: 'čšžćđ', lit: 'ąčęėįšųūž', lvs: 'āčēģīķļņšūž', ekk: 'äöõüšž',
  isl: 'áéíóúýþæöð'
}
