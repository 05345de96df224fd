import type {Lexicon} from './types.js'

// Serbian (ekavian), each phrase in Latin script and in Cyrillic: B92, N1, Blic, Danas print Latin,
// RTS, Politika, Novosti and Tanjug Cyrillic, and several portals switch between the two.
export const sr: Lexicon = {
  language: 'sr',
  relatedMarkers: [
    'Pročitajte još', 'Pročitajte i', 'Pročitajte takođe', 'Pročitaj još', 'Pročitaj i', 'Pogledajte još', 'Pogledajte i',
    'Najčitanije', 'Najčitanije vesti', 'Najčitanije danas', 'Najčitaniji tekstovi', 'Najnovije', 'Najnovije vesti',
    'Najnovije iz rubrike', 'Poslednje vesti', 'Najvažnije vesti', 'Najkomentarisanije', 'Najgledanije',
    'Povezane vesti', 'Povezani tekstovi', 'Povezani članci', 'Vezane vesti', 'Slične vesti', 'Slični tekstovi',
    'Više vesti', 'Još vesti', 'Ostale vesti', 'Još iz rubrike', 'Više iz rubrike', 'Iz rubrike', 'Izdvajamo',
    'Izdvojeno', 'Preporučujemo', 'Preporučeno', 'Preporuka urednika', 'Ne propustite', 'Možda vas zanima',
    'Moglo bi vas zanimati', 'Vesti dana', 'Top vesti', 'Sve vesti',
    'Прочитајте још', 'Прочитајте и', 'Прочитајте такође', 'Прочитај још', 'Прочитај и', 'Погледајте још', 'Погледајте и',
    'Најчитаније', 'Најчитаније вести', 'Најчитаније данас', 'Најчитанији текстови', 'Најновије', 'Најновије вести',
    'Најновије из рубрике', 'Последње вести', 'Најважније вести', 'Најкоментарисаније', 'Најгледаније',
    'Повезане вести', 'Повезани текстови', 'Повезани чланци', 'Везане вести', 'Сличне вести', 'Слични текстови',
    'Више вести', 'Још вести', 'Остале вести', 'Још из рубрике', 'Више из рубрике', 'Из рубрике', 'Издвајамо',
    'Издвојено', 'Препоручујемо', 'Препоручено', 'Препорука уредника', 'Не пропустите', 'Можда вас занима',
    'Могло би вас занимати', 'Вести дана', 'Топ вести', 'Све вести'
  ],
  videoMarkers: [
    'Video', 'Više videa', 'Još videa', 'Najnoviji video', 'Pogledajte video', 'Video dana',
    'Видео', 'Више видеа', 'Још видеа', 'Најновији видео', 'Погледајте видео', 'Видео дана'
  ],
  commentMarkers: [
    'Komentari', 'Komentariši', 'Komentarišite', 'Ostavite komentar', 'Napišite komentar', 'Dodaj komentar',
    'Pošalji komentar', 'Pošaljite komentar', 'Prikaži komentare', 'Pogledaj komentare', 'Svi komentari',
    'Komentari čitalaca', 'Pravila komentarisanja',
    'Коментари', 'Коментариши', 'Коментаришите', 'Оставите коментар', 'Напишите коментар', 'Додај коментар',
    'Пошаљи коментар', 'Пошаљите коментар', 'Прикажи коментаре', 'Погледај коментаре', 'Сви коментари',
    'Коментари читалаца', 'Правила коментарисања'
  ],
  weatherMarkers: [
    'Vremenska prognoza', 'Prognoza vremena', 'Vreme danas', 'Vreme sutra',
    'Временска прогноза', 'Прогноза времена', 'Време данас', 'Време сутра'
  ],
  tagMarkers: [
    'Tagovi', 'Oznake', 'Teme', 'Ključne reči', 'Povezane teme',
    'Тагови', 'Ознаке', 'Теме', 'Кључне речи', 'Повезане теме'
  ],
  readMorePrefixes: [
    'Pročitajte još', 'Pročitajte i', 'Pročitajte', 'Pročitaj još', 'Pročitaj i', 'Pročitaj', 'Čitajte još', 'Čitajte i',
    'Pogledajte i', 'Pogledajte još', 'Pogledajte', 'Pogledaj', 'Pogledajte video', 'Poslušajte', 'Vezano', 'Povezano',
    'Saznajte više', 'Više o tome', 'Opširnije',
    'Прочитајте још', 'Прочитајте и', 'Прочитајте', 'Прочитај још', 'Прочитај и', 'Прочитај', 'Читајте још', 'Читајте и',
    'Погледајте и', 'Погледајте још', 'Погледајте', 'Погледај', 'Погледајте видео', 'Послушајте', 'Везано', 'Повезано',
    'Сазнајте више', 'Више о томе', 'Опширније'
  ],
  homeLinks: [
    'Početna', 'Početna strana', 'Naslovna', 'Naslovna strana',
    'Почетна', 'Почетна страна', 'Насловна', 'Насловна страна'
  ],
  ui: [
    'Preskoči na sadržaj', 'Pređi na sadržaj', 'Idi na sadržaj', 'Učitavanje', 'Učitava se', 'Molimo sačekajte',
    'Podeli', 'Podelite', 'Podeli vest', 'Podeli članak', 'Podeli tekst', 'Štampaj', 'Odštampaj', 'Pošalji',
    'Pošalji prijatelju', 'Na vrh', 'Vrati se na vrh', 'Prijava', 'Prijavi se', 'Odjava', 'Odjavi se', 'Registracija',
    'Registruj se', 'Pretplata', 'Pretplati se', 'Pretplatite se', 'Oglas', 'Reklama', 'Sponzorisano',
    'Sponzorisani sadržaj', 'Plaćeni sadržaj', 'Meni', 'Pretraga', 'Pretraži', 'Traži', 'Zatvori', 'Početna', 'Prati',
    'Pratite nas', 'Sačuvaj', 'Slušaj', 'Poslušaj vest', 'Poslušajte vest', 'Kopiraj link', 'Link je kopiran',
    'Link kopiran', 'Prikaži više', 'Učitaj još', 'Učitaj više', 'Još', 'Više', 'Vidi više', 'Pogledaj više',
    'Pročitaj više', 'Nastavi čitanje', 'Nastavak teksta ispod oglasa', 'Tekst se nastavlja ispod oglasa',
    'Nastavak teksta ispod reklame', 'Tekst se nastavlja ispod reklame', 'Prihvati', 'Prihvatam', 'Slažem se',
    'Prihvati sve', 'Odbij', 'Odbij sve', 'Podešavanja', 'Podešavanja kolačića', 'Pokreni video', 'Preuzmi aplikaciju',
    'Glavni meni', 'Navigacija', 'Rubrike', 'Prijavi grešku', 'Pošalji vest', 'Pošaljite vest', 'Veličina slova',
    'Sledeće', 'Prethodno', 'Sledeći članak', 'Prethodni članak', 'Uživo', 'Kontakt', 'Impresum', 'O nama',
    'Uslovi korišćenja', 'Politika privatnosti', 'Komentari', 'Tagovi', 'Više od autora', 'Još od autora',
    'Svi tekstovi autora', 'Ćirilica', 'Latinica',
    'Прескочи на садржај', 'Пређи на садржај', 'Иди на садржај', 'Учитавање', 'Учитава се', 'Молимо сачекајте',
    'Подели', 'Поделите', 'Подели вест', 'Подели чланак', 'Подели текст', 'Штампај', 'Одштампај', 'Пошаљи',
    'Пошаљи пријатељу', 'На врх', 'Врати се на врх', 'Пријава', 'Пријави се', 'Одјава', 'Одјави се', 'Регистрација',
    'Региструј се', 'Претплата', 'Претплати се', 'Претплатите се', 'Оглас', 'Реклама', 'Спонзорисано',
    'Спонзорисани садржај', 'Плаћени садржај', 'Мени', 'Претрага', 'Претражи', 'Тражи', 'Затвори', 'Почетна', 'Прати',
    'Пратите нас', 'Сачувај', 'Слушај', 'Послушај вест', 'Послушајте вест', 'Копирај линк', 'Линк је копиран',
    'Линк копиран', 'Прикажи више', 'Учитај још', 'Учитај више', 'Још', 'Више', 'Види више', 'Погледај више',
    'Прочитај више', 'Настави читање', 'Наставак текста испод огласа', 'Текст се наставља испод огласа',
    'Наставак текста испод рекламе', 'Текст се наставља испод рекламе', 'Прихвати', 'Прихватам', 'Слажем се',
    'Прихвати све', 'Одбиј', 'Одбиј све', 'Подешавања', 'Подешавања колачића', 'Покрени видео', 'Преузми апликацију',
    'Главни мени', 'Навигација', 'Рубрике', 'Пријави грешку', 'Пошаљи вест', 'Пошаљите вест', 'Величина слова',
    'Следеће', 'Претходно', 'Следећи чланак', 'Претходни чланак', 'Уживо', 'Контакт', 'Импресум', 'О нама',
    'Услови коришћења', 'Политика приватности', 'Коментари', 'Тагови', 'Више од аутора', 'Још од аутора',
    'Сви текстови аутора', 'Ћирилица', 'Латиница'
  ],
  followPrefixes: [
    'Pratite nas na', 'Pratite nas i na', 'Pratite nas', 'Pratite', 'Zapratite nas na', 'Zapratite',
    'Пратите нас на', 'Пратите нас и на', 'Пратите нас', 'Пратите', 'Запратите нас на', 'Запратите'
  ],
  sharePrefixes: [
    'Podeli na', 'Podelite na', 'Podeli putem', 'Podeli',
    'Подели на', 'Поделите на', 'Подели путем', 'Подели'
  ],
  uiFragments: [
    'min čitanja', 'minuta čitanja', 'minut čitanja', 'vreme čitanja', 'komentara', 'pregleda',
    'мин читања', 'минута читања', 'минут читања', 'време читања', 'коментара', 'прегледа'
  ],
  promoTerms: [
    'newsletter', 'njuzleter', 'bilten', 'e-mail', 'mejl', 'imejl', 'aplikacija', 'aplikaciju', 'aplikacije', 'viber',
    'telegram', 'whatsapp', 'kanal', 'kanalu', 'google news', 'podcast', 'obaveštenja', 'notifikacije', 'pretplata',
    'њузлетер', 'билтен', 'мејл', 'имејл', 'апликација', 'апликацију', 'апликације', 'вајбер', 'телеграм', 'канал',
    'каналу', 'подкаст', 'обавештења', 'нотификације', 'претплата'
  ],
  paywallTerms: [
    'samo za pretplatnike', 'dostupno samo pretplatnicima', 'dostupan samo pretplatnicima', 'već ste pretplatnik',
    'već imate pretplatu',
    'само за претплатнике', 'доступно само претплатницима', 'доступан само претплатницима', 'већ сте претплатник',
    'већ имате претплату'
  ],
  callsToAction: [
    'pretplatite se', 'pretplati se', 'prijavite se', 'prijavi se', 'registrujte se', 'preuzmite', 'preuzmi',
    'instalirajte', 'pratite nas', 'zapratite', 'pridružite se', 'učlanite se',
    'претплатите се', 'претплати се', 'пријавите се', 'пријави се', 'региструјте се', 'преузмите', 'преузми',
    'инсталирајте', 'пратите нас', 'запратите', 'придружите се', 'учланите се'
  ],
  consentTerms: [
    'kolačići', 'kolačiće', 'kolačića', 'kolačićima', 'cookies', 'cookie', 'saglasnost', 'pristanak', 'gdpr',
    'колачићи', 'колачиће', 'колачића', 'колачићима', 'сагласност', 'пристанак'
  ],
  emptyLabels: [
    'Izvor', 'Izvori', 'Tagovi', 'Oznake', 'Teme', 'Autor', 'Autorka', 'Podeli', 'Foto', 'Fotografija', 'Ključne reči',
    'Извор', 'Извори', 'Тагови', 'Ознаке', 'Теме', 'Аутор', 'Ауторка', 'Подели', 'Фото', 'Фотографија', 'Кључне речи'
  ],
  footerTerms: [
    'd.o.o.', 'a.d.', 'pib', 'matični broj', 'sva prava zadržana', 'sva prava su zadržana', 'impresum',
    'glavni urednik', 'glavna urednica', 'odgovorni urednik', 'izdavač', 'adresa', 'telefon', 'tel', 'faks', 'fax',
    'e-mail', 'kontakt', 'o nama', 'uslovi korišćenja', 'politika privatnosti', 'politika kolačića', 'oglašavanje',
    'registar medija', 'copyright', 'logo',
    'д.о.о.', 'а.д.', 'пиб', 'матични број', 'сва права задржана', 'сва права су задржана', 'импресум',
    'главни уредник', 'главна уредница', 'одговорни уредник', 'издавач', 'адреса', 'телефон', 'тел', 'факс',
    'контакт', 'о нама', 'услови коришћења', 'политика приватности', 'политика колачића', 'оглашавање',
    'регистар медија'
  ],
  weatherTerms: [
    'vremenska prognoza', 'prognoza', 'rhmz', 'meteorolozi', 'meteoalarm', 'nevreme', 'oluja', 'oluje', 'grmljavina',
    'toplotni talas', 'kiša', 'kiše', 'pljuskovi', 'sneg', 'vetar', 'košava', 'temperatura', 'temperature', 'stepeni',
    'sunčano', 'oblačno', 'magla', 'mraz',
    'временска прогноза', 'прогноза', 'рхмз', 'метеоролози', 'невреме', 'олуја', 'олује', 'грмљавина',
    'топлотни талас', 'киша', 'кише', 'пљускови', 'снег', 'ветар', 'кошава', 'температура', 'температуре', 'степени',
    'сунчано', 'облачно', 'магла', 'мраз'
  ],
  creditWords: [
    'Foto', 'Fotografija', 'Snimio', 'Snimila', 'Izvor', 'Ilustracija', 'Grafika', 'Arhiva', 'Foto arhiva', 'Video',
    'Screenshot', 'Printscreen', 'Printskrin',
    'Фото', 'Фотографија', 'Снимио', 'Снимила', 'Извор', 'Илустрација', 'Графика', 'Архива', 'Фото архива', 'Видео'
  ],
  photoWords: ['foto', 'slika', 'fotografija', 'фото', 'слика', 'фотографија'],
  mediaTags: [
    'Video', 'Foto', 'Galerija', 'Foto galerija', 'Fotogalerija', 'Podcast', 'Audio', 'Uživo', 'Infografika',
    'Foto i video', 'Video i foto',
    'Видео', 'Фото', 'Галерија', 'Фото галерија', 'Фотогалерија', 'Подкаст', 'Аудио', 'Уживо', 'Инфографика',
    'Фото и видео', 'Видео и фото'
  ],
  bylinePrefixes: [
    'Autor', 'Autorka', 'Piše', 'Napisao', 'Napisala', 'Priredio', 'Priredila', 'Pripremio', 'Pripremila',
    'Аутор', 'Ауторка', 'Пише', 'Написао', 'Написала', 'Приредио', 'Приредила', 'Припремио', 'Припремила'
  ],
  editorPrefixes: ['Urednik', 'Urednica', 'Uredio', 'Uredila', 'Уредник', 'Уредница', 'Уредио', 'Уредила'],
  bylineRoles: [
    'tanjug', 'beta', 'fonet', 'srna', 'dopisnik', 'dopisnica', 'novinar', 'novinarka', 'izveštač', 'izveštačica',
    'saradnik', 'prevod', 'agencije',
    'танјуг', 'бета', 'фонет', 'срна', 'дописник', 'дописница', 'новинар', 'новинарка', 'извештач', 'извештачица',
    'сарадник', 'превод', 'агенције'
  ],
  sourcePrefixes: ['Izvor', 'Izvori', 'Извор', 'Извори'],
  months: [
    'januar|januara|jan|јануар|јануара|јан', 'februar|februara|feb|фебруар|фебруара|феб',
    'mart|marta|mar|март|марта|мар', 'april|aprila|apr|април|априла|апр', 'maj|maja|мај|маја',
    'jun|juna|juni|јун|јуна', 'jul|jula|juli|јул|јула', 'avgust|avgusta|avg|август|августа|авг',
    'septembar|septembra|sep|sept|септембар|септембра|сеп|септ', 'oktobar|oktobra|okt|октобар|октобра|окт',
    'novembar|novembra|nov|новембар|новембра|нов', 'decembar|decembra|dec|децембар|децембра|дец'
  ],
  weekdays: [
    'ponedeljak', 'utorak', 'sreda', 'četvrtak', 'petak', 'subota', 'nedelja',
    'pon', 'uto', 'sre', 'čet', 'pet', 'sub', 'ned',
    'понедељак', 'уторак', 'среда', 'четвртак', 'петак', 'субота', 'недеља',
    'пон', 'уто', 'сре', 'чет', 'пет', 'суб', 'нед'
  ],
  dateWords: [
    'Objavljeno', 'Ažurirano', 'Poslednje ažuriranje', 'Poslednja izmena', 'Izmenjeno', 'Datum objave',
    'pre', 'sati', 'sata', 'sat', 'minuta', 'minut', 'dana', 'danas', 'juče', 'časova', 'u', 'h',
    'Објављено', 'Ажурирано', 'Последње ажурирање', 'Последња измена', 'Измењено', 'Датум објаве',
    'пре', 'сати', 'сата', 'сат', 'минута', 'минут', 'дана', 'данас', 'јуче', 'часова', 'у'
  ]
}
