import type {Lexicon} from './types.js'

export const lv: Lexicon = {
  language: 'lv',
  relatedMarkers: [
    'Saistītie raksti', 'Saistītās ziņas', 'Saistīti raksti', 'Lasi arī', 'Lasiet arī', 'Lasīt arī', 'Lasi vēl', 'Lasiet vēl',
    'Skaties arī', 'Skatiet arī', 'Vēl par tēmu', 'Par šo tēmu', 'Lasītākie', 'Lasītākās ziņas', 'Lasītākie raksti',
    'Visvairāk lasītie', 'Populārākie', 'Populārākās ziņas', 'Jaunākie', 'Jaunākās ziņas', 'Jaunākie raksti',
    'Svaigākās ziņas', 'Pēdējās ziņas', 'Komentētākie', 'Skatītākie', 'Iesakām', 'Mēs iesakām', 'Redaktora izvēle',
    'Tev varētu interesēt', 'Jums varētu interesēt', 'Tevi varētu interesēt', 'Jūs varētu interesēt', 'Citas ziņas',
    'Vairāk ziņu', 'Vēl ziņas', 'Vairāk no sadaļas', 'Nepalaid garām', 'Svarīgākās ziņas', 'Galvenās ziņas',
    'Dienas svarīgākās ziņas'
  ],
  videoMarkers: ['Video', 'Videoklipi', 'Vairāk video', 'Jaunākie video', 'Skaties video', 'Skatīt video'],
  commentMarkers: [
    'Komentāri', 'Komentēt', 'Pievienot komentāru', 'Raksti komentāru', 'Rakstīt komentāru', 'Skatīt komentārus',
    'Rādīt komentārus', 'Lasītāju komentāri', 'Komentāru noteikumi'
  ],
  weatherMarkers: ['Laikapstākļi', 'Laika prognoze', 'Laika ziņas', 'Laikapstākļi šodien', 'Laika prognoze rītdienai'],
  tagMarkers: ['Tēmas', 'Birkas', 'Atslēgvārdi', 'Tagi', 'Saistītās tēmas', 'Raksta tēmas'],
  readMorePrefixes: [
    'Lasi arī', 'Lasiet arī', 'Lasīt arī', 'Lasi vēl', 'Lasiet vēl', 'Lasi', 'Lasiet', 'Lasīt vairāk', 'Skaties arī',
    'Skatiet arī', 'Skaties', 'Skatiet', 'Skaties video', 'Klausies', 'Vēl par tēmu'
  ],
  homeLinks: ['Sākums', 'Sākumlapa', 'Uz sākumlapu', 'Home'],
  ui: [
    'Pāriet uz saturu', 'Pāriet uz galveno saturu', 'Pārlēkt uz saturu', 'Izlaist navigāciju', 'Lādējas', 'Ielādē',
    'Notiek ielāde', 'Lūdzu, uzgaidiet', 'Dalīties', 'Dalies', 'Dalīties ar rakstu', 'Kopīgot', 'Drukāt', 'E-pasts',
    'Sūtīt e-pastā', 'Uz augšu', 'Atpakaļ uz augšu', 'Ienākt', 'Pieslēgties', 'Pierakstīties', 'Reģistrēties', 'Iziet',
    'Izrakstīties', 'Abonēt', 'Abonē', 'Abonēt tagad', 'Abonēšana', 'Jaunumu vēstule', 'Reklāma', 'Reklāmraksts', 'Sponsorēts',
    'Sponsorēts saturs', 'Partnera saturs', 'Sadarbības materiāls', 'Komercraksts', 'Izvēlne', 'Meklēt', 'Meklēšana',
    'Aizvērt', 'Sākums', 'Sekot', 'Saglabāt', 'Klausīties', 'Klausīties rakstu', 'Noklausīties rakstu', 'Kopēt saiti',
    'Saite nokopēta', 'Rādīt vairāk', 'Ielādēt vairāk', 'Skatīt vairāk', 'Vairāk', 'Lasīt vairāk', 'Lasīt tālāk',
    'Turpināt lasīt', 'Raksts turpinās pēc reklāmas', 'Raksta turpinājums pēc reklāmas', 'Piekrītu', 'Pieņemt',
    'Pieņemt visus', 'Apstiprināt', 'Noraidīt', 'Noraidīt visus', 'Iestatījumi', 'Sīkdatņu iestatījumi', 'Atskaņot',
    'Atskaņot video', 'Lejupielādēt lietotni', 'Galvenā izvēlne', 'Navigācija', 'Sadaļas', 'Ziņot par kļūdu',
    'Burtu izmērs', 'Teksta izmērs', 'Nākamais', 'Iepriekšējais', 'Tiešraide', 'Kontakti', 'Par mums',
    'Lietošanas noteikumi', 'Privātuma politika', 'Komentāri', 'Tēmas', 'Abonentiem', 'Tikai abonentiem'
  ],
  followPrefixes: ['Seko mums', 'Seko mums arī', 'Sekojiet mums', 'Sekojiet mums arī', 'Seko', 'Pievienojies mums'],
  sharePrefixes: ['Dalīties', 'Dalīties ar', 'Dalīties ar rakstu', 'Dalies', 'Kopīgot', 'Kopīgot ar'],
  uiFragments: ['min lasīšanai', 'minūtes lasīšanai', 'lasīšanas laiks', 'atveras jaunā cilnē', 'atveras jaunā logā', 'komentāri', 'komentāru', 'komentārs', 'skatījumi'],
  promoTerms: [
    'jaunumu vēstule', 'jaunumu vēstuli', 'e-pasts', 'e-pastā', 'e-pastu', 'pastkastē', 'lietotne', 'lietotni', 'lietotnē',
    'aplikācija', 'aplikāciju', 'app', 'whatsapp', 'telegram', 'kanāls', 'kanālā', 'kanālu', 'google news', 'paziņojumi',
    'podkāsts', 'podcast', 'abonements', 'abonementu'
  ],
  paywallTerms: [
    'tikai abonentiem', 'pieejams tikai abonentiem', 'raksts pieejams abonentiem', 'jau esi abonents', 'jau esat abonents',
    'lai lasītu visu rakstu', 'abonē, lai lasītu'
  ],
  callsToAction: [
    'abonē', 'abonējiet', 'abonēt', 'piesakies', 'piesakieties', 'reģistrējies', 'reģistrējieties', 'lejupielādē',
    'lejupielādējiet', 'instalē', 'seko mums', 'sekojiet mums', 'pievienojies', 'pievienojieties'
  ],
  consentTerms: [
    'sīkdatnes', 'sīkdatņu', 'sīkdatnēm', 'sīkdatni', 'sīkfaili', 'sīkfailus', 'sīkfailu', 'cookie', 'cookies',
    'privātuma iestatījumi', 'personas datu apstrāde', 'personas datu apstrādi', 'gdpr'
  ],
  emptyLabels: ['Avots', 'Avoti', 'Tēmas', 'Birkas', 'Atslēgvārdi', 'Autors', 'Autore', 'Dalīties', 'Foto', 'Attēls'],
  footerTerms: [
    'akciju sabiedrība', 'sabiedrība ar ierobežotu atbildību', 'reģ. nr.', 'reģistrācijas numurs', 'pvn reģ. nr.',
    'visas tiesības aizsargātas', 'autortiesības', 'copyright', 'galvenais redaktors', 'galvenā redaktore',
    'atbildīgais redaktors', 'izdevējs', 'adrese', 'tālrunis', 'tālr', 'tel', 'e-pasts', 'kontakti', 'par mums',
    'lietošanas noteikumi', 'privātuma politika', 'sīkdatņu politika', 'reklāmdevējiem', 'reklāmas izvietošana', 'vakances',
    'materiālu pārpublicēšana', 'bez rakstiskas atļaujas', 'logo'
  ],
  weatherTerms: [
    'laikapstākļi', 'laika prognoze', 'sinoptiķi', 'lvģmc', 'vētra', 'vētras', 'negaiss', 'pērkona negaiss', 'karstums',
    'lietus', 'lietusgāzes', 'nokrišņi', 'sniegs', 'snigs', 'vējš', 'brāzmas', 'temperatūra', 'grādi', 'grādiem', 'sals',
    'salna', 'migla', 'apmācies', 'saulains', 'apledojums', 'krusa', 'slidenums'
  ],
  creditWords: ['Foto', 'Fotogrāfija', 'Attēls', 'Avots', 'Ilustrācija', 'Grafika', 'Ekrānuzņēmums', 'Video', 'Arhīva foto', 'Foto autors'],
  photoWords: ['foto', 'attēls', 'fotogrāfija'],
  mediaTags: ['Video', 'Foto', 'Fotogalerija', 'Galerija', 'Podkāsts', 'Audio', 'Tiešraide', 'Infografika', 'Foto un video', 'Video un foto'],
  bylinePrefixes: ['Autors', 'Autore', 'Autori', 'Raksta autors', 'Teksts', 'Sagatavoja'],
  editorPrefixes: ['Redaktors', 'Redaktore', 'Rediģēja'],
  bylineRoles: ['leta', 'žurnālists', 'žurnāliste', 'korespondents', 'korespondente', 'reportieris', 'reportiere', 'komentētājs', 'tulkojums', 'redakcija'],
  sourcePrefixes: ['Avots', 'Avoti', 'Informācijas avots'],
  months: [
    'janvāris|janvārī|janvāra|janv|jan', 'februāris|februārī|februāra|febr|feb', 'marts|martā|marta|mar',
    'aprīlis|aprīlī|aprīļa|apr', 'maijs|maijā|maija', 'jūnijs|jūnijā|jūnija|jūn', 'jūlijs|jūlijā|jūlija|jūl',
    'augusts|augustā|augusta|aug', 'septembris|septembrī|septembra|sept|sep', 'oktobris|oktobrī|oktobra|okt',
    'novembris|novembrī|novembra|nov', 'decembris|decembrī|decembra|dec'
  ],
  weekdays: [
    'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena', 'pirmdien', 'otrdien',
    'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'
  ],
  dateWords: [
    'Publicēts', 'Atjaunots', 'Atjaunināts', 'Pēdējoreiz atjaunots', 'Labots', 'Papildināts', 'gada', 'g', 'plkst', 'pirms',
    'stunda', 'stundas', 'stundu', 'stundām', 'minūte', 'minūtes', 'minūtēm', 'min', 'šodien', 'vakar', 'dienām'
  ]
}
