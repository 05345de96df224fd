import type {Lexicon} from './types.js'

export const cs: Lexicon = {
  language: 'cs',
  relatedMarkers: [
    'Související články', 'Související', 'Související zprávy', 'Další články', 'Další zprávy', 'Čtěte také', 'Čtěte též',
    'Přečtěte si také', 'Přečtěte si', 'Mohlo by vás zajímat', 'Mohlo by vás také zajímat', 'Také vás může zajímat',
    'Mohlo by se vám líbit', 'Nejčtenější', 'Nejčtenější články', 'Nejčtenější zprávy', 'Nejnovější', 'Nejnovější články',
    'Nejnovější zprávy', 'Nejsledovanější', 'Nejdiskutovanější', 'Nejoblíbenější', 'Populární', 'Doporučujeme', 'Doporučené',
    'Doporučené články', 'Další z rubriky', 'Více z rubriky', 'Z rubriky', 'Právě se děje', 'Top zprávy', 'Hlavní zprávy',
    'Nenechte si ujít', 'Zajímavé články', 'K tématu', 'Více k tématu', 'Další články k tématu', 'Vybrali jsme pro vás'
  ],
  videoMarkers: ['Video', 'Videa', 'Další videa', 'Nejnovější videa', 'Video dne', 'Sledujte video'],
  commentMarkers: [
    'Diskuse', 'Diskuze', 'Komentáře', 'Diskuse k článku', 'Vstoupit do diskuse', 'Vstoupit do diskuze', 'Zobrazit diskusi',
    'Přidat komentář', 'Zobrazit komentáře', 'Komentovat', 'Názory čtenářů'
  ],
  weatherMarkers: ['Počasí', 'Předpověď počasí', 'Počasí dnes', 'Počasí na zítra'],
  tagMarkers: ['Témata', 'Téma', 'Štítky', 'Tagy', 'Klíčová slova', 'Související témata', 'Témata článku'],
  readMorePrefixes: [
    'Čtěte také', 'Čtěte též', 'Čtěte', 'Přečtěte si', 'Přečtěte si také', 'Související', 'Související článek',
    'Mohlo by vás zajímat', 'Podívejte se', 'Čtěte více', 'Čtěte dále'
  ],
  homeLinks: ['Úvod', 'Úvodní stránka', 'Domů', 'Hlavní strana', 'Titulní strana', 'Home'],
  ui: [
    'Přejít na obsah', 'Přejít k obsahu', 'Přeskočit na obsah', 'Přejít na hlavní obsah', 'Přeskočit navigaci', 'Načítání',
    'Načítám', 'Čekejte prosím', 'Sdílet', 'Sdílet článek', 'Sdílejte', 'Tisk', 'Tisknout', 'Vytisknout', 'E-mail', 'Nahoru',
    'Zpět nahoru', 'Přihlásit', 'Přihlásit se', 'Přihlášení', 'Odhlásit', 'Registrovat', 'Registrace', 'Předplatit',
    'Předplatné', 'Objednat předplatné', 'Newsletter', 'Reklama', 'Komerční sdělení', 'Sponzorováno', 'PR článek', 'Menu',
    'Hledat', 'Vyhledávání', 'Zavřít', 'Úvod', 'Sledovat', 'Uložit', 'Uložit článek', 'Poslechnout', 'Poslechnout článek',
    'Poslechněte si článek', 'Přehrát', 'Přehrát video', 'Kopírovat odkaz', 'Zkopírovat odkaz', 'Odkaz zkopírován',
    'Mobilní verze', 'Plná verze', 'Přijmout', 'Přijmout vše', 'Souhlasím', 'Rozumím', 'Odmítnout', 'Odmítnout vše',
    'Nastavení', 'Zobrazit více', 'Načíst další', 'Načíst více', 'Další', 'Předchozí', 'Pokračovat ve čtení',
    'Pokračujte ve čtení', 'Číst dál', 'Číst dále', 'Celý článek', 'Pokračování článku pod reklamou',
    'Článek pokračuje pod reklamou', 'Živě', 'Online', 'Témata', 'Velikost písma', 'Stáhnout aplikaci', 'Kontakt', 'Kontakty',
    'Nahlásit chybu', 'Diskuse', 'Premium'
  ],
  followPrefixes: ['Sledujte nás na', 'Sledujte nás také na', 'Sledujte nás na sociálních sítích', 'Sledujte nás', 'Sledujte', 'Přidejte se k nám na'],
  sharePrefixes: ['Sdílet na', 'Sdílet přes', 'Sdílet článek na', 'Sdílejte na', 'Sdílet'],
  uiFragments: ['min čtení', 'minut čtení', 'minuty čtení', 'doba čtení', 'čtení na', 'otevře se v novém okně', 'otevře se v nové záložce', 'otevře se v nové kartě', 'komentářů', 'komentáře', 'komentář', 'příspěvků', 'příspěvky', 'zobrazení'],
  promoTerms: [
    'newsletter', 'newsletteru', 'e-mail', 'schránky', 'schránku', 'aplikace', 'aplikaci', 'app', 'whatsapp', 'kanál', 'kanálu',
    'telegram', 'google news', 'notifikace', 'upozornění', 'podcast', 'předplatné'
  ],
  paywallTerms: ['pouze pro předplatitele', 'jste již předplatitel', 'zbývá vám dočíst', 'celý článek si přečtete'],
  callsToAction: ['přihlaste se', 'odebírat', 'odebírejte', 'předplaťte si', 'předplatit', 'stáhněte', 'stáhnout', 'nainstalujte', 'sledujte', 'připojte se', 'zaregistrujte se', 'objednejte'],
  consentTerms: ['cookie', 'cookies', 'souhlas se zpracováním', 'zpracování osobních údajů', 'zpracováním osobních údajů', 'souhlas s cookies', 'nastavení souhlasu', 'gdpr'],
  emptyLabels: ['Zdroj', 'Zdroje', 'Témata', 'Téma', 'Štítky', 'Tagy', 'Klíčová slova', 'Rubrika', 'Autor', 'Autorka', 'Sdílet', 'Foto'],
  footerTerms: [
    'všechna práva vyhrazena', 'copyright', 's.r.o.', 'spol. s r.o.', 'ičo', 'dič', 'ič', 'zapsaná v obchodním rejstříku',
    'obchodní rejstřík', 'ochrana osobních údajů', 'zásady ochrany osobních údajů', 'zásady cookies', 'podmínky užívání',
    'podmínky použití', 'obchodní podmínky', 'kontakt', 'kontakty', 'adresa', 'telefon', 'tel', 'fax', 'e-mail', 'vydavatel',
    'šéfredaktor', 'šéfredaktorka', 'inzerce', 'o nás', 'kariéra', 'mapa stránek', 'tiráž', 'impressum',
    'bez písemného souhlasu', 'šíření obsahu', 'logo'
  ],
  weatherTerms: [
    'počasí', 'předpověď počasí', 'čhmú', 'meteorologové', 'meteorolog', 'déšť', 'deště', 'srážky', 'přeháňky', 'bouřka', 'bouřky',
    'sníh', 'sněžení', 'vítr', 'silný vítr', 'nárazy větru', 'teplota', 'teploty', 'tropické teploty', 'stupňů', 'vedro', 'vedra',
    'mráz', 'mrazy', 'náledí', 'ledovka', 'mlha', 'mlhy', 'oblačno', 'zataženo', 'polojasno', 'výstraha'
  ],
  creditWords: ['Foto', 'Fotografie', 'Snímek', 'Zdroj', 'Ilustrační foto', 'Ilustrační snímek', 'Ilustrace', 'Grafika', 'Repro', 'Video'],
  photoWords: ['foto', 'snímek', 'fotografie', 'obrázek'],
  mediaTags: ['Video', 'Videa', 'Foto', 'Fotogalerie', 'Galerie', 'Podcast', 'Audio', 'Živě', 'Online', 'Infografika'],
  bylinePrefixes: ['Autor', 'Autorka', 'Autoři', 'Text', 'Napsal', 'Napsala', 'Připravil', 'Připravila'],
  editorPrefixes: ['Redaktor', 'Redaktorka', 'Editor', 'Editorka', 'Redigoval', 'Redigovala', 'Editace'],
  bylineRoles: ['zpravodaj', 'zpravodajka', 'redaktor', 'redaktorka', 'redakce', 'komentátor', 'komentátorka', 'spolupracovník', 'překlad'],
  sourcePrefixes: ['Zdroj', 'Zdroje', 'Zdroj informací', 'Převzato z'],
  months: [
    'leden|ledna|led', 'únor|února|úno', 'březen|března|bře', 'duben|dubna|dub', 'květen|května|kvě', 'červen|června|čvn',
    'červenec|července|čvc', 'srpen|srpna|srp', 'září|zář', 'říjen|října|říj', 'listopad|listopadu|lis', 'prosinec|prosince'
  ],
  weekdays: ['pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle'],
  dateWords: [
    'Publikováno', 'Zveřejněno', 'Vydáno', 'Vloženo', 'Aktualizováno', 'Aktualizace', 'Upraveno', 'Datum publikace',
    'Poslední aktualizace', 'dnes', 'včera', 'před', 'hodinou', 'hodinami', 'hodin', 'hod', 'minutou', 'minutami', 'minut', 'min', 'v', 've'
  ]
}
