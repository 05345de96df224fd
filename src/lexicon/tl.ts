import type {Lexicon} from './types.js'

// Tagalog/Filipino, as printed by Abante, Pilipino Star Ngayon, Balita, Bombo Radyo and the
// Tagalog pages of GMA News and ABS-CBN. These portals mix in English chrome ("Advertisement",
// "Share", "Related"), which en.ts holds. "Ni" (by) is no byline prefix: it also starts Tagalog
// sentences ("Ni isa…") and is a common first word in Spanish, Catalan, Croatian, Slovenian and
// Swahili; a capitalised "Ni Juan dela Cruz" between the title and the text is read as a bare
// name line. "Alamin", "Panoorin" and "Pakinggan" are no read-more prefixes: portals head whole
// stories with them ("ALAMIN: …"). "Panahon" (weather, but also time, season) heads no weather box alone.
export const tl: Lexicon = {
  language: 'tl',
  relatedMarkers: [
    'Mga kaugnay na balita', 'Kaugnay na balita', 'Kaugnay na mga balita', 'Mga kaugnay na artikulo', 'Kaugnay na artikulo',
    'Kaugnay', 'Iba pang balita', 'Iba pang mga balita', 'Karagdagang balita', 'Higit pang balita', 'Pinakabagong balita',
    'Mga pinakabagong balita', 'Pinakabago', 'Pinakahuling balita', 'Mga huling balita', 'Nangungunang balita',
    'Mga nangungunang balita', 'Pinakabasa', 'Pinakabinasa', 'Pinakamaraming nagbasa', 'Pinakapopular', 'Pinakasikat',
    'Basahin din', 'Basahin pa', 'Huwag palampasin', 'Inirerekomenda', 'Inirerekomenda para sa iyo',
    'Baka magustuhan mo rin', 'Maaari mo ring magustuhan', 'Baka interesado ka rin', 'Iba pang artikulo'
  ],
  videoMarkers: ['Mga video', 'Mga bidyo', 'Iba pang video', 'Pinakabagong video', 'Panoorin', 'Panoorin ang video', 'Panoorin din'],
  commentMarkers: [
    'Mga komento', 'Komento', 'Mag-komento', 'Magkomento', 'Mag-iwan ng komento', 'Tingnan ang mga komento',
    'Ibahagi ang iyong komento', 'Ano ang masasabi mo'
  ],
  weatherMarkers: ['Lagay ng panahon', 'Taya ng panahon', 'Ulat panahon', 'Ulat-panahon'],
  tagMarkers: ['Mga tag', 'Mga paksa', 'Paksa', 'Mga kaugnay na paksa', 'Kaugnay na paksa'],
  readMorePrefixes: [
    'Basahin', 'Basahin din', 'Basahin pa', 'Basahin ang buong balita', 'Basahin ang buong artikulo', 'Kaugnay na balita',
    'Kaugnay', 'Tingnan din', 'Panoorin din'
  ],
  homeLinks: ['Tahanan', 'Unang pahina', 'Pangunahing pahina'],
  ui: [
    'Lumaktaw sa nilalaman', 'Laktawan', 'Pumunta sa nilalaman', 'Naglo-load', 'Sandali lang', 'Mangyaring maghintay',
    'Ibahagi', 'Ibahagi ang artikulong ito', 'Ibahagi ang balitang ito', 'I-share', 'I-print', 'Bumalik sa itaas',
    'Mag-login', 'Mag-log in', 'Mag-sign in', 'Mag-sign up', 'Magparehistro', 'Mag-subscribe', 'Patalastas', 'Menu',
    'Maghanap', 'Hanapin', 'Isara', 'Tahanan', 'Sundan', 'Sundan kami', 'I-follow', 'I-save', 'Pakinggan',
    'Pakinggan ang balita', 'Pakinggan ang artikulo', 'Kopyahin ang link', 'Nakopya ang link', 'Tingnan ang higit pa',
    'Higit pa', 'Ipakita pa', 'Magpakita ng higit pa', 'Mag-load pa', 'Magbasa pa', 'Ituloy ang pagbasa',
    'Ipagpatuloy ang pagbabasa', 'Ituloy ang pagbasa sa ibaba', 'Ituloy ang pagbabasa sa ibaba', 'Tanggapin', 'Tanggapin lahat', 'Tanggapin ang lahat', 'Tanggihan',
    'Tanggihan lahat', 'Mga setting', 'I-play', 'I-download ang app', 'Susunod', 'Nakaraan', 'Makipag-ugnayan sa amin',
    'Tungkol sa amin', 'Patakaran sa privacy', 'Mga tuntunin at kundisyon', 'Mga komento', 'Mga tag', 'Mga paksa'
  ],
  followPrefixes: ['Sundan kami sa', 'Sundan kami', 'Sundan', 'I-follow kami sa', 'I-follow ang', 'I-like kami sa', 'Sumali sa aming'],
  sharePrefixes: ['Ibahagi sa', 'Ibahagi ito sa', 'Ibahagi', 'I-share sa'],
  uiFragments: ['minutong pagbasa', 'minutong basa', 'oras ng pagbasa', 'bubukas sa bagong tab', 'bubukas sa bagong window', 'mga komento'],
  promoTerms: [
    'newsletter', 'email', 'inbox', 'app', 'aplikasyon', 'whatsapp', 'viber', 'messenger', 'telegram', 'channel',
    'google news', 'notipikasyon', 'podcast'
  ],
  paywallTerms: ['para sa mga subscriber lamang', 'para lamang sa mga subscriber', 'mag-subscribe upang magpatuloy', 'mag-subscribe para mabasa'],
  callsToAction: [
    'mag-subscribe', 'mag-sign up', 'magparehistro', 'i-download', 'i-install', 'sundan kami', 'i-follow kami',
    'sumali sa aming', 'pindutin'
  ],
  consentTerms: ['cookies', 'cookie', 'patakaran sa cookie'],
  emptyLabels: ['Pinagmulan', 'Pinagkunan', 'Mga tag', 'Paksa', 'Mga paksa', 'Ibahagi', 'Larawan', 'Awtor', 'May-akda'],
  footerTerms: [
    'inc', 'corp', 'corporation', 'lahat ng karapatan ay nakalaan', 'karapatang-ari', 'copyright', 'all rights reserved',
    'telepono', 'tel', 'email', 'makipag-ugnayan sa amin', 'tungkol sa amin', 'patakaran sa privacy',
    'mga tuntunin at kundisyon', 'tuntunin ng paggamit', 'punong patnugot', 'mag-advertise', 'logo'
  ],
  weatherTerms: [
    'lagay ng panahon', 'taya ng panahon', 'bagyo', 'bagyong', 'ulan', 'pag-ulan', 'malakas na ulan', 'habagat',
    'amihan', 'baha', 'pagbaha', 'low pressure area', 'lpa', 'pagasa', 'signal no', 'buhawi', 'kidlat', 'kulog',
    'heat index', 'temperatura', 'maulap', 'maaraw', 'storm signal', 'gale warning', 'tropical depression'
  ],
  creditWords: ['Larawan', 'Mga larawan', 'Kuha', 'Kuha ni', 'Kuhang larawan', 'Litrato', 'Pinagmulan', 'Screengrab', 'Video', 'Bidyo'],
  photoWords: ['larawan', 'litrato'],
  mediaTags: ['Video', 'Bidyo', 'Panoorin', 'Mga larawan', 'Live', 'Podcast'],
  bylinePrefixes: ['Isinulat ni', 'Sinulat ni', 'Awtor', 'May-akda'],
  editorPrefixes: ['Patnugot', 'Inedit ni', 'In-edit ni'],
  bylineRoles: ['reporter', 'koresponsal', 'kontribyutor', 'salin', 'isinalin', 'patnugot'],
  sourcePrefixes: ['Pinagmulan', 'Pinagkunan'],
  months: [
    'Enero|Ene', 'Pebrero|Peb|Febrero', 'Marso|Mar', 'Abril|Abr', 'Mayo', 'Hunyo|Hun', 'Hulyo|Hul', 'Agosto|Ago',
    'Setyembre|Set|Septiyembre|Setiyembre', 'Oktubre|Okt|Octubre', 'Nobyembre|Nob|Noviembre', 'Disyembre|Dis|Diciembre'
  ],
  weekdays: ['Lunes', 'Martes', 'Miyerkules', 'Miyerkoles', 'Huwebes', 'Biyernes', 'Sabado', 'Linggo'],
  dateWords: [
    'Inilathala', 'Nai-publish', 'Na-update', 'Huling na-update', 'In-update', 'ngayong araw', 'ngayon', 'kahapon',
    'nakalipas', 'na ang nakalipas', 'ang nakalipas', 'oras', 'minuto', 'araw', 'noong', 'ika', 'umaga', 'tanghali',
    'hapon', 'gabi'
  ]
}
