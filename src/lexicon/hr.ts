import type {Lexicon} from './types.js'

// Croatian, with the Serbian and Bosnian (Latin) spellings of the same phrases where they differ:
// ijekavian/ekavian (vijesti/vesti), Croatian/Serbian words (kolačići, štampaj, sačuvaj) and month names.
export const hr: Lexicon = {
  language: 'hr',
  relatedMarkers: [
    'Pročitajte i', 'Pročitajte još', 'Pročitajte također', 'Pročitajte takođe', 'Pročitajte više', 'Pročitaj i',
    'Pročitaj još', 'Pogledajte još', 'Pogledajte i', 'Najčitanije', 'Najčitanije vijesti', 'Najčitanije vesti',
    'Najčitanije danas', 'Najčitaniji', 'Najčitaniji članci', 'Najnovije', 'Najnovije vijesti', 'Najnovije vesti',
    'Najnovije iz rubrike', 'Najkomentiranije', 'Najkomentarisanije', 'Najgledanije', 'Povezano', 'Vezano',
    'Povezane vijesti', 'Povezane vesti', 'Povezani članci', 'Vezane vijesti', 'Vezane vesti', 'Srodni članci',
    'Slične vijesti', 'Slične vesti', 'Više vijesti', 'Više vesti', 'Još vijesti', 'Još vesti', 'Ostale vijesti',
    'Ostale vesti', 'Više iz rubrike', 'Još iz rubrike', 'Iz rubrike', 'Izdvojeno', 'Izdvajamo', 'Preporučeno',
    'Preporučujemo', 'Preporuka urednika', 'Ne propustite', 'Možda vas zanima', 'Moglo bi vas zanimati',
    'Vijesti dana', 'Vesti dana', 'Top vijesti', 'Top vesti', 'Sve vijesti', 'Sve vesti'
  ],
  videoMarkers: ['Video', 'Videi', 'Videozapisi', 'Više videa', 'Najnoviji video', 'Najnoviji videozapisi', 'Pogledajte video', 'Video dana'],
  commentMarkers: [
    'Komentari', 'Komentiraj', 'Komentariši', 'Ostavite komentar', 'Napišite komentar', 'Dodaj komentar',
    'Prikaži komentare', 'Pogledaj komentare', 'Komentari čitatelja', 'Komentari čitalaca', 'Pravila komentiranja',
    'Pravila komentarisanja'
  ],
  weatherMarkers: ['Vremenska prognoza', 'Prognoza vremena', 'Vrijeme danas', 'Vreme danas', 'Vrijeme sutra', 'Vreme sutra'],
  tagMarkers: ['Tagovi', 'Oznake', 'Teme', 'Ključne riječi', 'Ključne reči', 'Povezane teme'],
  readMorePrefixes: [
    'Pročitajte i', 'Pročitajte još', 'Pročitajte', 'Pročitaj i', 'Pročitaj još', 'Pročitaj', 'Čitajte i',
    'Čitajte još', 'Čitaj još', 'Pogledajte i', 'Pogledajte', 'Pogledaj', 'Pogledajte video', 'Poslušajte', 'Vezano',
    'Povezano', 'Saznajte više', 'Više o tome', 'Opširnije'
  ],
  homeLinks: ['Naslovnica', 'Naslovna', 'Naslovna strana', 'Početna', 'Početna stranica', 'Početna strana'],
  ui: [
    'Preskoči na sadržaj', 'Idi na sadržaj', 'Prijeđi na sadržaj', 'Pređi na sadržaj', 'Učitavanje', 'Učitava se',
    'Molimo pričekajte', 'Molimo sačekajte', 'Podijeli', 'Podeli', 'Podijelite', 'Podelite', 'Podijeli članak',
    'Podeli članak', 'Dijeli', 'Ispis', 'Ispiši', 'Štampaj', 'Printaj', 'Pošalji', 'Na vrh', 'Povratak na vrh',
    'Prijava', 'Prijavi se', 'Odjava', 'Registracija', 'Registriraj se', 'Registruj se', 'Pretplata', 'Pretplati se',
    'Pretplatite se', 'Oglas', 'Reklama', 'Sponzorirano', 'Sponzorisano', 'Sponzorirani sadržaj',
    'Sponzorisani sadržaj', 'Izbornik', 'Meni', 'Pretraga', 'Pretraži', 'Traži', 'Zatvori', 'Naslovnica', 'Početna',
    'Prati', 'Pratite nas', 'Spremi', 'Sačuvaj', 'Slušaj', 'Poslušaj članak', 'Poslušajte članak', 'Kopiraj link',
    'Kopiraj poveznicu', 'Link je kopiran', 'Link kopiran', 'Prikaži više', 'Učitaj više', 'Više', 'Vidi više',
    'Pročitaj više', 'Nastavi čitati', 'Nastavite čitati', 'Nastavak teksta ispod oglasa',
    'Članak se nastavlja ispod oglasa', 'Tekst se nastavlja ispod oglasa', 'Nastavak članka ispod oglasa', 'Prihvati',
    'Prihvaćam', 'Prihvatam', 'Prihvati sve', 'Odbij', 'Odbij sve', 'Postavke', 'Podešavanja', 'Postavke kolačića',
    'Pokreni video', 'Preuzmi aplikaciju', 'Glavni izbornik', 'Navigacija', 'Rubrike', 'Prijavi grešku',
    'Pošalji vijest', 'Pošaljite vijest', 'Pošalji vest', 'Veličina slova', 'Sljedeće', 'Sledeće', 'Prethodno',
    'Uživo', 'Kontakt', 'Impressum', 'Impresum', 'O nama', 'Uvjeti korištenja', 'Uslovi korišćenja',
    'Uslovi korištenja', 'Pravila privatnosti', 'Politika privatnosti', 'Komentari', 'Tagovi', 'Oznake'
  ],
  followPrefixes: ['Pratite nas na', 'Pratite nas i na', 'Pratite nas', 'Pratite', 'Prati', 'Zapratite nas na', 'Zapratite'],
  sharePrefixes: ['Podijeli na', 'Podeli na', 'Podijelite na', 'Podelite na', 'Podijeli putem', 'Podeli putem', 'Dijeli na', 'Deli na', 'Podijeli', 'Podeli'],
  uiFragments: ['min čitanja', 'minuta čitanja', 'minute čitanja', 'vrijeme čitanja', 'vreme čitanja', 'čitanje', 'otvara se u novoj kartici', 'komentara', 'komentari', 'pregleda'],
  promoTerms: [
    'newsletter', 'newsletteru', 'bilten', 'e-mail', 'inbox', 'aplikacija', 'aplikaciju', 'aplikacije', 'app',
    'whatsapp', 'viber', 'telegram', 'kanal', 'kanalu', 'google news', 'podcast', 'obavijesti', 'obaveštenja',
    'pretplata'
  ],
  paywallTerms: ['samo za pretplatnike', 'već ste pretplatnik'],
  callsToAction: [
    'pretplatite se', 'pretplati se', 'prijavite se', 'prijavi se', 'registrirajte se', 'registrujte se', 'preuzmite',
    'preuzmi', 'skinite', 'instalirajte', 'pratite nas', 'zapratite', 'pridružite se', 'učlanite se'
  ],
  consentTerms: ['kolačići', 'kolačiće', 'kolačića', 'kolačićima', 'cookies', 'cookie', 'privola', 'pristanak', 'saglasnost', 'suglasnost', 'gdpr'],
  emptyLabels: ['Izvor', 'Izvori', 'Tagovi', 'Oznake', 'Teme', 'Autor', 'Autorica', 'Autorka', 'Podijeli', 'Podeli', 'Foto', 'Fotografija', 'Ključne riječi'],
  footerTerms: [
    'd.o.o.', 'd.d.', 'j.d.o.o.', 'oib', 'pib', 'matični broj', 'sva prava pridržana', 'sva prava zadržana',
    'sva prava su zadržana', 'impressum', 'impresum', 'glavni urednik', 'glavna urednica', 'odgovorni urednik',
    'izdavač', 'nakladnik', 'adresa', 'telefon', 'tel', 'fax', 'e-mail', 'kontakt', 'o nama', 'uvjeti korištenja',
    'uslovi korišćenja', 'uslovi korištenja', 'pravila privatnosti', 'politika privatnosti', 'zaštita privatnosti',
    'politika kolačića', 'oglašavanje', 'copyright', 'logo', 'agencija za elektroničke medije', 'registar medija'
  ],
  weatherTerms: [
    'vremenska prognoza', 'prognoza', 'dhmz', 'rhmz', 'meteorolozi', 'meteoalarm', 'nevrijeme', 'nevreme', 'oluja',
    'oluje', 'grmljavina', 'toplinski val', 'toplotni talas', 'vrućine', 'kiša', 'kiše', 'snijeg', 'sneg', 'vjetar',
    'vetar', 'bura', 'jugo', 'temperature', 'temperatura', 'stupnjeva', 'stepeni', 'sunčano', 'oblačno', 'magla',
    'tuča', 'mraz'
  ],
  creditWords: [
    'Foto', 'Fotografija', 'Fotografije', 'Snimio', 'Snimila', 'Autor fotografije', 'Izvor', 'Ilustracija', 'Grafika',
    'Arhiva', 'Foto arhiva', 'Foto ilustracija', 'Video', 'Screenshot', 'Printscreen'
  ],
  photoWords: ['foto', 'slika', 'fotografija'],
  mediaTags: ['Video', 'Foto', 'Galerija', 'Fotogalerija', 'Podcast', 'Audio', 'Uživo', 'Infografika', 'Foto i video', 'Video i foto'],
  bylinePrefixes: ['Autor', 'Autorica', 'Autorka', 'Piše', 'Napisao', 'Napisala', 'Tekst', 'Priredio', 'Priredila', 'Pripremio', 'Pripremila'],
  editorPrefixes: ['Urednik', 'Urednica', 'Uredio', 'Uredila'],
  bylineRoles: [
    'hina', 'tanjug', 'fena', 'beta', 'srna', 'dopisnik', 'dopisnica', 'novinar', 'novinarka', 'izvjestitelj',
    'izveštač', 'suradnik', 'saradnik', 'prijevod', 'prevod', 'agencije'
  ],
  sourcePrefixes: ['Izvor', 'Izvori', 'Izvor informacija'],
  months: [
    'siječanj|siječnja|sij|januar|januara|jan', 'veljača|veljače|velj|februar|februara|feb',
    'ožujak|ožujka|ožu|mart|marta|mar', 'travanj|travnja|tra|april|aprila|apr', 'svibanj|svibnja|svi|maj|maja',
    'lipanj|lipnja|jun|juna|juni', 'srpanj|srpnja|jul|jula|juli',
    'kolovoz|kolovoza|kol|avgust|avgusta|august|augusta|avg|aug', 'rujan|rujna|ruj|septembar|septembra|sep|sept',
    'listopad|listopada|oktobar|oktobra|okt', 'studeni|studenoga|studenog|stu|novembar|novembra|nov',
    'prosinac|prosinca|pro|decembar|decembra|dec'
  ],
  weekdays: [
    'ponedjeljak', 'ponedeljak', 'utorak', 'srijeda', 'sreda', 'četvrtak', 'petak', 'subota', 'nedjelja', 'nedelja',
    'pon', 'uto', 'sri', 'sre', 'čet', 'pet', 'sub', 'ned'
  ],
  dateWords: [
    'Objavljeno', 'Objavljen', 'Objava', 'Ažurirano', 'Zadnje ažuriranje', 'Posljednje ažuriranje',
    'Poslednje ažuriranje', 'Izmijenjeno', 'Izmenjeno', 'Zadnja izmjena', 'Posljednja izmjena', 'Poslednja izmena',
    'prije', 'pre', 'sati', 'sat', 'sata', 'minuta', 'minute', 'min', 'dana', 'danas', 'jučer', 'juče', 'u', 'h'
  ]
}
