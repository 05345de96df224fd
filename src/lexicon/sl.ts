import type {Lexicon} from './types.js'

export const sl: Lexicon = {
  language: 'sl',
  relatedMarkers: [
    'Sorodni članki', 'Sorodne novice', 'Sorodno', 'Povezane novice', 'Povezani članki', 'Preberite še', 'Preberite tudi',
    'Preberi še', 'Preberi tudi', 'Morda vas zanima', 'Morda vas zanima tudi', 'Priporočamo', 'Priporočeno', 'Najbolj brano',
    'Najbolj brano danes', 'Najbolj brani', 'Najbolj brani članki', 'Najbolj brane novice', 'Najnovejše', 'Najnovejše novice',
    'Zadnje novice', 'Najbolj komentirano', 'Najbolj komentirani', 'Najbolj gledano', 'Najbolj priljubljeno', 'Več novic',
    'Več iz rubrike', 'Še iz rubrike', 'Iz rubrike', 'Druge novice', 'Ostale novice', 'Ne spreglejte', 'Izpostavljeno',
    'Izbrano', 'Top novice', 'Novice dneva', 'Vse novice', 'Več o temi', 'Na to temo', 'Več na to temo'
  ],
  videoMarkers: ['Video', 'Videi', 'Več videov', 'Najnovejši videi', 'Video novice', 'Oglejte si video', 'Poglejte video'],
  commentMarkers: [
    'Komentarji', 'Komentiraj', 'Komentiranje', 'Dodaj komentar', 'Napiši komentar', 'Oddaj komentar', 'Prikaži komentarje',
    'Poglej komentarje', 'Komentarji bralcev', 'Pravila komentiranja'
  ],
  weatherMarkers: ['Vreme', 'Vremenska napoved', 'Napoved vremena', 'Vreme danes', 'Vreme jutri'],
  tagMarkers: ['Oznake', 'Teme', 'Ključne besede', 'Sorodne teme', 'Značke', 'Tagi'],
  readMorePrefixes: [
    'Preberite še', 'Preberite tudi', 'Preberite', 'Preberi še', 'Preberi tudi', 'Preberi', 'Preberite več', 'Poglejte še',
    'Poglejte tudi', 'Poglejte', 'Oglejte si', 'Oglejte si tudi', 'Oglejte si video', 'Prisluhnite', 'Povezano', 'Sorodno',
    'Več o tem'
  ],
  homeLinks: ['Naslovnica', 'Domov', 'Domača stran', 'Vstopna stran', 'Prva stran', 'Home'],
  ui: [
    'Skoči na vsebino', 'Preskoči na vsebino', 'Pojdi na vsebino', 'Preskoči na glavno vsebino', 'Preskoči navigacijo',
    'Nalaganje', 'Nalagam', 'Počakajte', 'Prosimo, počakajte', 'Deli', 'Deli članek', 'Delite', 'Natisni', 'Tiskaj',
    'Natisni članek', 'E-pošta', 'Pošlji', 'Na vrh', 'Nazaj na vrh', 'Prijava', 'Prijavi se', 'Prijavite se', 'Odjava',
    'Registracija', 'Registriraj se', 'Naročnina', 'Naroči se', 'Naročite se', 'Oglas', 'Oglasno sporočilo', 'Oglasna vsebina',
    'Sponzorirano', 'Sponzorirana vsebina', 'Plačana objava', 'Promocijsko sporočilo', 'Meni', 'Iskanje', 'Išči', 'Zapri',
    'Naslovnica', 'Sledi', 'Shrani', 'Poslušaj', 'Poslušaj članek', 'Poslušajte članek', 'Kopiraj povezavo',
    'Povezava kopirana', 'Povezava je kopirana', 'Prikaži več', 'Naloži več', 'Več', 'Poglej več', 'Preberi več',
    'Preberite več', 'Nadaljuj z branjem', 'Nadaljujte z branjem', 'Članek se nadaljuje pod oglasom',
    'Vsebina se nadaljuje pod oglasom', 'Nadaljevanje članka pod oglasom', 'Sprejmi', 'Sprejmem', 'Sprejmi vse',
    'Strinjam se', 'Zavrni', 'Zavrni vse', 'Nastavitve', 'Nastavitve piškotkov', 'Predvajaj', 'Predvajaj video',
    'Prenesi aplikacijo', 'Glavni meni', 'Navigacija', 'Rubrike', 'Prijavi napako', 'Sporočite napako', 'Velikost pisave',
    'Naslednji', 'Prejšnji', 'Naslednja', 'Prejšnja', 'V živo', 'Kontakt', 'Impresum', 'O nas', 'Pogoji uporabe',
    'Varstvo osebnih podatkov', 'Politika zasebnosti', 'Komentarji', 'Oznake', 'Fotogalerija'
  ],
  followPrefixes: ['Sledite nam na', 'Sledite nam tudi na', 'Sledite nam', 'Spremljajte nas na', 'Spremljajte nas tudi na', 'Spremljajte nas', 'Pridružite se nam na', 'Všečkajte nas na'],
  sharePrefixes: ['Deli na', 'Deli prek', 'Deli preko', 'Delite na', 'Deli članek na', 'Deli'],
  uiFragments: ['min branja', 'minut branja', 'minute branja', 'čas branja', 'odpre se v novem zavihku', 'odpre se v novem oknu', 'komentarjev', 'komentarji', 'komentar', 'ogledov'],
  promoTerms: [
    'e-novice', 'novičnik', 'novičnika', 'newsletter', 'e-pošta', 'e-pošto', 'nabiralnik', 'aplikacija', 'aplikacijo',
    'aplikaciji', 'app', 'whatsapp', 'viber', 'telegram', 'kanal', 'kanalu', 'google news', 'obvestila', 'podkast', 'podcast',
    'naročnina'
  ],
  paywallTerms: ['samo za naročnike', 'na voljo samo naročnikom', 'na voljo le naročnikom', 'ste že naročnik', 'že imate naročnino', 'vsebina za naročnike'],
  callsToAction: [
    'naročite se', 'naroči se', 'prijavite se', 'prijavi se', 'registrirajte se', 'prenesite', 'prenesi', 'namestite',
    'sledite nam', 'spremljajte nas', 'pridružite se', 'poskusite'
  ],
  consentTerms: ['piškotki', 'piškotke', 'piškotkov', 'piškotkih', 'piškotek', 'cookie', 'cookies', 'privolitev', 'nastavitve zasebnosti', 'obdelava osebnih podatkov', 'gdpr'],
  emptyLabels: ['Vir', 'Viri', 'Oznake', 'Teme', 'Ključne besede', 'Avtor', 'Avtorica', 'Deli', 'Foto', 'Fotografija'],
  footerTerms: [
    'd.o.o.', 'd.d.', 'vse pravice pridržane', 'vse pravice so pridržane', 'matična številka', 'davčna številka', 'id za ddv',
    'impresum', 'odgovorni urednik', 'odgovorna urednica', 'glavni urednik', 'glavna urednica', 'izdajatelj', 'založnik',
    'poštni naslov', 'naslov uredništva', 'telefon', 'tel', 'faks', 'fax', 'e-pošta', 'e-naslov', 'kontakt', 'o nas',
    'pogoji uporabe', 'splošni pogoji', 'varstvo osebnih podatkov', 'politika zasebnosti', 'politika piškotkov',
    'oglaševanje', 'copyright', 'razvid medijev', 'logo'
  ],
  weatherTerms: [
    'vreme', 'vremenska napoved', 'arso', 'meteorologi', 'neurje', 'neurja', 'nevihta', 'nevihte', 'toča', 'vročina',
    'vročinski val', 'dež', 'dežja', 'padavine', 'plohe', 'sneg', 'snega', 'veter', 'burja', 'temperatura', 'temperature',
    'stopinj', 'sončno', 'oblačno', 'megla', 'pozeba', 'mraz', 'poledica', 'opozorilo'
  ],
  creditWords: ['Foto', 'Fotografija', 'Fotografije', 'Vir', 'Avtor fotografije', 'Ilustracija', 'Grafika', 'Posnetek zaslona', 'Video', 'Foto arhiv'],
  photoWords: ['foto', 'slika', 'fotografija'],
  mediaTags: ['Video', 'Foto', 'Galerija', 'Fotogalerija', 'Podkast', 'Podcast', 'Audio', 'V živo', 'Infografika', 'Foto in video', 'Video in foto'],
  bylinePrefixes: ['Avtor', 'Avtorica', 'Avtorji', 'Piše', 'Besedilo', 'Pripravil', 'Pripravila'],
  editorPrefixes: ['Urednik', 'Urednica', 'Uredil', 'Uredila', 'Urejanje'],
  bylineRoles: ['sta', 'dopisnik', 'dopisnica', 'novinar', 'novinarka', 'poročevalec', 'poročevalka', 'sodelavec', 'sodelavka', 'prevod', 'agencije'],
  sourcePrefixes: ['Vir', 'Viri', 'Vir informacij'],
  months: [
    'januar|januarja|jan', 'februar|februarja|feb', 'marec|marca|mar', 'april|aprila|apr', 'maj|maja', 'junij|junija|jun',
    'julij|julija|jul', 'avgust|avgusta|avg|aug', 'september|septembra|sep|sept', 'oktober|oktobra|okt',
    'november|novembra|nov', 'december|decembra|dec'
  ],
  weekdays: [
    'ponedeljek', 'torek', 'sreda', 'sredo', 'četrtek', 'petek', 'sobota', 'soboto', 'nedelja', 'nedeljo',
    'pon', 'tor', 'sre', 'čet', 'pet', 'sob', 'ned'
  ],
  dateWords: [
    'Objavljeno', 'Objava', 'Posodobljeno', 'Posodobitev', 'Zadnja posodobitev', 'Osveženo', 'Spremenjeno', 'pred', 'uro',
    'urami', 'ura', 'ur', 'minuto', 'minutami', 'minut', 'min', 'dnevi', 'danes', 'včeraj', 'ob', 'v'
  ]
}
