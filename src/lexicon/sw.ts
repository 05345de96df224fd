import type {Lexicon} from './types.js'

// Swahili, as printed in Tanzania and Kenya (Mwananchi, Taifa Leo, Mwanaspoti) and by the
// international services (BBC Swahili, VOA Swahili). "Na" (by) is no byline prefix: it is also
// "and"/"with", an ordinary start of a Swahili sentence, and a common first word in Slavic languages.
export const sw: Lexicon = {
  language: 'sw',
  relatedMarkers: [
    'Habari zinazohusiana', 'Habari zinazofanana', 'Makala zinazohusiana', 'Taarifa zinazohusiana', 'Habari zaidi',
    'Habari nyingine', 'Habari nyinginezo', 'Habari mpya', 'Habari mpya zaidi', 'Habari za hivi punde', 'Hivi punde',
    'Habari kuu', 'Habari motomoto', 'Zilizosomwa zaidi', 'Zinazosomwa zaidi', 'Habari zilizosomwa zaidi',
    'Zilizotazamwa zaidi', 'Maarufu', 'Maarufu zaidi', 'Zinazovuma', 'Soma zaidi', 'Soma pia', 'Pia soma',
    'Unaweza pia kusoma', 'Pia unaweza kusoma', 'Unaweza pia kupenda', 'Usikose', 'Chaguo la mhariri',
    'Zaidi kuhusu habari hii', 'Zaidi kuhusu taarifa hii'
  ],
  videoMarkers: ['Video', 'Video zaidi', 'Video mpya', 'Video zinazohusiana', 'Tazama video', 'Tazama zaidi'],
  commentMarkers: ['Toa maoni', 'Acha maoni', 'Andika maoni', 'Ongeza maoni', 'Tazama maoni', 'Onyesha maoni', 'Maoni ya wasomaji', 'Maoni yako'],
  weatherMarkers: ['Hali ya hewa', 'Utabiri wa hali ya hewa', 'Hali ya hewa leo', 'Hali ya hewa kesho'],
  tagMarkers: ['Mada', 'Mada zinazohusiana', 'Maneno muhimu', 'Vitambulisho', 'Lebo'],
  readMorePrefixes: [
    'Soma zaidi', 'Soma pia', 'Pia soma', 'Soma hii', 'Soma', 'Unaweza pia kusoma', 'Pia unaweza kusoma',
    'Habari nyingine', 'Tazama pia', 'Angalia pia', 'Tazama', 'Tazama video', 'Sikiliza'
  ],
  homeLinks: ['Nyumbani', 'Ukurasa wa nyumbani', 'Ukurasa wa mwanzo', 'Ukurasa mkuu'],
  ui: [
    'Zaidi kutoka kwa mwandishi huyu', 'Habari zaidi za mwandishi huyu',
    'Ruka hadi maudhui', 'Ruka hadi maudhui kuu', 'Nenda kwenye maudhui', 'Inapakia', 'Tafadhali subiri', 'Shiriki',
    'Shiriki habari hii', 'Shiriki makala hii', 'Sambaza', 'Chapisha', 'Tuma', 'Rudi juu', 'Ingia', 'Jisajili',
    'Jiandikishe', 'Jiunge', 'Toka', 'Tangazo', 'Matangazo', 'Imedhaminiwa', 'Menyu', 'Tafuta', 'Funga', 'Nyumbani',
    'Tufuate', 'Hifadhi', 'Sikiliza', 'Sikiliza habari hii', 'Nakili kiungo', 'Kiungo kimenakiliwa', 'Onyesha zaidi',
    'Pakia zaidi', 'Zaidi', 'Tazama zaidi', 'Soma zaidi', 'Soma habari kamili', 'Endelea kusoma', 'Bofya hapa',
    'Kubali', 'Nakubali', 'Kubali zote', 'Kataa', 'Kataa zote', 'Mipangilio', 'Pakua programu', 'Pakua app',
    'Menyu kuu', 'Ripoti kosa', 'Inayofuata', 'Iliyotangulia', 'Iliyopita', 'Mubashara', 'Moja kwa moja',
    'Wasiliana nasi', 'Kuhusu sisi', 'Kutuhusu', 'Sera ya faragha', 'Masharti ya matumizi', 'Maoni',
    'Maelezo ya picha', 'Chanzo cha picha', 'Maelezo ya video', 'Habari zaidi za mwandishi', 'Zaidi kutoka kwa mwandishi'
  ],
  followPrefixes: ['Tufuate kwenye', 'Tufuate', 'Tufuatilie kwenye', 'Tufuatilie', 'Jiunge nasi kwenye', 'Fuatilia'],
  sharePrefixes: ['Shiriki kwenye', 'Shiriki kupitia', 'Shiriki', 'Sambaza kwenye', 'Sambaza kupitia'],
  uiFragments: ['dakika kusoma', 'dakika za kusoma', 'muda wa kusoma'],
  promoTerms: [
    'jarida', 'barua pepe', 'programu', 'app', 'whatsapp', 'telegram', 'chaneli', 'channel', 'google news', 'podikasti',
    'podcast', 'arifa', 'usajili'
  ],
  paywallTerms: ['jisajili ili kuendelea kusoma', 'ingia ili kuendelea kusoma', 'kwa wanachama pekee', 'kwa waliojisajili pekee'],
  callsToAction: ['jiunge', 'jiunge nasi', 'jisajili', 'jiandikishe', 'pakua', 'sakinisha', 'tufuate', 'fuatilia', 'bofya', 'bonyeza'],
  consentTerms: ['vidakuzi', 'kuki', 'cookies', 'cookie', 'ridhaa', 'idhini yako'],
  emptyLabels: ['Chanzo', 'Mada', 'Mwandishi', 'Shiriki', 'Picha', 'Lebo', 'Maneno muhimu'],
  footerTerms: [
    'limited', 'ltd', 'haki zote zimehifadhiwa', 'hakimiliki', 'anwani', 's.l.p.', 'sanduku la posta', 'barua pepe',
    'wasiliana nasi', 'kuhusu sisi', 'sera ya faragha', 'masharti ya matumizi', 'mhariri mkuu', 'mchapishaji',
    'tangaza nasi', 'copyright', 'logo'
  ],
  weatherTerms: [
    'hali ya hewa', 'utabiri wa hali ya hewa', 'mvua', 'mvua kubwa', 'mvua za masika', 'masika', 'vuli', 'dhoruba',
    'kimbunga', 'upepo mkali', 'upepo', 'joto', 'baridi', 'nyuzi joto', 'jua kali', 'mawingu', 'mafuriko', 'tma', 'kmd'
  ],
  creditWords: ['Picha', 'Chanzo cha picha', 'Chanzo', 'Kwa hisani ya', 'Mpiga picha', 'Picha ya maktaba', 'Maktaba', 'Mchoro', 'Video'],
  photoWords: ['picha'],
  mediaTags: ['Video', 'Picha', 'Sauti', 'Podikasti', 'Podcast', 'Mubashara', 'Moja kwa moja', 'Live', 'Katuni'],
  bylinePrefixes: ['Mwandishi', 'Imeandikwa na', 'Kimeandikwa na'],
  editorPrefixes: ['Mhariri', 'Imehaririwa na'],
  bylineRoles: ['mwandishi wa habari', 'mhariri', 'mtafsiri', 'tafsiri', 'ripota'],
  sourcePrefixes: ['Chanzo'],
  months: [
    'Januari|Jan', 'Februari|Feb', 'Machi|Mar', 'Aprili|Apr', 'Mei', 'Juni|Jun', 'Julai|Jul', 'Agosti',
    'Septemba|Sep|Sept', 'Oktoba|Okt', 'Novemba|Nov', 'Desemba|Des'
  ],
  weekdays: ['Jumatatu', 'Jumanne', 'Jumatano', 'Alhamisi', 'Ijumaa', 'Jumamosi', 'Jumapili'],
  dateWords: [
    'Imechapishwa', 'Ilichapishwa', 'Imesasishwa', 'Ilisasishwa', 'Imeboreshwa', 'Imewekwa', 'Tarehe', 'saa', 'dakika',
    'zilizopita', 'iliyopita', 'siku', 'leo', 'jana', 'asubuhi', 'mchana', 'jioni', 'usiku', 'EAT'
  ]
}
