import type {Lexicon} from './types.js'

export const sk: Lexicon = {
  language: 'sk',
  relatedMarkers: [
    'Súvisiace články', 'Súvisiace', 'Súvisiace správy', 'Ďalšie články', 'Ďalšie správy', 'Čítajte tiež', 'Čítajte aj',
    'Prečítajte si aj', 'Prečítajte si tiež', 'Mohlo by vás zaujímať', 'Mohlo by vás tiež zaujímať', 'Mohlo by vás zaujať',
    'Najčítanejšie', 'Najčítanejšie články', 'Najčítanejšie správy', 'Najčítanejšie na SME', 'Najnovšie', 'Najnovšie články',
    'Najnovšie správy', 'Najsledovanejšie', 'Najdiskutovanejšie', 'Najpopulárnejšie', 'Odporúčame', 'Odporúčané',
    'Odporúčané články', 'Ďalšie z rubriky', 'Viac z rubriky', 'Z rubriky', 'Práve sa deje', 'Top správy', 'Hlavné správy',
    'Viac správ', 'Nenechajte si ujsť', 'Zaujímavé články', 'K téme', 'Viac k téme', 'Ďalšie články k téme',
    'Vybrali sme pre vás', 'Čítajte viac'
  ],
  videoMarkers: ['Video', 'Videá', 'Ďalšie videá', 'Najnovšie videá', 'Video dňa', 'Pozrite si video'],
  commentMarkers: [
    'Diskusia', 'Komentáre', 'Diskusia k článku', 'Vstúpiť do diskusie', 'Prejsť do diskusie', 'Zobraziť diskusiu',
    'Pridať komentár', 'Zobraziť komentáre', 'Komentovať', 'Diskutovať', 'Názory čitateľov'
  ],
  weatherMarkers: ['Počasie', 'Predpoveď počasia', 'Počasie dnes', 'Počasie na zajtra'],
  tagMarkers: ['Témy', 'Téma', 'Štítky', 'Tagy', 'Kľúčové slová', 'Súvisiace témy', 'Témy článku'],
  readMorePrefixes: [
    'Čítajte tiež', 'Čítajte aj', 'Čítajte', 'Prečítajte si', 'Prečítajte si aj', 'Prečítajte si tiež', 'Súvisiace',
    'Súvisiaci článok', 'Mohlo by vás zaujímať', 'Pozrite si', 'Pozrite si aj', 'Pozrite si video', 'Čítajte viac',
    'Čítajte ďalej', 'Vypočujte si'
  ],
  homeLinks: ['Úvod', 'Úvodná stránka', 'Domov', 'Hlavná stránka', 'Titulná strana', 'Home'],
  ui: [
    'Preskočiť na obsah', 'Prejsť na obsah', 'Prejsť na hlavný obsah', 'Preskočiť na hlavný obsah', 'Preskočiť navigáciu',
    'Načítava sa', 'Načítavam', 'Čakajte prosím', 'Zdieľať', 'Zdieľať článok', 'Zdieľajte', 'Tlač', 'Tlačiť', 'Vytlačiť',
    'E-mail', 'Hore', 'Späť hore', 'Na začiatok', 'Prihlásiť', 'Prihlásiť sa', 'Prihlásenie', 'Odhlásiť', 'Odhlásiť sa',
    'Registrovať', 'Registrácia', 'Predplatiť', 'Predplatné', 'Objednať predplatné', 'Kúpiť predplatné', 'Newsletter',
    'Reklama', 'Komerčný článok', 'Komerčná správa', 'Sponzorované', 'PR článok', 'Partnerský obsah', 'Menu', 'Hľadať',
    'Vyhľadávanie', 'Zavrieť', 'Úvod', 'Sledovať', 'Uložiť', 'Uložiť článok', 'Vypočuť', 'Vypočuť článok',
    'Vypočujte si článok', 'Prehrať', 'Prehrať video', 'Kopírovať odkaz', 'Skopírovať odkaz', 'Odkaz skopírovaný',
    'Odkaz bol skopírovaný', 'Mobilná verzia', 'Plná verzia', 'Prijať', 'Prijať všetko', 'Súhlasím', 'Rozumiem',
    'Odmietnuť', 'Odmietnuť všetko', 'Nastavenia', 'Zobraziť viac', 'Načítať ďalšie', 'Načítať viac', 'Ďalšie', 'Predchádzajúce',
    'Pokračovať v čítaní', 'Pokračujte v čítaní', 'Čítať ďalej', 'Celý článok', 'Článok pokračuje pod reklamou',
    'Článok pokračuje pod video reklamou', 'Pokračovanie článku pod reklamou', 'Naživo', 'Online', 'Témy', 'Veľkosť písma',
    'Stiahnuť aplikáciu', 'Kontakt', 'Kontakty', 'Nahlásiť chybu', 'Diskusia', 'Fotogaléria', 'Premium'
  ],
  followPrefixes: ['Sledujte nás na', 'Sledujte nás aj na', 'Sledujte nás na sociálnych sieťach', 'Sledujte nás', 'Sledujte', 'Pridajte sa k nám na'],
  sharePrefixes: ['Zdieľať na', 'Zdieľať cez', 'Zdieľať článok na', 'Zdieľajte na', 'Zdieľať'],
  uiFragments: ['min čítania', 'minút čítania', 'minúty čítania', 'čas čítania', 'doba čítania', 'otvorí sa v novom okne', 'otvorí sa v novej karte', 'komentárov', 'komentáre', 'komentár', 'príspevkov', 'zobrazení'],
  promoTerms: [
    'newsletter', 'newslettra', 'newsletteri', 'e-mail', 'schránky', 'schránku', 'aplikácia', 'aplikáciu', 'aplikácii', 'app',
    'whatsapp', 'kanál', 'kanáli', 'telegram', 'google news', 'notifikácie', 'upozornenia', 'podcast', 'predplatné'
  ],
  paywallTerms: [
    'iba pre predplatiteľov', 'len pre predplatiteľov', 'exkluzívny obsah pre predplatiteľov', 'už ste predplatiteľ',
    'ste predplatiteľ', 'na dočítanie', 'celý článok si prečítate'
  ],
  callsToAction: ['prihláste sa', 'odoberajte', 'odoberať', 'predplaťte si', 'predplatiť', 'stiahnite si', 'stiahnuť', 'nainštalujte', 'sledujte', 'pridajte sa', 'zaregistrujte sa', 'objednajte'],
  consentTerms: [
    'cookie', 'cookies', 'súbory cookie', 'súborov cookie', 'súhlas so spracúvaním', 'spracúvanie osobných údajov',
    'spracúvaním osobných údajov', 'spracovanie osobných údajov', 'spracovaním osobných údajov', 'nastavenia súhlasu', 'gdpr'
  ],
  emptyLabels: ['Zdroj', 'Zdroje', 'Témy', 'Téma', 'Štítky', 'Tagy', 'Kľúčové slová', 'Rubrika', 'Autor', 'Autorka', 'Zdieľať', 'Foto'],
  footerTerms: [
    'všetky práva vyhradené', 'copyright', 's.r.o.', 'spol. s r.o.', 'akciová spoločnosť', 'ičo', 'dič', 'ič dph',
    'zapísaná v obchodnom registri', 'obchodný register', 'ochrana osobných údajov', 'zásady ochrany osobných údajov',
    'zásady používania cookies', 'podmienky používania', 'obchodné podmienky', 'kontakt', 'kontakty', 'adresa', 'telefón',
    'tel', 'fax', 'e-mail', 'vydavateľ', 'šéfredaktor', 'šéfredaktorka', 'inzercia', 'o nás', 'kariéra', 'mapa stránky',
    'tiráž', 'impressum', 'bez písomného súhlasu', 'vyhlásenie o prístupnosti', 'logo'
  ],
  weatherTerms: [
    'počasie', 'predpoveď počasia', 'shmú', 'meteorológovia', 'meteorológ', 'dážď', 'dažďa', 'zrážky', 'prehánky', 'búrka',
    'búrky', 'sneh', 'sneženie', 'vietor', 'silný vietor', 'nárazy vetra', 'teplota', 'teploty', 'tropické teploty', 'stupňov',
    'horúčava', 'horúčavy', 'mráz', 'mrazy', 'poľadovica', 'hmla', 'hmly', 'oblačno', 'zamračené', 'polojasno', 'výstraha', 'výstrahy'
  ],
  creditWords: ['Foto', 'Fotografia', 'Snímka', 'Zdroj', 'Ilustračné foto', 'Ilustračná snímka', 'Ilustrácia', 'Grafika', 'Repro', 'Video', 'Autor fotografie'],
  photoWords: ['foto', 'snímka', 'fotografia', 'obrázok'],
  mediaTags: ['Video', 'Videá', 'Foto', 'Fotogaléria', 'Galéria', 'Podcast', 'Audio', 'Naživo', 'Online', 'Infografika'],
  bylinePrefixes: ['Autor', 'Autorka', 'Autori', 'Text', 'Napísal', 'Napísala', 'Pripravil', 'Pripravila', 'Spracoval', 'Spracovala'],
  editorPrefixes: ['Redaktor', 'Redaktorka', 'Editor', 'Editorka', 'Redigoval', 'Redigovala'],
  bylineRoles: ['tasr', 'sita', 'spravodajca', 'spravodajkyňa', 'redaktor', 'redaktorka', 'redakcia', 'reportér', 'reportérka', 'komentátor', 'komentátorka', 'spolupracovník', 'preklad'],
  sourcePrefixes: ['Zdroj', 'Zdroje', 'Zdroj informácií', 'Prevzaté z'],
  months: [
    'január|januára|jan', 'február|februára|feb', 'marec|marca|mar', 'apríl|apríla|apr', 'máj|mája', 'jún|júna',
    'júl|júla', 'august|augusta|aug', 'september|septembra|sep|sept', 'október|októbra|okt', 'november|novembra|nov',
    'december|decembra|dec'
  ],
  weekdays: ['pondelok', 'utorok', 'streda', 'stredu', 'štvrtok', 'piatok', 'sobota', 'sobotu', 'nedeľa', 'nedeľu'],
  dateWords: [
    'Publikované', 'Zverejnené', 'Uverejnené', 'Aktualizované', 'Aktualizácia', 'Upravené', 'Dátum publikácie',
    'Posledná aktualizácia', 'dnes', 'včera', 'pred', 'hodinou', 'hodinami', 'hodín', 'hod', 'minútou', 'minútami', 'minút',
    'min', 'v', 'vo', 'o', 'dňa'
  ]
}
