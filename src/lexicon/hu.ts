import type {Lexicon} from './types.js'

export const hu: Lexicon = {
  language: 'hu',
  relatedMarkers: [
    'Kapcsolódó cikkek', 'Kapcsolódó', 'Kapcsolódó hírek', 'Kapcsolódó cikk', 'Hasonló cikkek', 'Ajánlott cikkek', 'Ajánlott',
    'Ajánló', 'Ajánljuk', 'Ezt is ajánljuk', 'Címlapról ajánljuk', 'Legolvasottabb', 'Legolvasottabbak', 'Legolvasottabb cikkek',
    'Legolvasottabb hírek', 'Legtöbbet olvasott', 'Legnépszerűbb', 'Legnépszerűbb cikkek', 'Népszerű', 'Legfrissebb',
    'Legfrissebb hírek', 'Legfrissebb cikkek', 'Legújabb', 'Legújabb cikkek', 'Friss hírek', 'További cikkek', 'További hírek',
    'Még több hír', 'Ezek is érdekelhetik', 'Ez is érdekelheti', 'Ez is érdekelhet', 'Ezt is olvassa el', 'Ezt is olvasd el',
    'Olvasta már?', 'Érdemes elolvasni', 'Ne maradjon le', 'Ne hagyd ki', 'Kiemelt cikkek', 'Kiemelt hírek', 'Szerkesztő ajánlja',
    'A szerkesztőség ajánlja', 'A rovat további hírei', 'A rovat további cikkei', 'Hírek a témában'
  ],
  videoMarkers: ['Videó', 'Videók', 'További videók', 'Legfrissebb videók', 'Kapcsolódó videók', 'Videóajánló', 'Nézze meg a videót'],
  commentMarkers: [
    'Hozzászólások', 'Hozzászólás', 'Kommentek', 'Kommentelés', 'Hozzászólok', 'Szólj hozzá', 'Szóljon hozzá',
    'Hozzászólások megtekintése', 'Kommentek megjelenítése', 'Olvasói vélemények'
  ],
  weatherMarkers: ['Időjárás', 'Időjárás-előrejelzés', 'Mai időjárás', 'Az időjárás'],
  tagMarkers: ['Címkék', 'Címke', 'Cimkék', 'Témák', 'Kulcsszavak', 'Kapcsolódó témák', 'Téma'],
  readMorePrefixes: [
    'Kapcsolódó', 'Kapcsolódó cikk', 'Ezt is ajánljuk', 'Ajánljuk', 'Olvassa el', 'Olvasd el', 'Ezt is olvassa el',
    'Ezt is olvasd el', 'Ez is érdekelheti', 'Olvasta már', 'Bővebben', 'Erről bővebben', 'Tovább', 'Tovább olvasom'
  ],
  homeLinks: ['Címlap', 'Főoldal', 'Nyitóoldal', 'Kezdőlap', 'Home'],
  ui: [
    'Ugrás a tartalomra', 'Ugrás a fő tartalomra', 'Ugrás a tartalomhoz', 'Tovább a tartalomra', 'Navigáció átugrása', 'Betöltés',
    'Töltődik', 'Kérjük, várjon', 'Megosztás', 'Megosztom', 'Cikk megosztása', 'Nyomtatás', 'E-mail', 'Vissza a tetejére',
    'Belépés', 'Bejelentkezés', 'Kijelentkezés', 'Regisztráció', 'Regisztrálok', 'Feliratkozás', 'Feliratkozom', 'Előfizetés',
    'Előfizetek', 'Hírlevél', 'Hirdetés', 'Reklám', 'Szponzorált tartalom', 'Támogatott tartalom', 'Menü', 'Keresés', 'Bezárás',
    'Címlap', 'Követés', 'Kövess minket', 'Kövessen minket', 'Mentés', 'Elmentem', 'Meghallgatom', 'Cikk meghallgatása',
    'Hallgassa meg a cikket', 'Link másolása', 'Link kimásolva', 'Mobil nézet', 'Asztali nézet', 'Elfogadom', 'Összes elfogadása',
    'Mindet elfogadom', 'Elutasítom', 'Beállítások', 'Több betöltése', 'Továbbiak', 'Tovább', 'Tovább olvasom', 'Olvasson tovább',
    'Cikk folytatása', 'A cikk a hirdetés után folytatódik', 'Lejátszás', 'Videó lejátszása', 'Élő', 'Élő közvetítés',
    'Percről percre', 'Címkék', 'Előző', 'Következő', 'Betűméret', 'Töltse le az alkalmazást', 'Kapcsolat', 'Impresszum',
    'Adatvédelem', 'Hibát találtam', 'Hibát talált?', 'Támogatom', 'Támogass minket', 'Támogasson minket', 'Hozzászólások'
  ],
  followPrefixes: ['Kövessen minket a', 'Kövess minket a', 'Kövessen minket', 'Kövess minket', 'Kövesse a', 'Kövesd a', 'Csatlakozzon hozzánk a'],
  sharePrefixes: ['Megosztás', 'Megosztás a', 'Megosztom', 'Oszd meg', 'Ossza meg'],
  uiFragments: ['perc olvasás', 'perces olvasás', 'olvasási idő', 'perc olvasási idő', 'új lapon nyílik meg', 'új ablakban nyílik meg', 'hozzászólás', 'komment', 'megtekintés'],
  promoTerms: [
    'hírlevél', 'hírlevelünk', 'hírlevelünkre', 'hírlevelet', 'postafiók', 'postafiókjába', 'alkalmazás', 'alkalmazást',
    'applikáció', 'app', 'whatsapp', 'csatorna', 'csatornánk', 'csatornájára', 'telegram', 'google news', 'értesítés',
    'értesítések', 'podcast', 'e-mail', 'előfizetés'
  ],
  paywallTerms: ['csak előfizetőknek', 'már előfizető', 'olvassa tovább előfizetéssel'],
  callsToAction: [
    'iratkozzon fel', 'iratkozz fel', 'feliratkozom', 'feliratkozás', 'fizessen elő', 'fizess elő', 'előfizetek', 'töltse le',
    'töltsd le', 'letöltés', 'telepítse', 'kövessen', 'kövess', 'csatlakozzon', 'csatlakozz', 'regisztráljon', 'támogasson', 'támogass'
  ],
  consentTerms: ['cookie', 'cookies', 'cookie-k', 'cookie-kat', 'süti', 'sütik', 'sütiket', 'sütit', 'adatkezelési tájékoztató', 'adatvédelmi beállítások', 'gdpr'],
  emptyLabels: ['Forrás', 'Források', 'Címkék', 'Címke', 'Témák', 'Kulcsszavak', 'Rovat', 'Szerző', 'Szerzők', 'Megosztás', 'Fotó', 'Kép'],
  footerTerms: [
    'minden jog fenntartva', 'copyright', 'kft', 'zrt', 'nyrt', 'impresszum', 'adatvédelem', 'adatvédelmi tájékoztató',
    'adatkezelési tájékoztató', 'felhasználási feltételek', 'általános szerződési feltételek', 'ászf', 'süti beállítások',
    'cookie-szabályzat', 'kapcsolat', 'telefon', 'tel', 'fax', 'e-mail', 'főszerkesztő', 'felelős szerkesztő', 'felelős kiadó',
    'kiadja', 'szerkesztőség', 'médiaajánlat', 'hirdetési lehetőségek', 'rólunk', 'karrier', 'oldaltérkép', 'nmhh', 'issn',
    'cégjegyzékszám', 'adószám', 'logó', 'logo'
  ],
  weatherTerms: [
    'időjárás', 'időjárás-előrejelzés', 'előrejelzés', 'hungaromet', 'országos meteorológiai szolgálat', 'eső', 'esős', 'zápor',
    'záporok', 'zivatar', 'zivatarok', 'havazás', 'hó', 'szél', 'széllökések', 'viharos szél', 'vihar', 'hőmérséklet', 'hőség',
    'kánikula', 'hőségriasztás', 'fok', 'fagy', 'ónos eső', 'köd', 'napos', 'felhős', 'borult', 'jégeső', 'hidegfront',
    'sárga figyelmeztetés', 'narancs figyelmeztetés'
  ],
  creditWords: [
    'Fotó', 'Fotók', 'Fénykép', 'Kép', 'Forrás', 'Illusztráció', 'Illusztrációs kép', 'Nyitókép', 'Címlapkép', 'Borítókép',
    'Képernyőkép', 'Grafika', 'Videó', 'Archív'
  ],
  photoWords: ['fotó', 'kép', 'fénykép'],
  mediaTags: ['Videó', 'Videók', 'Videóval', 'Fotók', 'Galéria', 'Képgaléria', 'Podcast', 'Audio', 'Élő', 'Percről percre', 'Infografika'],
  bylinePrefixes: ['Szerző', 'Szerzők', 'Írta', 'Szöveg'],
  editorPrefixes: ['Szerkesztő', 'Szerkesztette', 'Felelős szerkesztő', 'Szerk'],
  bylineRoles: ['tudósító', 'munkatárs', 'szerkesztő', 'újságíró', 'fordította', 'fordítás', 'összeállítás', 'szerk'],
  sourcePrefixes: ['Forrás', 'Források'],
  months: [
    'január|jan', 'február|febr|feb', 'március|márc', 'április|ápr', 'május|máj', 'június|jún', 'július|júl', 'augusztus|aug',
    'szeptember|szept|szep', 'október|okt', 'november|nov', 'december|dec'
  ],
  weekdays: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
  dateWords: [
    'Publikálva', 'Közzétéve', 'Megjelent', 'Frissítve', 'Frissítés', 'Utolsó frissítés', 'Módosítva', 'ma', 'tegnap', 'órája',
    'perce', 'napja', 'óra', 'perc', 'órakor', 'ezelőtt'
  ]
}
