import type {Lexicon} from './types.js'

export const de: Lexicon = {
  language: 'de',
  relatedMarkers: [
    'Mehr zum Thema', 'Lesen Sie auch', 'Auch interessant', 'Das könnte Sie auch interessieren', 'Meistgelesen',
    'Meistgelesene Artikel', 'Meist gelesen', 'Am meisten gelesen', 'Weitere Artikel', 'Verwandte Artikel',
    'Ähnliche Artikel', 'Top-Themen', 'Top Themen', 'Neueste Artikel', 'Empfehlungen', 'Beliebt', 'Weitere Nachrichten',
    'Mehr Nachrichten', 'Aktuelle Nachrichten', 'Auch lesenswert', 'Lesenswert', 'Weiterlesen', 'Mehr aus dem Ressort',
    'Das könnte dich auch interessieren', 'Empfohlene Artikel', 'Meistgeklickt', 'Top-Artikel'
  ],
  videoMarkers: ['Videos', 'Video', 'Mehr Videos', 'Neueste Videos'],
  commentMarkers: ['Kommentare', 'Kommentieren', 'Leserkommentare', 'Diskussion'],
  weatherMarkers: ['Wetter', 'Das Wetter', 'Wettervorhersage'],
  tagMarkers: ['Schlagworte', 'Themen', 'Schlagwörter'],
  readMorePrefixes: ['Lesen Sie auch', 'Lesen Sie mehr', 'Auch interessant', 'Mehr zum Thema', 'Lesen Sie', 'Weiterlesen', 'Siehe auch', 'Auch lesenswert'],
  homeLinks: ['Startseite', 'Home'],
  ui: [
    'Mehr Infos', 'Mehr Informationen',
    'Zum Inhalt springen', 'Zum Hauptinhalt springen', 'Direkt zum Inhalt', 'Wird geladen', 'Bitte warten', 'Teilen',
    'Artikel teilen', 'Drucken', 'E-Mail', 'Nach oben', 'Anmelden', 'Einloggen', 'Registrieren', 'Abonnieren',
    'Jetzt abonnieren', 'Newsletter', 'Anzeige', 'Werbung', 'Menü', 'Suche', 'Suchen', 'Schließen', 'Startseite',
    'Folgen', 'Merken', 'Anhören', 'Artikel anhören', 'Link kopieren', 'Mobile Version', 'Akzeptieren',
    'Alle akzeptieren', 'Ablehnen', 'Einstellungen', 'Mehr anzeigen', 'Weiterlesen', 'Schlagworte', 'Themen',
    'Artikel verschenken', 'Plus', 'Live', 'Bildergalerie', 'Jetzt teilen', 'Artikel teilen'
  ],
  followPrefixes: ['Folgen Sie uns auf', 'Folgen Sie', 'Folge uns auf'],
  sharePrefixes: ['Teilen auf', 'Auf Facebook teilen', 'Teilen per', 'Teilen via'],
  uiFragments: ['lesezeit', 'min lesezeit', 'öffnet in neuem tab', 'öffnet in einem neuen tab'],
  promoTerms: ['newsletter', 'postfach', 'app', 'whatsapp', 'kanal', 'push-nachrichten', 'e-mail'],
  paywallTerms: ['nur für abonnenten', 'bereits abonnent', 'schon abonnent', 'jetzt weiterlesen mit', 'weiterlesen mit plus', 'artikel freischalten', 'lesen sie jetzt weiter'],
  callsToAction: ['jetzt anmelden', 'anmelden', 'abonnieren', 'herunterladen', 'installieren', 'folgen sie'],
  consentTerms: ['cookie', 'cookies', 'einwilligung', 'datenschutzeinstellungen', 'zustimmen'],
  emptyLabels: ['Quelle', 'Quellen', 'Schlagworte', 'Themen', 'Von', 'Autor', 'Teilen', 'Foto', 'Bild'],
  footerTerms: [
    'impressum', 'datenschutz', 'datenschutzerklärung', 'gmbh', 'gmbh & co', 'kg', 'ag', 'verlag', 'verlagsgruppe',
    'anschrift', 'adresse', 'telefon', 'tel', 'fax', 'e-mail', 'alle rechte vorbehalten', 'agb', 'kontakt',
    'herausgeber', 'chefredaktion', 'chefredakteur', 'cookie-einstellungen', 'barrierefreiheit', 'mediadaten',
    'handelsregister', 'amtsgericht', 'logo', 'copyright'
  ],
  weatherTerms: ['wetter', 'unwetter', 'sturm', 'gewitter', 'hitze', 'hitzewelle', 'wettervorhersage', 'regen', 'schnee', 'temperaturen', 'deutscher wetterdienst', 'dwd', 'wind', 'niederschlag', 'sonne', 'bewölkt'],
  creditWords: ['Bild', 'Foto', 'Fotos', 'Grafik', 'Quelle', 'Illustration', 'Archivbild', 'Symbolbild'],
  photoWords: ['bild', 'foto'],
  mediaTags: ['Video', 'Videos', 'Fotos', 'Bildergalerie', 'Galerie', 'Podcast', 'Audio', 'Live', 'Liveticker', 'Grafik'],
  bylinePrefixes: ['Von', 'Ein Beitrag von', 'Text', 'Autor', 'Autorin'],
  editorPrefixes: ['Redigiert von', 'Redaktion', 'Bearbeitet von'],
  bylineRoles: ['mit dpa', 'korrespondent', 'korrespondentin', 'redakteur', 'redakteurin'],
  sourcePrefixes: ['Quelle', 'Quellen', 'Mit Material von'],
  months: [
    'Januar|Jan|Jänner', 'Februar|Feb', 'März|Maerz|Mär|Mrz', 'April|Apr', 'Mai', 'Juni|Jun', 'Juli|Jul',
    'August|Aug', 'September|Sep|Sept', 'Oktober|Okt', 'November|Nov', 'Dezember|Dez'
  ],
  weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  dateWords: ['Veröffentlicht', 'Aktualisiert', 'Zuletzt aktualisiert', 'am', 'um', 'Uhr', 'vor', 'Stunden', 'Stunde', 'Minuten', 'Stand']
}
