import type {Lexicon} from './types.js'

export const nb: Lexicon = {
  language: 'nb',
  relatedMarkers: [
    'Les også', 'Les mer', 'Les videre', 'Mest lest', 'Mest leste', 'Mest lest nå', 'Mest lest akkurat nå', 'Mest delt',
    'Mest kommentert', 'Mest sett', 'Siste nytt', 'Siste nyheter', 'Siste saker', 'Siste', 'Relatert',
    'Relaterte artikler', 'Relaterte saker', 'Flere saker', 'Flere nyheter', 'Flere artikler', 'Mer om saken',
    'Mer om temaet', 'Anbefalt', 'Anbefalt for deg', 'Anbefalte artikler', 'Anbefalte saker', 'Vi anbefaler',
    'Populært', 'Populært nå', 'Ikke gå glipp av', 'Du vil kanskje også like', 'Andre leser', 'Andre leste også',
    'Akkurat nå', 'Toppsaker', 'Les flere'
  ],
  videoMarkers: ['Video', 'Videoer', 'Flere videoer', 'Siste videoer', 'Se flere videoer', 'Mest sette videoer', 'Se video', 'Klipp'],
  commentMarkers: ['Kommentarer', 'Kommenter', 'Kommentér', 'Skriv en kommentar', 'Vis kommentarer', 'Debatt', 'Leserkommentarer', 'Bli med i debatten'],
  weatherMarkers: ['Været', 'Værvarsel', 'Værmelding', 'Været i dag', 'Dagens vær'],
  tagMarkers: ['Emner', 'Tema', 'Temaer', 'Tags', 'Stikkord', 'Relaterte emner', 'Følg emner', 'Mer om', 'Saken handler om'],
  readMorePrefixes: ['Les også', 'Les mer', 'Les', 'Se også', 'Se', 'Se video', 'Se videoen', 'Relatert', 'Hør', 'Lytt'],
  homeLinks: ['Forside', 'Forsiden', 'Hjem'],
  ui: [
    'Hopp til innhold', 'Hopp til hovedinnhold', 'Gå til innhold', 'Gå til hovedinnhold', 'Laster', 'Laster inn',
    'Vennligst vent', 'Del', 'Del artikkelen', 'Del saken', 'Del på Facebook', 'Skriv ut', 'E-post', 'Til toppen',
    'Tilbake til toppen', 'Logg inn', 'Logg ut', 'Opprett bruker', 'Registrer deg', 'Abonner', 'Abonnér',
    'Kjøp abonnement', 'Bli abonnent', 'Nyhetsbrev', 'Annonse', 'Reklame', 'Annonsørinnhold', 'Sponset',
    'Sponset innhold', 'Meny', 'Søk', 'Lukk', 'Forside', 'Følg', 'Følg oss', 'Lagre', 'Lagret', 'Lytt',
    'Lytt til artikkelen', 'Lytt til saken', 'Kopier lenke', 'Kopier lenken', 'Lenke kopiert', 'Lenken er kopiert',
    'Vis mer', 'Vis flere', 'Last inn flere', 'Les mer', 'Les videre', 'Fortsett å lese', 'Les hele saken',
    'Saken fortsetter under annonsen', 'Artikkelen fortsetter under annonsen', 'Godta', 'Godta alle', 'Aksepter',
    'Aksepter alle', 'Avvis', 'Avvis alle', 'Innstillinger', 'Administrer samtykke', 'Spill av', 'Spill av video',
    'Last ned appen', 'Åpne i appen', 'Hovedmeny', 'Navigasjon', 'Seksjoner', 'Tips oss', 'Gi bort artikkelen',
    'Tekststørrelse', 'Neste', 'Forrige', 'Forstørr bildet', 'Direkte', 'Live', 'Kontakt oss', 'Om oss',
    'Personvernerklæring', 'Personvern', 'Emner', 'Kommentarer', 'Vis kommentarer', 'Kun for abonnenter'
  ],
  followPrefixes: ['Følg oss på', 'Følg oss', 'Følg', 'Lik oss på'],
  sharePrefixes: ['Del på', 'Del via', 'Del med', 'Del saken på', 'Del artikkelen på'],
  uiFragments: ['min lesetid', 'minutter lesetid', 'lesetid', 'min lesing', 'åpnes i ny fane', 'åpnes i en ny fane', 'åpnes i et nytt vindu', 'kommentarer', 'visninger'],
  promoTerms: [
    'nyhetsbrev', 'nyhetsbrevet', 'nyhetsbrevene', 'innboks', 'innboksen', 'e-post', 'app', 'appen', 'whatsapp',
    'telegram', 'kanal', 'podkast', 'podcast', 'varsler', 'pushvarsler', 'abonnement', 'google news'
  ],
  paywallTerms: ['kun for abonnenter', 'allerede abonnent', 'les hele saken med'],
  callsToAction: [
    'meld deg på', 'abonner', 'abonnér', 'registrer deg', 'last ned', 'installer', 'følg oss', 'bli abonnent',
    'prøv gratis', 'bli med'
  ],
  consentTerms: ['cookie', 'cookies', 'informasjonskapsler', 'samtykke', 'personverninnstillinger', 'gdpr'],
  emptyLabels: ['Kilde', 'Kilder', 'Emner', 'Tema', 'Tags', 'Stikkord', 'Av', 'Forfatter', 'Journalist', 'Foto', 'Bilde', 'Relatert'],
  footerTerms: [
    'asa', 'org nr', 'organisasjonsnummer', 'ansvarlig redaktør', 'sjefredaktør', 'nyhetsredaktør', 'adresse',
    'besøksadresse', 'postadresse', 'telefon', 'tlf', 'sentralbord', 'e-post', 'kontakt oss', 'om oss', 'personvern',
    'personvernerklæring', 'informasjonskapsler', 'brukervilkår', 'alle rettigheter reservert', 'copyright',
    'opphavsrett', 'vær varsom-plakaten', 'vær varsom-plakatens', 'redaktørplakaten', 'pressens faglige utvalg',
    'annonsere', 'kundeservice', 'tilgjengelighetserklæring', 'ledige stillinger', 'logo'
  ],
  weatherTerms: [
    'været', 'værvarsel', 'værvarselet', 'værmelding', 'meteorologisk institutt', 'meteorologene', 'storm', 'uvær',
    'uværet', 'ekstremvær', 'hetebølge', 'torden', 'tordenvær', 'regn', 'regnet', 'snø', 'snøfall', 'snøvær', 'vind',
    'kuling', 'temperaturer', 'grader', 'kuldegrader', 'varmegrader', 'prognose', 'farevarsel', 'skyet', 'sludd', 'nedbør',
    'glatte veier'
  ],
  creditWords: ['Foto', 'Bilde', 'Bilder', 'Fotograf', 'Illustrasjon', 'Grafikk', 'Kilde', 'Arkivfoto', 'Arkivbilde', 'Video', 'Skjermdump', 'Faksimile'],
  photoWords: ['bilde', 'foto'],
  mediaTags: ['Video', 'Videoer', 'Bilder', 'Foto', 'Galleri', 'Bildeserie', 'Podkast', 'Podcast', 'Lyd', 'Live', 'Direkte', 'Grafikk'],
  bylinePrefixes: ['Av', 'Skrevet av', 'Tekst', 'Tekst og foto'],
  editorPrefixes: ['Redigert av', 'Redaktør', 'Vaktsjef'],
  bylineRoles: ['ntb', 'journalist', 'korrespondent', 'kommentator', 'redaktør', 'reporter', 'politisk redaktør', 'utenriksmedarbeider', 'vaktsjef'],
  sourcePrefixes: ['Kilde', 'Kilder', 'Via'],
  months: [
    'januar|jan', 'februar|feb', 'mars|mar', 'april|apr', 'mai', 'juni|jun', 'juli|jul', 'august|aug',
    'september|sep|sept', 'oktober|okt', 'november|nov', 'desember|des'
  ],
  weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag', 'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'],
  dateWords: [
    'Publisert', 'Oppdatert', 'Sist oppdatert', 'Sist endret', 'Endret', 'i dag', 'i går', 'kl', 'klokken', 'for', 'siden',
    'timer', 'time', 'minutter', 'minutt', 'min', 'dager', 'dag'
  ]
}
