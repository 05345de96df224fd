import type {Lexicon} from './types.js'

export const fi: Lexicon = {
  language: 'fi',
  relatedMarkers: [
    'Lue myös', 'Lue lisää', 'Lue seuraavaksi', 'Luetuimmat', 'Luetuimmat uutiset', 'Luetuimmat juuri nyt', 'Luetuimpia',
    'Luetuimmat artikkelit', 'Uusimmat', 'Uusimmat uutiset', 'Tuoreimmat', 'Tuoreimmat uutiset', 'Aiheeseen liittyvät',
    'Aiheeseen liittyvää', 'Aiheeseen liittyvät artikkelit', 'Liittyvät artikkelit', 'Lisää aiheesta', 'Lisää uutisia',
    'Muut uutiset', 'Suositellut', 'Suosittelemme', 'Suosituimmat', 'Suosittuja', 'Katsotuimmat', 'Jaetuimmat',
    'Kommentoiduimmat', 'Älä missaa', 'Näitä luetaan nyt', 'Juuri nyt', 'Pääuutiset', 'Tärkeimmät uutiset',
    'Sinua voisi kiinnostaa', 'Saatat olla kiinnostunut myös', 'Toimitus suosittelee', 'Muut lukivat myös',
    'Luetuimmat tänään'
  ],
  videoMarkers: ['Video', 'Videot', 'Videoita', 'Uusimmat videot', 'Lisää videoita', 'Katso video', 'Katsotuimmat videot'],
  commentMarkers: ['Kommentit', 'Kommentoi', 'Näytä kommentit', 'Kirjoita kommentti', 'Jätä kommentti', 'Keskustelu', 'Keskustele', 'Lukijoiden kommentit'],
  weatherMarkers: ['Sää', 'Sääennuste', 'Päivän sää', 'Sää tänään', 'Paikallissää'],
  tagMarkers: ['Aiheet', 'Tunnisteet', 'Avainsanat', 'Artikkelin aiheet', 'Jutun aiheet', 'Seuraa aiheita', 'Seuraa aihetta'],
  readMorePrefixes: ['Lue myös', 'Lue lisää', 'Lue', 'Katso myös', 'Katso', 'Katso video', 'Kuuntele', 'Aiheesta lisää', 'Lue koko juttu'],
  homeLinks: ['Etusivu', 'Etusivulle'],
  ui: [
    'Siirry sisältöön', 'Siirry pääsisältöön', 'Hyppää sisältöön', 'Ladataan', 'Odota hetki', 'Jaa', 'Jaa artikkeli',
    'Jaa juttu', 'Jaa Facebookissa', 'Tulosta', 'Sähköposti', 'Takaisin ylös', 'Sivun alkuun', 'Alkuun', 'Kirjaudu',
    'Kirjaudu sisään', 'Kirjaudu ulos', 'Rekisteröidy', 'Luo tunnus', 'Tilaa', 'Tilaa nyt', 'Tilaa uutiskirje',
    'Uutiskirje', 'Uutiskirjeet', 'Mainos', 'Mainonta', 'Kaupallinen yhteistyö', 'Sponsoroitu', 'Valikko', 'Haku', 'Hae',
    'Sulje', 'Etusivu', 'Seuraa', 'Tallenna', 'Tallennettu', 'Kuuntele', 'Kuuntele artikkeli', 'Kuuntele juttu',
    'Kopioi linkki', 'Linkki kopioitu', 'Näytä lisää', 'Lataa lisää', 'Lue lisää', 'Jatka lukemista',
    'Lue koko artikkeli', 'Lue koko juttu', 'Artikkeli jatkuu mainoksen jälkeen', 'Juttu jatkuu mainoksen jälkeen',
    'Mainos päättyy', 'Hyväksy', 'Hyväksy kaikki', 'Hylkää', 'Hylkää kaikki', 'Evästeasetukset', 'Asetukset', 'Toista',
    'Toista video', 'Katso video', 'Lataa sovellus', 'Avaa sovelluksessa', 'Päävalikko', 'Navigaatio', 'Osastot',
    'Ilmoita virheestä', 'Vinkkaa toimitukselle', 'Lahjoita artikkeli', 'Lahjoita juttu', 'Tekstin koko', 'Seuraava',
    'Edellinen', 'Suurenna kuva', 'Suora', 'Suora lähetys', 'Live', 'Ota yhteyttä', 'Yhteystiedot', 'Tietosuojaseloste',
    'Käyttöehdot', 'Kommentit', 'Näytä kommentit', 'Aiheet', 'Tilaajille', 'Vain tilaajille'
  ],
  followPrefixes: ['Seuraa meitä myös', 'Seuraa meitä', 'Seuraa', 'Tykkää meistä'],
  sharePrefixes: ['Jaa palvelussa', 'Jaa artikkeli', 'Jaa sivu', 'Jaa'],
  uiFragments: ['min lukuaika', 'minuutin lukuaika', 'lukuaika', 'min lukemista', 'avautuu uuteen välilehteen', 'avautuu uudessa ikkunassa', 'kommenttia', 'kommentit', 'katselukertaa'],
  promoTerms: [
    'uutiskirje', 'uutiskirjeen', 'uutiskirjeet', 'uutiskirjeemme', 'sähköposti', 'sähköpostiisi', 'sovellus',
    'sovelluksen', 'sovelluksessa', 'whatsapp', 'telegram', 'kanava', 'kanavalle', 'podcast', 'ilmoitukset',
    'push-ilmoitukset', 'tilaus', 'google news'
  ],
  paywallTerms: ['vain tilaajille', 'oletko jo tilaaja', 'jatka lukemista tilaajana', 'lue koko juttu tilaajana'],
  callsToAction: [
    'tilaa', 'tilaa uutiskirje', 'tilaa nyt', 'rekisteröidy', 'liity', 'lataa', 'lataa sovellus', 'asenna',
    'seuraa meitä', 'kirjaudu', 'kokeile'
  ],
  consentTerms: ['eväste', 'evästeet', 'evästeitä', 'evästeiden', 'evästeasetukset', 'suostumus', 'suostumuksesi', 'cookie', 'cookies'],
  emptyLabels: ['Lähde', 'Lähteet', 'Aiheet', 'Tunnisteet', 'Avainsanat', 'Kirjoittaja', 'Teksti', 'Toimittaja', 'Jaa', 'Kuva', 'Kuvat'],
  footerTerms: [
    'oy', 'oyj', 'osakeyhtiö', 'y-tunnus', 'vastaava päätoimittaja', 'päätoimittaja', 'osoite', 'käyntiosoite',
    'postiosoite', 'puhelin', 'puh', 'vaihde', 'sähköposti', 'yhteystiedot', 'ota yhteyttä', 'tietosuoja',
    'tietosuojaseloste', 'tietosuojakäytäntö', 'evästekäytäntö', 'käyttöehdot', 'kaikki oikeudet pidätetään',
    'copyright', 'tekijänoikeudet', 'julkisen sanan neuvosto', 'mainosmyynti', 'ilmoitusmyynti', 'asiakaspalvelu',
    'saavutettavuusseloste', 'avoimet työpaikat', 'logo'
  ],
  weatherTerms: [
    'sää', 'sään', 'säätiedote', 'sääennuste', 'ennuste', 'ennusteen', 'ilmatieteen laitos', 'meteorologi', 'myrsky',
    'myrskyä', 'ukkonen', 'ukkosta', 'helle', 'hellettä', 'helleaalto', 'sade', 'sadetta', 'sateita', 'lumi', 'lunta',
    'lumisade', 'lumimyräkkä', 'tuuli', 'tuulta', 'tuulinen', 'lämpötila', 'lämpötilat', 'pakkanen', 'pakkasta',
    'astetta', 'pilvistä', 'aurinkoista', 'liukkaus', 'kelivaroitus', 'säävaroitus'
  ],
  creditWords: ['Kuva', 'Kuvat', 'Kuvaaja', 'Kuvitus', 'Kuvituskuva', 'Grafiikka', 'Lähde', 'Arkistokuva', 'Video', 'Kuvakaappaus'],
  photoWords: ['kuva'],
  mediaTags: ['Video', 'Videot', 'Kuvat', 'Kuvagalleria', 'Galleria', 'Kuvasarja', 'Podcast', 'Ääni', 'Live', 'Suora', 'Grafiikka'],
  bylinePrefixes: ['Kirjoittaja', 'Kirjoittajat', 'Teksti', 'Teksti ja kuvat', 'Kirjoittanut'],
  editorPrefixes: ['Toimittanut', 'Editoinut', 'Editointi'],
  bylineRoles: ['stt', 'toimittaja', 'kirjeenvaihtaja', 'ulkomaantoimittaja', 'kolumnisti', 'avustaja', 'erikoistoimittaja', 'politiikan toimittaja'],
  sourcePrefixes: ['Lähde', 'Lähteet', 'Lähteenä', 'Lähteinä'],
  months: [
    'tammikuu|tammikuuta|tammikuussa|tammik', 'helmikuu|helmikuuta|helmikuussa|helmik',
    'maaliskuu|maaliskuuta|maaliskuussa|maalisk', 'huhtikuu|huhtikuuta|huhtikuussa|huhtik',
    'toukokuu|toukokuuta|toukokuussa|toukok', 'kesäkuu|kesäkuuta|kesäkuussa|kesäk',
    'heinäkuu|heinäkuuta|heinäkuussa|heinäk', 'elokuu|elokuuta|elokuussa|elok', 'syyskuu|syyskuuta|syyskuussa|syysk',
    'lokakuu|lokakuuta|lokakuussa|lokak', 'marraskuu|marraskuuta|marraskuussa|marrask',
    'joulukuu|joulukuuta|joulukuussa|jouluk'
  ],
  weekdays: [
    'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai', 'maanantaina', 'tiistaina',
    'keskiviikkona', 'torstaina', 'perjantaina', 'lauantaina', 'sunnuntaina', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'
  ],
  dateWords: [
    'Julkaistu', 'Päivitetty', 'Julkaistu klo', 'Päivitetty klo', 'Viimeksi päivitetty', 'Päivitetty viimeksi',
    'Muokattu', 'klo', 'sitten', 'tuntia', 'tunti', 'minuuttia', 'minuutti', 'min', 'päivää', 'tänään', 'eilen'
  ]
}
