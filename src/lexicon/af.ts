import type {Lexicon} from './types.js'

// Afrikaans, as printed by Netwerk24 (Die Burger, Beeld, Volksblad, Rapport), Maroela Media and
// Son. "Weer" (weather) heads no weather box and is no weather word: it is also "again", a common
// first word of a headline ("Weer beurtkrag …"); "Die weer" is. "Toestemming" (consent) is no
// consent word: news uses it ("sonder toestemming"). The two-letter weekday abbreviations (Ma, Di,
// Wo, Do, Vr, Sa, So) are left out: they are words in other languages ("so", "do", "di"). "Kyk" and
// "Luister" alone are no read-more prefixes: portals head video and audio stories with them ("KYK | …").
export const af: Lexicon = {
  language: 'af',
  relatedMarkers: [
    'Lees ook', 'Lees meer', 'Lees verder', 'Verwante artikels', 'Verwante nuus', 'Verwante berigte', 'Verwant',
    'Meer nuus', 'Meer artikels', 'Meer oor hierdie onderwerp', 'Ander nuus', 'In ander nuus', 'Mees gelees',
    'Meeste gelees', 'Mees gelese artikels', 'Gewildste', 'Gewild', 'Gewild nou', 'Nuutste', 'Nuutste nuus',
    'Nuutste artikels', 'Nuutste berigte', 'Jongste nuus', 'Hoofnuus', 'Topnuus', 'Aanbeveel', 'Aanbevole',
    'Aanbeveel vir jou', 'Ons beveel aan', 'Moenie misloop nie', 'Jy sal dalk ook hou van', 'Dalk hou jy ook van',
    'Redakteur se keuse', 'Kyk ook'
  ],
  videoMarkers: ["Video's", "Meer video's", "Nuutste video's", 'Kyk video', 'Kyk', 'Kyk meer'],
  commentMarkers: [
    'Kommentaar', 'Kommentare', 'Lewer kommentaar', 'Lewer kommentaar op hierdie artikel', 'Lesers se kommentaar',
    'Sien kommentaar', 'Wys kommentaar', "Skryf 'n kommentaar", 'Lewer jou kommentaar'
  ],
  weatherMarkers: ['Die weer', 'Weervoorspelling', 'Weerberig', 'Die weer vandag'],
  tagMarkers: ['Onderwerpe', 'Etikette', 'Sleutelwoorde', 'Verwante onderwerpe', 'Meer oor'],
  readMorePrefixes: ['Lees ook', 'Lees meer', 'Lees verder', 'Lees', 'Kyk ook', 'Sien ook', 'Verwant', 'Kyk video'],
  homeLinks: ['Tuis', 'Tuisblad', 'Voorblad'],
  ui: [
    'Slaan oor na inhoud', 'Gaan na inhoud', 'Spring na inhoud', 'Laai tans', 'Wag asseblief', 'Deel',
    'Deel hierdie artikel', 'Deel artikel', 'Deel op Facebook', 'Druk', 'E-pos', 'Terug na bo', 'Teken in', 'Meld aan',
    'Teken af', 'Meld af', 'Registreer', 'Skryf in', "Word 'n intekenaar", 'Nuusbrief', 'Advertensie',
    'Advertensies', 'Geborgde inhoud', 'Geborg', 'Kieslys', 'Spyskaart', 'Soek', 'Sluit', 'Maak toe', 'Tuis',
    'Volg', 'Volg ons', 'Stoor', 'Luister', 'Luister na hierdie artikel', 'Kopieer skakel', 'Skakel gekopieer',
    'Wys meer', 'Laai meer', 'Sien meer', 'Lees meer', 'Lees verder', 'Hou aan lees', 'Lees die volledige artikel',
    'Aanvaar', 'Aanvaar alles', 'Aanvaar alle', 'Verwerp', 'Verwerp alles', 'Instellings', 'Speel', 'Speel video',
    'Laai die toep af', 'Volgende', 'Vorige', 'Regstreeks', 'Kontak ons', 'Oor ons', 'Privaatheidsbeleid',
    'Gebruiksvoorwaardes', 'Bepalings en voorwaardes', 'Kommentaar', 'Slegs vir intekenaars', 'Lettergrootte',
    'Gee terugvoer', "Rapporteer 'n fout"
  ],
  followPrefixes: ['Volg ons op', 'Volg ons', 'Volg', 'Sluit by ons aan op', 'Sluit aan by ons op'],
  sharePrefixes: ['Deel op', 'Deel via', 'Deel met', 'Deel dit op', 'Deel hierdie artikel op'],
  uiFragments: ['min leestyd', 'minute leestyd', 'leestyd', 'min lees', 'maak in nuwe oortjie oop', 'open in nuwe venster', 'kommentare'],
  promoTerms: [
    'nuusbrief', 'nuusbriewe', 'inkassie', 'e-pos', 'epos', 'toep', 'app', 'whatsapp', 'telegram', 'kanaal',
    'potgooi', 'podcast', 'kennisgewings', 'intekening', 'google news'
  ],
  paywallTerms: [
    'slegs vir intekenaars', 'eksklusief vir intekenaars', "reeds 'n intekenaar", 'teken in om verder te lees',
    "word 'n intekenaar om", 'om die volledige artikel te lees'
  ],
  callsToAction: [
    'teken in', 'teken nou in', 'skryf in', 'registreer', 'laai af', 'installeer', 'volg ons', 'sluit by ons aan',
    "word 'n intekenaar", 'probeer gratis', 'klik hier'
  ],
  consentTerms: ['koekies', 'koekie', 'koekiebeleid', 'koekie-instellings', 'privaatheidsinstellings'],
  emptyLabels: ['Bron', 'Bronne', 'Onderwerpe', 'Etikette', 'Sleutelwoorde', 'Skrywer', 'Deur', 'Foto', 'Deel', 'Verwant'],
  footerTerms: [
    'edms bpk', 'bpk', 'pty', 'alle regte voorbehou', 'kopiereg', 'copyright', 'adres', 'posadres', 'telefoon', 'tel',
    'faks', 'e-pos', 'kontak ons', 'oor ons', 'privaatheidsbeleid', 'gebruiksvoorwaardes', 'bepalings en voorwaardes',
    'koekiebeleid', 'hoofredakteur', 'adverteer by ons', 'persombudsman', 'persraad', 'paia', 'logo'
  ],
  weatherTerms: [
    'die weer', 'weervoorspelling', 'weerberig', 'weerburo', 'weerwaarskuwing', 'reën', 'reënval', 'storm', 'storms',
    'donderstorm', 'donderstorms', 'sneeu', 'hael', 'sterk winde', 'wind', 'hittegolf', 'kouefront', 'koue front',
    'oorstromings', 'vloede', 'bewolk', 'sonnig', 'temperature'
  ],
  creditWords: [
    'Foto', "Foto's", 'Fotograaf', 'Beeld', 'Illustrasie', 'Grafika', 'Bron', 'Argieffoto', 'Lêerfoto', 'Skermskoot',
    'Skermgreep', 'Video'
  ],
  photoWords: ['foto'],
  mediaTags: ['Video', "Video's", "Foto's", 'Fotogalery', 'Galery', 'Potgooi', 'Podcast', 'Klank', 'Regstreeks', 'Kyk'],
  bylinePrefixes: ['Deur', 'Geskryf deur', 'Skrywer', 'Teks', "Teks en foto's"],
  editorPrefixes: ['Redakteur', 'Geredigeer deur'],
  bylineRoles: ['joernalis', 'verslaggewer', 'korrespondent', 'redakteur', 'nuusredakteur', 'rubriekskrywer', 'vertaal', 'vertaling', 'saamgestel', 'medewerker'],
  sourcePrefixes: ['Bron', 'Bronne', 'Via', 'Met insette van'],
  months: [
    'Januarie|Jan', 'Februarie|Feb', 'Maart|Mrt|Mar', 'April|Apr', 'Mei', 'Junie|Jun', 'Julie|Jul', 'Augustus|Aug',
    'September|Sep|Sept', 'Oktober|Okt', 'November|Nov', 'Desember|Des'
  ],
  weekdays: ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrydag', 'Saterdag', 'Sondag'],
  dateWords: [
    'Gepubliseer', 'Opgedateer', 'Laas opgedateer', 'Bygewerk', 'vandag', 'gister', 'om', 'uur', 'ure', 'minute', 'min',
    'gelede', 'dae', 'dag', 'SAST'
  ]
}
