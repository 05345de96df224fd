import type {Lexicon} from './types.js'

// Albanian, as printed in Albania and Kosovo. Many portals type "e" for "ë" and "c" for "ç": the
// phrases a reader meets most often are listed in both spellings.
export const sq: Lexicon = {
  language: 'sq',
  relatedMarkers: [
    'Lexo edhe', 'Lexoni edhe', 'Lexo më shumë', 'Lexo me shume', 'Lajme të ngjashme', 'Lajme te ngjashme',
    'Artikuj të ngjashëm', 'Artikuj te ngjashem', 'Të ngjashme', 'Te ngjashme', 'Lajme të lidhura', 'Lajme te lidhura',
    'Të lidhura', 'Më të lexuarat', 'Me te lexuarat', 'Më të lexuara', 'Me te lexuara', 'Më të lexuarit',
    'Më të komentuarat', 'Më të shikuarat', 'Të fundit', 'Te fundit', 'Lajmet e fundit', 'Lajme të fundit',
    'Lajme te fundit', 'Lajmet më të fundit', 'Më të fundit', 'Më të rejat', 'Të rejat', 'Lajmet kryesore',
    'Kryesoret', 'Top lajme', 'Lajme të tjera', 'Lajme te tjera', 'Më shumë lajme', 'Me shume lajme',
    'Më shumë nga rubrika', 'Nga e njëjta rubrikë', 'Të rekomanduara', 'Rekomandojmë', 'Ju rekomandojmë',
    'Zgjedhja e redaksisë', 'Zgjedhjet e redaksisë', 'Mos e humbisni', "Mund t'ju interesojë", "Mund t'ju pëlqejë"
  ],
  videoMarkers: ['Video', 'Videot', 'Më shumë video', 'Video të fundit', 'Videot e fundit', 'Shiko videon', 'Video e ditës'],
  commentMarkers: [
    'Komente', 'Komentet', 'Komento', 'Komentoni', 'Lini një koment', 'Lini nje koment', 'Shkruaj një koment',
    'Shto koment', 'Shiko komentet', 'Shfaq komentet', 'Lini një përgjigje', 'Lini nje pergjigje', 'Rregullat e komentimit'
  ],
  weatherMarkers: ['Parashikimi i motit', 'Moti sot', 'Moti nesër', 'Moti neser'],
  tagMarkers: ['Etiketa', 'Etiketat', 'Temat', 'Fjalë kyçe', 'Fjale kyce', 'Tema të lidhura'],
  readMorePrefixes: [
    'Lexo edhe', 'Lexoni edhe', 'Lexo dhe', 'Lexoni dhe', 'Lexo gjithashtu', 'Lexo', 'Lexoni', 'Lexo më shumë',
    'Lexo me shume', 'Shiko edhe', 'Shikoni edhe', 'Shiko dhe', 'Shiko', 'Shiko videon', 'Dëgjo'
  ],
  homeLinks: ['Kryefaqja', 'Ballina', 'Faqja kryesore'],
  ui: [
    'Kalo te përmbajtja', 'Kalo tek përmbajtja', 'Kalo në përmbajtje', 'Shko te përmbajtja', 'Duke u ngarkuar',
    'Ju lutem prisni', 'Ju lutemi prisni', 'Shpërndaje', 'Shperndaje', 'Shpërnda', 'Ndaje', 'Shpërndaje lajmin',
    'Printo', 'Printoje', 'Dërgo', 'Dërgo me email', 'Kthehu lart', 'Në krye', 'Hyr', 'Hyni', 'Identifikohu', 'Kyçu',
    'Regjistrohu', 'Abonohu', 'Abonim', 'Reklamë', 'Reklame', 'Reklama', 'Sponsorizuar', 'E sponsorizuar',
    'Përmbajtje e sponsorizuar', 'Menu', 'Kërko', 'Kerko', 'Mbyll', 'Kryefaqja', 'Ballina', 'Na ndiqni', 'Ndiqni',
    'Ruaj', 'Dëgjo', 'Degjo', 'Dëgjo lajmin', 'Kopjo linkun', 'Linku u kopjua', 'Shfaq më shumë', 'Shfaq me shume',
    'Shiko më shumë', 'Shiko me shume', 'Ngarko më shumë', 'Më shumë', 'Me shume', 'Lexo më shumë', 'Lexo me shume',
    'Lexo të plotë', 'Vazhdo leximin', 'Pranoj', 'Prano', 'Prano të gjitha', 'Refuzo', 'Refuzo të gjitha',
    'Cilësimet', 'Cilësimet e cookies', 'Shkarko aplikacionin', 'Menuja kryesore', 'Rubrikat', 'Raporto një gabim',
    'Dërgo lajm', 'Madhësia e tekstit', 'Tjetra', 'E mëparshme', 'Drejtpërdrejt', 'Live', 'Kontakt', 'Kontakti',
    'Na kontaktoni', 'Rreth nesh', 'Kushtet e përdorimit', 'Politika e privatësisë', 'Komente',
    'Më shumë nga autori', 'Të gjitha nga autori', 'Artikuj të tjerë nga autori'
  ],
  followPrefixes: ['Na ndiqni në', 'Na ndiqni ne', 'Na ndiqni edhe në', 'Na ndiqni', 'Ndiqni', 'Na ndiq në'],
  sharePrefixes: ['Shpërndaje në', 'Shperndaje ne', 'Shpërnda në', 'Ndaje në', 'Shpërndaje me', 'Shpërndaje'],
  uiFragments: ['min lexim', 'minuta lexim', 'kohë leximi', 'koha e leximit', 'komente', 'shikime', 'lexime'],
  promoTerms: [
    'newsletter', 'buletin', 'buletinin', 'email', 'e-mail', 'aplikacion', 'aplikacionin', 'aplikacioni', 'whatsapp',
    'viber', 'telegram', 'kanal', 'kanalin', 'google news', 'podcast', 'njoftime', 'njoftimet', 'abonim'
  ],
  paywallTerms: ['vetëm për abonentët', 'vetem per abonentet', 'abonohu për të lexuar', 'abonohuni për të lexuar', 'jeni tashmë abonent'],
  callsToAction: [
    'abonohu', 'abonohuni', 'regjistrohu', 'regjistrohuni', 'shkarko', 'shkarkoni', 'instalo', 'instaloni',
    'na ndiqni', 'ndiqni', 'bashkohu', 'bashkohuni', 'anëtarësohu'
  ],
  consentTerms: ['cookies', 'cookie', 'kuki', 'kukit', 'kukie', 'pëlqimin tuaj', 'cilësimet e privatësisë', 'gdpr'],
  emptyLabels: ['Burimi', 'Burime', 'Etiketa', 'Etiketat', 'Temat', 'Autori', 'Shpërndaje', 'Foto', 'Fjalë kyçe'],
  footerTerms: [
    'sh.p.k.', 'shpk', 'sh.a.', 'nipt', 'të gjitha të drejtat e rezervuara', 'te gjitha te drejtat e rezervuara',
    'të gjitha të drejtat të rezervuara', 'të drejtat e rezervuara', 'kryeredaktor', 'kryeredaktore', 'botuesi',
    'adresa', 'telefon', 'tel', 'fax', 'e-mail', 'na kontaktoni', 'rreth nesh', 'kushtet e përdorimit',
    'politika e privatësisë', 'politika e cookies', 'reklamoni me ne', 'copyright', 'logo'
  ],
  weatherTerms: [
    'parashikimi i motit', 'moti', 'reshje', 'reshjet', 'reshje shiu', 'shi', 'shiu', 'shira', 'borë', 'bora',
    'dëborë', 'stuhi', 'stuhia', 'erëra', 'vranësira', 'me diell', 'temperaturat', 'gradë', 'mjegull', 'ngrica',
    'vapë', 'vapa', 'meteorologët', 'igjeu'
  ],
  creditWords: ['Foto', 'Fotografia', 'Fotoja', 'Burimi', 'Ilustrim', 'Ilustrimi', 'Arkiv', 'Arkivi', 'Foto arkiv', 'Video', 'Screenshot'],
  photoWords: ['foto', 'fotografi', 'imazh', 'imazhi'],
  mediaTags: ['Video', 'Foto', 'Galeri', 'Fotogaleri', 'Podcast', 'Audio', 'Live', 'Drejtpërdrejt', 'Infografikë', 'Foto video', 'Foto dhe video'],
  bylinePrefixes: ['Autori', 'Shkruan', 'Shkroi', 'Përgatiti', 'Pergatiti', 'Përgatitur nga', 'Shkruar nga'],
  editorPrefixes: ['Redaktor', 'Redaktore', 'Redaktoi', 'Redaktuar nga'],
  bylineRoles: ['korrespondent', 'korrespondente', 'gazetar', 'gazetare', 'përkthim', 'përktheu', 'agjenci'],
  sourcePrefixes: ['Burimi', 'Burime'],
  months: [
    'janar|janari|jan', 'shkurt|shkurti|shk', 'mars|marsi|mar', 'prill|prilli|pri', 'maj|maji', 'qershor|qershori|qer',
    'korrik|korriku|kor', 'gusht|gushti|gus', 'shtator|shtatori|sht', 'tetor|tetori|tet', 'nëntor|nëntori|nentor|nentori',
    'dhjetor|dhjetori|dhj'
  ],
  weekdays: [
    'hënë', 'hene', 'martë', 'marte', 'mërkurë', 'merkure', 'enjte', 'premte', 'shtunë', 'shtune', 'diel'
  ],
  dateWords: [
    'Publikuar', 'Publikuar më', 'Përditësuar', 'Perditesuar', 'Përditësuar më', 'Postuar', 'Postuar më', 'Botuar',
    'më', 'ora', 'orë', 'ore', 'para', 'orësh', 'minuta', 'minutash', 'minutë', 'ditë', 'ditësh', 'më parë', 'sot', 'dje'
  ]
}
