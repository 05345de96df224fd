import type {Lexicon} from './types.js'

// Icelandic, as printed by mbl.is, RÚV, Vísir, DV and Heimildin. Months and weekdays are written
// in lower case; datelines put the weekday in the accusative ("mánudaginn 5. janúar"). "Eftir"
// (by) is no byline prefix: it is also "after", one of the commonest first words of an Icelandic
// sentence or headline. Bylines are often "Name skrifar" (the verb after the name), which no
// field here describes. "Veðrið" (the weather) is no weather heading: headlines start with it.
export const is: Lexicon = {
  language: 'is',
  relatedMarkers: [
    'Tengdar fréttir', 'Tengd frétt', 'Tengt efni', 'Tengdar greinar', 'Fleiri fréttir', 'Fleiri greinar', 'Meira efni',
    'Annað efni', 'Meira um málið', 'Mest lesið', 'Mest lesið í dag', 'Mest lesnu fréttirnar', 'Mest lesnar fréttir',
    'Mest skoðað', 'Mest deilt', 'Nýjast', 'Nýjustu fréttir', 'Nýjustu fréttirnar', 'Nýjar fréttir', 'Helstu fréttir',
    'Vinsælt', 'Vinsælast', 'Vinsælar fréttir', 'Mælt með', 'Við mælum með', 'Ekki missa af', 'Lestu einnig',
    'Lestu líka', 'Lesa meira', 'Lestu meira', 'Sjá einnig', 'Þú gætir haft áhuga á', 'Þér gæti einnig líkað',
    'Efst á baugi'
  ],
  videoMarkers: ['Myndskeið', 'Myndbönd', 'Myndband', 'Fleiri myndbönd', 'Nýjustu myndböndin', 'Fleiri myndskeið', 'Horfa á myndband'],
  commentMarkers: ['Athugasemdir', 'Skrifa athugasemd', 'Bæta við athugasemd', 'Sýna athugasemdir', 'Ummæli', 'Skrifa ummæli'],
  weatherMarkers: ['Veður', 'Veðurspá', 'Veðurspáin', 'Veðurhorfur', 'Veðrið í dag', 'Veðrið á morgun'],
  tagMarkers: ['Efnisorð', 'Efnisflokkar', 'Flokkar', 'Tengd efnisorð'],
  readMorePrefixes: [
    'Sjá einnig', 'Sjá', 'Lestu einnig', 'Lestu líka', 'Lestu meira', 'Lesa meira', 'Tengd frétt', 'Tengt'
  ],
  homeLinks: ['Forsíða', 'Heim'],
  ui: [
    'Fara í efni', 'Fara beint í efni', 'Beint í efni', 'Hleður', 'Hleð inn', 'Augnablik', 'Deila', 'Deila frétt',
    'Deila grein', 'Deila á Facebook', 'Prenta', 'Tölvupóstur', 'Efst á síðu', 'Aftur efst', 'Til baka',
    'Innskráning', 'Skrá inn', 'Skráðu þig inn', 'Skrá út', 'Útskráning', 'Nýskráning', 'Áskrift', 'Kaupa áskrift',
    'Gerast áskrifandi', 'Fréttabréf', 'Auglýsing', 'Auglýsingar', 'Kostað efni', 'Valmynd', 'Aðalvalmynd', 'Leit',
    'Leita', 'Loka', 'Forsíða', 'Fylgdu okkur', 'Vista', 'Hlusta', 'Hlusta á fréttina', 'Hlusta á greinina',
    'Afrita hlekk', 'Afrita slóð', 'Hlekkur afritaður', 'Sýna meira', 'Sjá meira', 'Hlaða fleiri', 'Fleiri',
    'Lesa meira', 'Lesa áfram', 'Halda áfram að lesa', 'Lesa alla fréttina', 'Samþykkja', 'Samþykkja allt',
    'Samþykkja allar', 'Hafna', 'Hafna öllu', 'Stillingar', 'Vafrakökur', 'Spila', 'Spila myndband', 'Sækja appið',
    'Næsta', 'Fyrri', 'Í beinni', 'Bein útsending', 'Beint', 'Hafa samband', 'Um okkur', 'Persónuvernd',
    'Persónuverndarstefna', 'Skilmálar', 'Athugasemdir', 'Senda ábendingu', 'Ábending', 'Leturstærð', 'Stækka mynd',
    'Aðeins fyrir áskrifendur'
  ],
  followPrefixes: ['Fylgdu okkur á', 'Fylgdu okkur', 'Fylgstu með okkur á', 'Fylgstu með okkur', 'Fylgdu'],
  sharePrefixes: ['Deila á', 'Deila með', 'Deildu á', 'Deila frétt á', 'Deila grein á'],
  uiFragments: ['mín lestur', 'mínútna lestur', 'mín lestrartími', 'lestrartími', 'opnast í nýjum glugga', 'opnast í nýjum flipa', 'athugasemdir', 'ummæli'],
  promoTerms: [
    'fréttabréf', 'fréttabréfið', 'fréttabréfi', 'fréttabréfinu', 'netfang', 'netfangið', 'tölvupóst', 'tölvupósti',
    'innhólf', 'innhólfið', 'app', 'appið', 'smáforrit', 'smáforritið', 'whatsapp', 'telegram', 'hlaðvarp',
    'hlaðvarpið', 'podcast', 'tilkynningar', 'áskrift', 'google news'
  ],
  paywallTerms: [
    'aðeins fyrir áskrifendur', 'einungis fyrir áskrifendur', 'eingöngu fyrir áskrifendur', 'þarft að vera áskrifandi',
    'þarftu að vera áskrifandi', 'nú þegar áskrifandi', 'ertu áskrifandi', 'til að halda áfram að lesa',
    'til að lesa greinina', 'til að lesa fréttina'
  ],
  callsToAction: [
    'skráðu þig', 'skrá mig', 'gerast áskrifandi', 'gerstu áskrifandi', 'kauptu áskrift', 'sæktu', 'sæktu appið',
    'hlaða niður', 'fylgdu okkur', 'prófaðu frítt', 'vertu með', 'smelltu hér'
  ],
  consentTerms: ['vafrakökur', 'vafrakökum', 'vafrakaka', 'vafrakökurnar', 'vafrakökustefna', 'kökustillingar', 'cookies'],
  emptyLabels: ['Heimild', 'Heimildir', 'Efnisorð', 'Flokkar', 'Höfundur', 'Höfundar', 'Blaðamaður', 'Ljósmynd', 'Mynd', 'Myndir', 'Deila'],
  footerTerms: [
    'ehf', 'hf', 'ohf', 'kt', 'kennitala', 'aðalritstjóri', 'ritstjórn', 'ábyrgðarmaður',
    'ábyrgðarmenn', 'heimilisfang', 'sími', 'netfang', 'hafa samband', 'um okkur', 'persónuvernd',
    'persónuverndarstefna', 'vafrakökur', 'skilmálar', 'notkunarskilmálar', 'öll réttindi áskilin',
    'allur réttur áskilinn', 'copyright', 'auglýsingadeild', 'áskriftardeild', 'logo'
  ],
  weatherTerms: [
    'veður', 'veðrið', 'veðurspá', 'veðurspáin', 'veðurstofa', 'veðurstofan', 'veðurstofu', 'veðurfræðingur',
    'óveður', 'óveðrið', 'stormur', 'hvassviðri', 'gul viðvörun', 'appelsínugul viðvörun', 'rauð viðvörun',
    'rigning', 'rigningu', 'snjókoma', 'snjókomu', 'slydda', 'slyddu', 'úrkoma', 'úrkomu', 'hríð', 'stórhríð',
    'lægð', 'lægðin', 'frost', 'hitastig', 'skýjað', 'léttskýjað', 'hálka', 'vindur'
  ],
  creditWords: [
    'Ljósmynd', 'Mynd', 'Myndir', 'Ljósmyndari', 'Aðsend', 'Aðsend mynd', 'Samsett mynd', 'Samsett', 'Skjáskot',
    'Skjámynd', 'Teikning', 'Heimild', 'Myndskeið', 'Myndband'
  ],
  photoWords: ['mynd'],
  mediaTags: ['Myndband', 'Myndbönd', 'Myndskeið', 'Myndir', 'Myndasyrpa', 'Myndaalbúm', 'Hlaðvarp', 'Í beinni', 'Beint'],
  bylinePrefixes: ['Höfundur', 'Höfundar', 'Texti', 'Texti og myndir', 'Umsjón'],
  editorPrefixes: ['Ritstjóri', 'Ritstýrt af'],
  bylineRoles: ['blaðamaður', 'fréttamaður', 'fréttaritari', 'ritstjóri', 'ljósmyndari', 'þýðing', 'samantekt', 'pistlahöfundur'],
  sourcePrefixes: ['Heimild', 'Heimildir'],
  months: [
    'janúar|jan', 'febrúar|feb', 'mars|mar', 'apríl|apr', 'maí', 'júní|jún', 'júlí|júl', 'ágúst|ág|ágú',
    'september|sep|sept', 'október|okt', 'nóvember|nóv', 'desember|des'
  ],
  weekdays: [
    'mánudagur', 'þriðjudagur', 'miðvikudagur', 'fimmtudagur', 'föstudagur', 'laugardagur', 'sunnudagur',
    'mánudaginn', 'þriðjudaginn', 'miðvikudaginn', 'fimmtudaginn', 'föstudaginn', 'laugardaginn', 'sunnudaginn',
    'mánudag', 'þriðjudag', 'miðvikudag', 'fimmtudag', 'föstudag', 'laugardag', 'sunnudag',
    'mán', 'þri', 'mið', 'fim', 'fös', 'lau', 'sun'
  ],
  dateWords: [
    'Birt', 'Birtist', 'Uppfært', 'Síðast uppfært', 'Breytt', 'í dag', 'í gær', 'kl', 'klukkan', 'fyrir', 'síðan',
    'klst', 'klukkustundum', 'klukkustund', 'mínútum', 'mínútu', 'mín', 'dögum', 'degi'
  ]
}
