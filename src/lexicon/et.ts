import type {Lexicon} from './types.js'

export const et: Lexicon = {
  language: 'et',
  relatedMarkers: [
    'Seotud artiklid', 'Seotud lood', 'Seotud uudised', 'Loe ka', 'Loe lisaks', 'Loe veel', 'Vaata ka', 'Loetuimad', 'Loetumad',
    'Enim loetud', 'Kõige loetumad', 'Loetuimad uudised', 'Uusimad', 'Uusimad uudised', 'Uued uudised', 'Värskeimad',
    'Värsked uudised', 'Viimased uudised', 'Populaarsed', 'Populaarseimad', 'Enim kommenteeritud', 'Enim vaadatud',
    'Soovitame', 'Toimetus soovitab', 'Soovitatud', 'Sulle võib huvi pakkuda', 'Sind võib huvitada', 'Võib huvi pakkuda',
    'Veel uudiseid', 'Rohkem uudiseid', 'Teised uudised', 'Muud uudised', 'Samal teemal', 'Sel teemal', 'Veel samal teemal',
    'Veel rubriigist', 'Ära jäta vahele', 'Päeva tähtsamad', 'Tähtsamad uudised', 'Olulisemad uudised'
  ],
  videoMarkers: ['Video', 'Videod', 'Veel videoid', 'Uusimad videod', 'Vaata videot', 'Päeva video'],
  commentMarkers: [
    'Kommentaarid', 'Kommentaarium', 'Kommenteeri', 'Lisa kommentaar', 'Kirjuta kommentaar', 'Näita kommentaare',
    'Vaata kommentaare', 'Loe kommentaare', 'Lugejate kommentaarid'
  ],
  weatherMarkers: ['Ilm', 'Ilmateade', 'Ilmaprognoos', 'Ilm täna', 'Homne ilm'],
  tagMarkers: ['Märksõnad', 'Teemad', 'Sildid', 'Võtmesõnad', 'Seotud teemad'],
  readMorePrefixes: [
    'Loe ka', 'Loe lisaks', 'Loe veel', 'Loe', 'Loe pikemalt', 'Loe edasi', 'Vaata ka', 'Vaata lisaks', 'Vaata', 'Vaata videot',
    'Kuula', 'Samal teemal'
  ],
  homeLinks: ['Avaleht', 'Esileht', 'Pealeht', 'Home'],
  ui: [
    'Liigu sisu juurde', 'Mine sisu juurde', 'Hüppa sisu juurde', 'Jäta menüü vahele', 'Laadimine',
    'Laeb', 'Laadin', 'Palun oota', 'Jaga', 'Jaga artiklit', 'Jaga lugu', 'Prindi', 'E-post', 'Saada e-postiga', 'Üles',
    'Tagasi üles', 'Logi sisse', 'Logi välja', 'Registreeru', 'Loo konto', 'Telli', 'Telli nüüd', 'Telli uudiskiri',
    'Hakka tellijaks', 'Uudiskiri', 'Reklaam', 'Sponsoreeritud', 'Sisuturundus', 'Partnerlugu', 'Reklaamtekst', 'Menüü',
    'Otsi', 'Otsing', 'Sulge', 'Avaleht', 'Jälgi', 'Salvesta', 'Kuula', 'Kuula artiklit', 'Kuula lugu', 'Kopeeri link',
    'Link kopeeritud', 'Näita rohkem', 'Lae rohkem', 'Laadi rohkem', 'Vaata rohkem', 'Loe edasi', 'Loe rohkem',
    'Jätka lugemist', 'Artikkel jätkub pärast reklaami', 'Artikkel jätkub reklaami järel', 'Nõustu', 'Nõustun',
    'Nõustu kõigiga', 'Luba kõik', 'Keeldu', 'Keeldu kõigist', 'Seaded', 'Küpsiste seaded', 'Esita',
    'Laadi alla äpp', 'Peamenüü', 'Rubriigid', 'Teata veast', 'Anna vihje', 'Saada vihje', 'Kirja suurus', 'Järgmine',
    'Eelmine', 'Otse', 'Otseülekanne', 'Otseblogi', 'Kontakt', 'Kontaktid', 'Meist', 'Kasutustingimused',
    'Privaatsuspoliitika', 'Kommentaarid', 'Märksõnad', 'Tellijale', 'Tellijatele', 'Ainult tellijatele'
  ],
  followPrefixes: ['Jälgi meid', 'Jälgi meid ka', 'Jälgi', 'Liitu meiega', 'Leia meid'],
  sharePrefixes: ['Jaga', 'Jaga artiklit', 'Jaga lugu', 'Jaga sõpradega'],
  uiFragments: ['min lugemist', 'minutit lugemist', 'lugemisaeg', 'lugemise aeg', 'avaneb uues aknas', 'avaneb uuel vahelehel', 'kommentaari', 'kommentaarid', 'vaatamist'],
  promoTerms: [
    'uudiskiri', 'uudiskirja', 'uudiskirjaga', 'e-post', 'e-posti', 'postkasti', 'äpp', 'äpi', 'äppi', 'rakendus', 'rakenduse',
    'whatsapp', 'telegram', 'kanal', 'kanalit', 'google news', 'teavitused', 'podcast', 'taskuhääling', 'tellimus', 'tellimuse'
  ],
  paywallTerms: [
    'ainult tellijatele', 'artikkel on mõeldud tellijatele', 'tellijatele mõeldud', 'oled juba tellija', 'loe edasi tellijana',
    'lugemiseks hakka tellijaks', 'lugemiseks telli'
  ],
  callsToAction: ['telli', 'tellige', 'liitu', 'liituge', 'registreeru', 'laadi alla', 'lae alla', 'paigalda', 'jälgi meid', 'logi sisse', 'hakka tellijaks', 'proovi'],
  consentTerms: [
    'küpsised', 'küpsiseid', 'küpsiste', 'küpsistega', 'küpsis', 'küpsist', 'cookie', 'cookies', 'privaatsusseaded',
    'isikuandmete töötlemine', 'isikuandmete töötlemise', 'gdpr'
  ],
  emptyLabels: ['Allikas', 'Allikad', 'Märksõnad', 'Teemad', 'Autor', 'Autorid', 'Toimetaja', 'Jaga', 'Foto'],
  footerTerms: [
    'oü', 'aktsiaselts', 'osaühing', 'registrikood', 'reg. kood', 'kmkr', 'kõik õigused kaitstud', 'autoriõigus', 'copyright',
    'peatoimetaja', 'vastutav väljaandja', 'väljaandja', 'aadress', 'telefon', 'tel', 'e-post', 'kontakt', 'kontaktid',
    'kasutustingimused', 'privaatsuspoliitika', 'andmekaitsetingimused', 'küpsiste kasutamine', 'reklaami müük',
    'meediakaart', 'pressinõukogu', 'ajakirjanduseetika koodeks', 'klienditeenindus', 'logo'
  ],
  weatherTerms: [
    'ilm', 'ilmateade', 'ilmaprognoos', 'keskkonnaagentuur', 'sünoptik', 'sünoptikud', 'torm', 'tormi', 'äike', 'äikest',
    'kuumalaine', 'vihm', 'vihma', 'sademed', 'lumi', 'lund', 'lumesadu', 'tuul', 'tuult', 'puhanguti', 'temperatuur', 'kraadi',
    'soojakraadi', 'külmakraadi', 'pakane', 'päikeseline', 'pilves', 'udu', 'libedus', 'rahe'
  ],
  creditWords: ['Foto', 'Fotod', 'Pilt', 'Allikas', 'Illustratsioon', 'Graafika', 'Kuvatõmmis', 'Video', 'Arhiivifoto', 'Foto autor'],
  photoWords: ['foto', 'pilt'],
  mediaTags: ['Video', 'Videod', 'Foto', 'Fotod', 'Galerii', 'Fotogalerii', 'Pildid', 'Podcast', 'Taskuhääling', 'Audio', 'Otse', 'Otseülekanne', 'Infograafika'],
  bylinePrefixes: ['Autor', 'Autorid', 'Tekst', 'Koostas', 'Koostanud'],
  editorPrefixes: ['Toimetaja', 'Toimetajad', 'Toimetas', 'Toimetanud'],
  bylineRoles: ['bns', 'err', 'reporter', 'ajakirjanik', 'toimetaja', 'korrespondent', 'kolumnist', 'tõlge'],
  sourcePrefixes: ['Allikas', 'Allikad', 'Allikate põhjal'],
  months: [
    'jaanuar|jaanuaril|jaanuari|jaan', 'veebruar|veebruaril|veebruari|veebr', 'märts|märtsil|märtsi', 'aprill|aprillil|aprilli|apr',
    'mai|mail', 'juuni|juunil', 'juuli|juulil', 'august|augustil|augusti|aug', 'september|septembril|septembri|sept|sep',
    'oktoober|oktoobril|oktoobri|okt', 'november|novembril|novembri|nov', 'detsember|detsembril|detsembri|dets'
  ],
  weekdays: [
    'esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev', 'pühapäev', 'esmaspäeval', 'teisipäeval',
    'kolmapäeval', 'neljapäeval', 'reedel', 'laupäeval', 'pühapäeval'
  ],
  dateWords: [
    'Avaldatud', 'Uuendatud', 'Viimati uuendatud', 'Muudetud', 'Täiendatud', 'Lisatud', 'kell', 'tund', 'tundi', 'minut',
    'minutit', 'min', 'tagasi', 'täna', 'eile', 'päeva'
  ]
}
