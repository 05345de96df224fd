import type {Lexicon} from './types.js'

export const sv: Lexicon = {
  language: 'sv',
  relatedMarkers: [
    'Läs också', 'Läs även', 'Läs mer', 'Läs vidare', 'Läs mer om ämnet', 'Mest läst', 'Mest lästa', 'Mest läst just nu',
    'Mest lästa just nu', 'Mest delade', 'Mest kommenterade', 'Senaste nytt', 'Senaste nyheterna', 'Senaste nyheter',
    'Senaste', 'Relaterat', 'Relaterade', 'Relaterade artiklar', 'Relaterade nyheter', 'Fler artiklar', 'Fler nyheter',
    'Mer om ämnet', 'Mer i ämnet', 'Mer om detta', 'Mer att läsa', 'Rekommenderat', 'Rekommenderat för dig',
    'Rekommenderade artiklar', 'Utvalt för dig', 'Redaktionen rekommenderar', 'Toppnyheter', 'Populärt',
    'Populärt just nu', 'Populära artiklar', 'Missa inte', 'Du kanske också gillar', 'Du kanske också vill läsa',
    'Andra läser', 'Andra har också läst', 'Just nu', 'Topplistan'
  ],
  videoMarkers: ['Video', 'Videor', 'Videoklipp', 'Fler videor', 'Senaste videorna', 'Se fler videor', 'Mer video', 'Webb-tv', 'Se video', 'Klipp'],
  commentMarkers: ['Kommentarer', 'Kommentera', 'Kommentera artikeln', 'Visa kommentarer', 'Skriv en kommentar', 'Lämna en kommentar', 'Läsarkommentarer', 'Diskutera'],
  weatherMarkers: ['Väder', 'Vädret', 'Väderprognos', 'Dagens väder', 'Lokalt väder', 'Vädret i dag', 'Väder idag'],
  tagMarkers: ['Ämnen', 'Taggar', 'Ämnen i artikeln', 'Ämnen i denna artikel', 'Relaterade ämnen', 'Följ ämnen', 'Följ ämne', 'Mer om', 'Nyckelord', 'Ämnesord'],
  readMorePrefixes: ['Läs också', 'Läs även', 'Läs mer', 'Läs', 'Se också', 'Se även', 'Se', 'Se video', 'Se klippet', 'Relaterat', 'Missa inte', 'Lyssna'],
  homeLinks: ['Hem', 'Startsida', 'Startsidan', 'Förstasidan', 'Förstasida'],
  ui: [
    'Hoppa till innehållet', 'Hoppa till huvudinnehållet', 'Gå till innehållet', 'Gå direkt till innehållet',
    'Till innehållet', 'Laddar', 'Vänta', 'Dela', 'Dela artikeln', 'Dela artikel', 'Dela på Facebook', 'Skriv ut',
    'Skriv ut artikeln', 'E-post', 'Mejla', 'Till toppen', 'Tillbaka till toppen', 'Logga in', 'Logga ut', 'Skapa konto',
    'Registrera dig', 'Prenumerera', 'Prenumerera nu', 'Bli prenumerant', 'Köp prenumeration', 'Nyhetsbrev',
    'Annons', 'Annonsörsinnehåll', 'Annonssamarbete', 'Reklam', 'Meny', 'Sök', 'Stäng', 'Hem', 'Följ', 'Följ oss',
    'Spara', 'Sparad', 'Sparade artiklar', 'Lyssna', 'Lyssna på artikeln', 'Kopiera länk', 'Kopiera länken',
    'Länken kopierad', 'Länk kopierad', 'Visa mer', 'Visa fler', 'Ladda fler', 'Läs mer', 'Fortsätt läsa',
    'Läs hela artikeln', 'Artikeln fortsätter efter annonsen', 'Artikeln fortsätter under annonsen',
    'Texten fortsätter under annonsen', 'Godkänn', 'Godkänn alla', 'Acceptera', 'Acceptera alla',
    'Acceptera alla cookies', 'Neka', 'Avvisa alla', 'Hantera inställningar', 'Cookieinställningar', 'Inställningar',
    'Spela upp', 'Spela video', 'Spela upp video', 'Ladda ner appen', 'Öppna i appen', 'Huvudmeny', 'Navigering',
    'Sektioner', 'Rapportera fel', 'Tipsa oss', 'Tipsa redaktionen', 'Ge bort artikeln', 'Textstorlek', 'Nästa',
    'Föregående', 'Förstora bilden', 'Bildtext', 'Direkt', 'Live', 'Kontakta oss', 'Om oss', 'Integritetspolicy',
    'Användarvillkor', 'Kommentarer', 'Visa kommentarer', 'Ämnen', 'Taggar', 'Premium', 'Endast för prenumeranter',
    'Mobilversion'
  ],
  followPrefixes: ['Följ oss på', 'Följ oss', 'Följ', 'Gilla oss på'],
  sharePrefixes: ['Dela på', 'Dela via', 'Dela med', 'Dela'],
  uiFragments: ['min läsning', 'minuters läsning', 'lästid', 'öppnas i ny flik', 'öppnas i en ny flik', 'öppnas i ett nytt fönster', 'kommentarer', 'visningar'],
  promoTerms: [
    'nyhetsbrev', 'nyhetsbrevet', 'nyhetsbreven', 'inkorg', 'inkorgen', 'e-post', 'mejl', 'app', 'appen', 'whatsapp',
    'telegram', 'kanal', 'kanalen', 'podd', 'podden', 'pushnotiser', 'notiser', 'prenumeration', 'google news'
  ],
  paywallTerms: ['endast för prenumeranter', 'redan prenumerant', 'läs vidare med'],
  callsToAction: [
    'prenumerera', 'registrera dig', 'anmäl dig', 'skriv upp dig', 'ladda ner', 'ladda ned', 'installera', 'följ oss',
    'gå med', 'bli prenumerant', 'prova gratis', 'teckna'
  ],
  consentTerms: ['cookie', 'cookies', 'kakor', 'samtycke', 'samtycker', 'integritetsinställningar', 'gdpr'],
  emptyLabels: ['Källa', 'Källor', 'Taggar', 'Ämnen', 'Av', 'Text', 'Foto', 'Bild', 'Dela', 'Författare', 'Fotograf', 'Relaterat'],
  footerTerms: [
    'aktiebolag', 'ab publ', 'org nr', 'organisationsnummer', 'ansvarig utgivare', 'chefredaktör', 'redaktionschef',
    'adress', 'besöksadress', 'postadress', 'telefon', 'tel', 'växel', 'fax', 'e-post', 'kontakta oss', 'om oss',
    'integritetspolicy', 'personuppgiftspolicy', 'cookiepolicy', 'användarvillkor', 'alla rättigheter förbehållna',
    'copyright', 'upphovsrätt', 'annonsera', 'annonsera hos oss', 'kundtjänst', 'kundservice', 'tillgänglighetsredogörelse',
    'jobba hos oss', 'lediga jobb', 'logo', 'tipsa oss'
  ],
  weatherTerms: [
    'väder', 'vädret', 'väderprognos', 'prognos', 'prognosen', 'smhi', 'storm', 'stormen', 'oväder', 'ovädret',
    'värmebölja', 'värmeböljan', 'åska', 'åskväder', 'regn', 'regnet', 'skyfall', 'snö', 'snön', 'snöoväder', 'snöfall',
    'blåst', 'vind', 'vindar', 'temperaturer', 'grader', 'minusgrader', 'plusgrader', 'kyla', 'molnigt', 'soligt',
    'halka', 'vädervarning', 'meteorolog'
  ],
  creditWords: ['Foto', 'Foton', 'Bild', 'Bilder', 'Fotograf', 'Illustration', 'Grafik', 'Källa', 'Arkivbild', 'Bildkälla', 'Video', 'Montage', 'Skärmdump'],
  photoWords: ['bild', 'foto'],
  mediaTags: ['Video', 'Videor', 'Bilder', 'Foto', 'Bildspel', 'Galleri', 'Podd', 'Podcast', 'Ljud', 'Live', 'Direkt', 'Grafik', 'Webb-tv', 'Lyssna'],
  bylinePrefixes: ['Av', 'Text', 'Text och foto', 'Text och bild', 'Skriven av', 'Författare'],
  editorPrefixes: ['Redigerad av', 'Redaktör', 'Redigering'],
  bylineRoles: ['tt', 'reporter', 'korrespondent', 'utrikeskorrespondent', 'frilansjournalist', 'redaktör', 'krönikör', 'medarbetare', 'politisk reporter'],
  sourcePrefixes: ['Källa', 'Källor', 'Via'],
  months: [
    'januari|jan', 'februari|feb', 'mars|mar', 'april|apr', 'maj', 'juni|jun', 'juli|jul', 'augusti|aug',
    'september|sep|sept', 'oktober|okt', 'november|nov', 'december|dec'
  ],
  weekdays: [
    'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'måndagen', 'tisdagen', 'onsdagen', 'torsdagen',
    'fredagen', 'lördagen', 'söndagen', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'
  ],
  dateWords: [
    'Publicerad', 'Publicerat', 'Uppdaterad', 'Uppdaterat', 'Senast uppdaterad', 'Senast ändrad', 'i dag', 'idag', 'i går',
    'igår', 'kl', 'klockan', 'för', 'sedan', 'timmar', 'timme', 'minuter', 'minut', 'min', 'dagar', 'dag', 'den'
  ]
}
