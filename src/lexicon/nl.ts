import type {Lexicon} from './types.js'

export const nl: Lexicon = {
  language: 'nl',
  relatedMarkers: [
    'Lees ook', 'Lees meer', 'Lees ook deze artikelen', 'Meer over dit onderwerp', 'Meest gelezen', 'Meest gelezen artikelen',
    'Meest bekeken', 'Meest gedeeld', 'Gerelateerd', 'Gerelateerde artikelen', 'Gerelateerde berichten', 'Gerelateerd nieuws',
    'Ook interessant', 'Ook interessant voor jou', 'Dit vind je misschien ook interessant', 'Misschien ook interessant',
    'Dit vind je misschien ook leuk', 'Aanbevolen', 'Aanbevolen voor jou', 'Aanbevolen artikelen', 'Laatste nieuws',
    'Het laatste nieuws', 'Net binnen', 'Meer nieuws', 'Ander nieuws', 'Overig nieuws', 'Populair', 'Nu populair',
    'Populaire artikelen', 'Meest recent', 'Nieuwste artikelen', 'Uitgelicht', 'Meer artikelen', 'Meer uit deze rubriek',
    'Meer in deze rubriek', 'Niet te missen', 'Mis dit niet', 'Anderen lazen ook', 'Andere lezers lazen ook', 'Bekijk ook',
    'Topnieuws', 'Meer lezen'
  ],
  videoMarkers: ['Video', "Video's", "Meer video's", "Laatste video's", "Nieuwste video's", "Populaire video's", "Bekijk meer video's", 'Kijk ook'],
  commentMarkers: [
    'Reacties', 'Reageer', 'Reageren', 'Plaats een reactie', 'Schrijf een reactie', 'Laat een reactie achter', 'Bekijk reacties',
    'Lees de reacties', 'Toon reacties', 'Bekijk alle reacties', 'Discussie', 'Reacties van lezers'
  ],
  weatherMarkers: ['Het weer', 'Weerbericht', 'Weersverwachting', 'Het weer van vandaag', 'Weerbericht vandaag'],
  tagMarkers: ['Onderwerpen', 'Trefwoorden', 'Tags', "Thema's", 'Meer over', 'Lees meer over', 'Gerelateerde onderwerpen'],
  readMorePrefixes: ['Lees ook', 'Lees meer', 'Lees verder', 'Bekijk ook', 'Kijk ook', 'Zie ook', 'Ook interessant', 'Lees hier', 'Lees het hele artikel', 'Meer over dit onderwerp'],
  homeLinks: ['Home', 'Homepage', 'Voorpagina', 'Startpagina', 'Hoofdpagina'],
  ui: [
    'Naar de inhoud', 'Ga naar de inhoud', 'Direct naar de inhoud', 'Spring naar de inhoud', 'Ga direct naar de inhoud',
    'Naar hoofdinhoud', 'Ga naar hoofdinhoud', 'Naar navigatie', 'Laden', 'Bezig met laden', 'Even geduld', 'Een moment geduld',
    'Delen', 'Deel', 'Deel dit artikel', 'Artikel delen', 'Deel artikel', 'Afdrukken', 'Printen', 'E-mail', 'Mail',
    'Terug naar boven', 'Naar boven', 'Inloggen', 'Log in', 'Uitloggen', 'Registreren', 'Account aanmaken', 'Abonneren',
    'Abonneer', 'Word abonnee', 'Neem een abonnement', 'Nieuwsbrief', 'Advertentie', 'Reclame', 'Gesponsord', 'Gesponsorde inhoud',
    'Menu', 'Zoeken', 'Sluiten', 'Home', 'Volgen', 'Volg ons', 'Opslaan', 'Bewaren', 'Bewaar artikel', 'Luisteren', 'Luister',
    'Beluister dit artikel', 'Lees voor', 'Voorlezen', 'Link kopiëren', 'Kopieer link', 'Link gekopieerd', 'Mobiele versie',
    'Accepteren', 'Alles accepteren', 'Accepteer alles', 'Weigeren', 'Alles weigeren', 'Instellingen', 'Cookie-instellingen',
    'Meer laden', 'Laad meer', 'Toon meer', 'Bekijk meer', 'Lees verder', 'Verder lezen', 'Lees het hele artikel',
    'Lees verder na de advertentie', 'Lees verder onder de advertentie', 'Het artikel gaat verder onder de advertentie',
    'Speel video af', 'Video afspelen', 'Afspelen', 'Bekijk video', 'Bekijk de video', 'Live', 'Liveblog', 'Onderwerpen', 'Tags',
    'Vorige', 'Volgende', 'Tekstgrootte', 'Download de app', 'Open in de app', 'Colofon', 'Fout gezien?', 'Tip de redactie',
    'Cadeau geven', 'Geef dit artikel cadeau', 'Reacties', 'Bekijk reacties', 'Facebook', 'WhatsApp', 'LinkedIn', 'X'
  ],
  followPrefixes: ['Volg ons op', 'Volg ons via', 'Volg', 'Volg het laatste nieuws via', 'Blijf op de hoogte via'],
  sharePrefixes: ['Delen op', 'Deel op', 'Deel via', 'Delen via', 'Deel dit artikel via', 'Deel dit artikel op', 'Delen met', 'Deel met'],
  uiFragments: ['leestijd', 'min leestijd', 'minuten leestijd', 'minuut leestijd', 'opent in nieuw tabblad', 'opent in een nieuw tabblad', 'opent in een nieuw venster', 'reacties', 'keer bekeken'],
  promoTerms: ['nieuwsbrief', 'nieuwsbrieven', 'inbox', 'mailbox', 'app', 'whatsapp', 'whatsapp-kanaal', 'kanaal', 'telegram', 'pushberichten', 'pushmeldingen', 'podcast', 'e-mail', 'elke ochtend'],
  paywallTerms: ['alleen voor abonnees', 'ben je al abonnee', 'al abonnee', 'lees verder met', 'word abonnee om verder te lezen'],
  callsToAction: ['schrijf je in', 'meld je aan', 'aanmelden', 'inschrijven', 'abonneer', 'abonneren', 'word abonnee', 'download', 'downloaden', 'installeer', 'volg ons', 'probeer gratis', 'ontvang'],
  consentTerms: ['cookie', 'cookies', 'cookiebeleid', 'cookieverklaring', 'cookie-instellingen', 'cookievoorkeuren', 'privacyinstellingen', 'jouw toestemming', 'uw toestemming', 'toestemming geven'],
  emptyLabels: ['Bron', 'Bronnen', 'Tags', 'Onderwerpen', "Thema's", 'Trefwoorden', 'Door', 'Auteur', 'Delen', 'Foto', 'Beeld'],
  footerTerms: [
    'alle rechten voorbehouden', 'copyright', 'b.v.', 'n.v.', 'kvk', 'kvk-nummer', 'btw-nummer', 'colofon', 'privacybeleid',
    'privacyverklaring', 'privacystatement', 'cookiebeleid', 'cookieverklaring', 'algemene voorwaarden', 'gebruiksvoorwaarden',
    'disclaimer', 'adres', 'telefoon', 'tel', 'fax', 'e-mail', 'hoofdredacteur', 'hoofdredactie', 'uitgever', 'adverteren',
    'adverteer bij', 'vacatures', 'toegankelijkheid', 'over ons', 'klantenservice', 'contactgegevens', 'logo', 'sitemap'
  ],
  weatherTerms: [
    'weerbericht', 'weersverwachting', 'knmi', 'kmi', 'weeronline', 'weerplaza', 'code geel', 'code oranje', 'code rood', 'storm',
    'onweer', 'onweersbuien', 'hittegolf', 'hitte', 'regen', 'regenbuien', 'buien', 'neerslag', 'sneeuw', 'sneeuwval', 'wind',
    'windstoten', 'zware windstoten', 'temperaturen', 'graden', 'zonnig', 'bewolkt', 'hagel', 'gladheid', 'mist', 'vorst'
  ],
  creditWords: ['Foto', "Foto's", 'Beeld', 'Afbeelding', 'Illustratie', 'Bron', 'Fotografie', 'Archiefbeeld', 'Archieffoto', 'Beeld ter illustratie', 'Screenshot', 'Video', 'Credit'],
  photoWords: ['foto', 'afbeelding', 'beeld'],
  mediaTags: ['Video', "Video's", "Foto's", 'Fotoserie', 'Fotoalbum', 'Fotogalerij', 'Podcast', 'Audio', 'Live', 'Liveblog', 'Kijk', 'Luister', 'Infographic'],
  bylinePrefixes: ['Door', 'Geschreven door', 'Tekst', 'Auteur'],
  editorPrefixes: ['Eindredactie', 'Bewerkt door', 'Redactie', 'Redacteur'],
  bylineRoles: ['correspondent', 'verslaggever', 'redacteur', 'redactie', 'vertaling', 'bewerking'],
  sourcePrefixes: ['Bron', 'Bronnen', 'Via', 'Met informatie van'],
  months: [
    'januari|jan', 'februari|feb|febr', 'maart|mrt|mar', 'april|apr', 'mei', 'juni|jun', 'juli|jul', 'augustus|aug',
    'september|sep|sept', 'oktober|okt', 'november|nov', 'december|dec'
  ],
  weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  dateWords: [
    'Gepubliceerd', 'Gepubliceerd op', 'Bijgewerkt', 'Bijgewerkt op', 'Laatst bijgewerkt', 'Aangepast', 'Geplaatst', 'Geplaatst op',
    'Gewijzigd', 'om', 'op', 'geleden', 'vandaag', 'gisteren', 'uur', 'minuten', 'minuut', 'dagen', 'dag', 'u'
  ]
}
