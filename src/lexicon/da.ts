import type {Lexicon} from './types.js'

export const da: Lexicon = {
  language: 'da',
  relatedMarkers: [
    'Læs også', 'Læs mere', 'Læs videre', 'Mest læste', 'Mest læst', 'Mest læste nyheder', 'Mest læste artikler',
    'Mest læste lige nu', 'Mest delte', 'Mest kommenterede', 'Mest sete', 'Seneste nyt', 'Seneste nyheder', 'Seneste',
    'Relateret', 'Relaterede artikler', 'Relaterede historier', 'Relaterede nyheder', 'Flere artikler', 'Flere nyheder',
    'Flere historier', 'Mere om emnet', 'Mere om sagen', 'Anbefalet', 'Anbefalet til dig', 'Anbefalede artikler',
    'Vi anbefaler', 'Redaktionen anbefaler', 'Populære', 'Populært lige nu', 'Populære artikler', 'Gå ikke glip af',
    'Du vil måske også synes om', 'Måske er du også interesseret i', 'Andre læser', 'Andre læser også', 'Lige nu',
    'Tophistorier', 'Topnyheder', 'Læs flere'
  ],
  videoMarkers: ['Video', 'Videoer', 'Flere videoer', 'Seneste videoer', 'Se flere videoer', 'Mest sete videoer', 'Se video', 'Klip'],
  commentMarkers: ['Kommentarer', 'Kommentér', 'Kommenter', 'Skriv en kommentar', 'Vis kommentarer', 'Debat', 'Læserkommentarer', 'Deltag i debatten'],
  weatherMarkers: ['Vejret', 'Vejr', 'Vejrudsigt', 'Vejrudsigten', 'Dagens vejr', 'Vejret i dag'],
  tagMarkers: ['Emner', 'Tags', 'Relaterede emner', 'Emner i artiklen', 'Følg emner', 'Følg emnet', 'Mere om', 'Nøgleord'],
  readMorePrefixes: ['Læs også', 'Læs mere', 'Læs', 'Se også', 'Se', 'Se video', 'Se videoen', 'Relateret', 'Hør', 'Lyt'],
  homeLinks: ['Forside', 'Forsiden', 'Hjem'],
  ui: [
    'Spring til indhold', 'Spring til hovedindhold', 'Gå til indhold', 'Gå til hovedindhold', 'Indlæser', 'Henter',
    'Vent venligst', 'Del', 'Del artiklen', 'Del artikel', 'Del på Facebook', 'Udskriv', 'Print', 'E-mail', 'Til toppen',
    'Tilbage til toppen', 'Log ind', 'Log ud', 'Opret bruger', 'Opret profil', 'Abonnér', 'Abonner', 'Køb abonnement',
    'Bliv abonnent', 'Nyhedsbrev', 'Nyhedsbreve', 'Tilmeld nyhedsbrev', 'Annonce', 'Reklame', 'Sponsoreret',
    'Sponsoreret indhold', 'Menu', 'Søg', 'Luk', 'Forside', 'Følg', 'Følg os', 'Gem', 'Gemt', 'Gemte artikler', 'Lyt',
    'Lyt til artiklen', 'Kopiér link', 'Kopier link', 'Link kopieret', 'Vis mere', 'Vis flere', 'Indlæs flere',
    'Hent flere', 'Læs mere', 'Læs videre', 'Fortsæt læsning', 'Læs hele artiklen', 'Artiklen fortsætter under annoncen',
    'Artiklen fortsætter efter annoncen', 'Accepter', 'Acceptér', 'Accepter alle', 'Acceptér alle', 'Afvis',
    'Afvis alle', 'Tilpas', 'Indstillinger', 'Cookieindstillinger', 'Afspil', 'Afspil video', 'Hent appen',
    'Download appen', 'Åbn i app', 'Hovedmenu', 'Navigation', 'Sektioner', 'Tip os', 'Tip redaktionen', 'Giv artiklen',
    'Forstør billede', 'Tekststørrelse', 'Næste', 'Forrige', 'Live', 'Direkte', 'Kontakt os', 'Om os',
    'Privatlivspolitik', 'Cookiepolitik', 'Emner', 'Kommentarer', 'Vis kommentarer', 'Kun for abonnenter'
  ],
  followPrefixes: ['Følg os på', 'Følg os', 'Følg', 'Synes godt om os på', 'Like os på'],
  sharePrefixes: ['Del på', 'Del via', 'Del med', 'Del artiklen på'],
  uiFragments: ['min læsning', 'minutters læsning', 'læsetid', 'min læsetid', 'åbner i en ny fane', 'åbner i nyt vindue', 'kommentarer', 'visninger'],
  promoTerms: [
    'nyhedsbrev', 'nyhedsbrevet', 'nyhedsbreve', 'indbakke', 'e-mail', 'mail', 'app', 'appen', 'whatsapp', 'telegram',
    'kanal', 'podcast', 'notifikationer', 'push-notifikationer', 'abonnement', 'google news'
  ],
  paywallTerms: ['kun for abonnenter', 'allerede abonnent', 'læs hele artiklen med'],
  callsToAction: [
    'tilmeld dig', 'tilmeld', 'abonnér', 'abonner', 'download', 'hent appen', 'installer', 'følg os', 'bliv abonnent',
    'prøv gratis', 'opret profil'
  ],
  consentTerms: ['cookie', 'cookies', 'samtykke', 'cookiesamtykke', 'privatlivsindstillinger', 'gdpr'],
  emptyLabels: ['Kilde', 'Kilder', 'Emner', 'Tags', 'Af', 'Forfatter', 'Journalist', 'Foto', 'Billede', 'Relateret'],
  footerTerms: [
    'a/s', 'aps', 'i/s', 'cvr', 'cvr-nr', 'ansvarshavende chefredaktør', 'ansvarshavende redaktør', 'chefredaktør',
    'adresse', 'telefon', 'tlf', 'fax', 'e-mail', 'kontakt os', 'om os', 'privatlivspolitik', 'cookiepolitik',
    'persondatapolitik', 'handelsbetingelser', 'alle rettigheder forbeholdes', 'copyright', 'ophavsret', 'annoncering',
    'annoncér', 'kundeservice', 'tilgængelighedserklæring', 'ledige stillinger', 'logo', 'pressenævnet'
  ],
  weatherTerms: [
    'vejret', 'vejr', 'vejrudsigt', 'vejrudsigten', 'dmi', 'storm', 'stormen', 'uvejr', 'skybrud', 'torden',
    'tordenvejr', 'hedebølge', 'regn', 'regnen', 'sne', 'snevejr', 'snefald', 'blæst', 'vind', 'kuling', 'temperaturer',
    'grader', 'frostgrader', 'varmegrader', 'skyet', 'byger', 'nedbør', 'glatte veje', 'prognose'
  ],
  creditWords: ['Foto', 'Fotos', 'Billede', 'Billeder', 'Fotograf', 'Illustration', 'Grafik', 'Kilde', 'Arkivfoto', 'Video', 'Skærmbillede'],
  photoWords: ['billede', 'foto'],
  mediaTags: ['Video', 'Videoer', 'Billeder', 'Fotos', 'Galleri', 'Billedserie', 'Podcast', 'Lyd', 'Live', 'Direkte', 'Grafik'],
  bylinePrefixes: ['Af', 'Skrevet af', 'Tekst', 'Tekst og foto'],
  editorPrefixes: ['Redigeret af', 'Redaktør', 'Redigering'],
  bylineRoles: ['ritzau', 'journalist', 'korrespondent', 'udlandskorrespondent', 'redaktør', 'reporter', 'analytiker', 'kommentator', 'praktikant'],
  sourcePrefixes: ['Kilde', 'Kilder', 'Via'],
  months: [
    'januar|jan', 'februar|feb', 'marts|mar', 'april|apr', 'maj', 'juni|jun', 'juli|jul', 'august|aug',
    'september|sep|sept', 'oktober|okt', 'november|nov', 'december|dec'
  ],
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'],
  dateWords: [
    'Publiceret', 'Offentliggjort', 'Opdateret', 'Sidst opdateret', 'Senest opdateret', 'i dag', 'i går', 'kl', 'klokken',
    'for', 'siden', 'timer', 'time', 'minutter', 'minut', 'min', 'dage', 'dag', 'den'
  ]
}
