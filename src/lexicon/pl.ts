import type {Lexicon} from './types.js'

export const pl: Lexicon = {
  language: 'pl',
  relatedMarkers: [
    'Zobacz też', 'Zobacz także', 'Zobacz również', 'Czytaj też', 'Czytaj także', 'Czytaj również', 'Przeczytaj też',
    'Przeczytaj także', 'Przeczytaj również', 'Polecamy', 'Polecamy również', 'Polecane', 'Polecane artykuły', 'Polecane dla Ciebie',
    'Najczęściej czytane', 'Najchętniej czytane', 'Najpopularniejsze', 'Najpopularniejsze artykuły', 'Popularne', 'Najnowsze',
    'Najnowsze artykuły', 'Najnowsze wiadomości', 'Najważniejsze', 'Najważniejsze wiadomości', 'Powiązane', 'Powiązane artykuły',
    'Artykuły powiązane', 'Podobne artykuły', 'Więcej na ten temat', 'Więcej na temat', 'Więcej artykułów', 'Więcej wiadomości',
    'Inne artykuły', 'Pozostałe artykuły', 'Pozostałe wiadomości', 'Może Cię zainteresować', 'Może Cię również zainteresować',
    'Mogą Cię zainteresować', 'To może Cię zainteresować', 'Warto przeczytać', 'Nie przegap', 'Czytaj więcej', 'Więcej z działu',
    'Wybrane dla Ciebie', 'Z ostatniej chwili'
  ],
  videoMarkers: ['Wideo', 'Video', 'Filmy', 'Więcej wideo', 'Najnowsze wideo', 'Polecane wideo', 'Najnowsze filmy', 'Materiały wideo', 'Zobacz wideo'],
  commentMarkers: ['Komentarze', 'Skomentuj', 'Dodaj komentarz', 'Napisz komentarz', 'Zobacz komentarze', 'Pokaż komentarze', 'Komentarze czytelników', 'Dyskusja'],
  weatherMarkers: ['Pogoda', 'Prognoza pogody', 'Pogoda na dziś', 'Pogoda dziś', 'Pogoda na jutro'],
  tagMarkers: ['Tagi', 'Tematy', 'Słowa kluczowe', 'Powiązane tematy'],
  readMorePrefixes: [
    'Zobacz też', 'Zobacz także', 'Zobacz również', 'Czytaj też', 'Czytaj także', 'Czytaj również', 'Przeczytaj też',
    'Przeczytaj także', 'Przeczytaj również', 'Czytaj więcej', 'Czytaj dalej', 'Polecamy', 'Zobacz', 'Czytaj', 'Sprawdź', 'Przeczytaj'
  ],
  homeLinks: ['Strona główna', 'Home'],
  ui: [
    'Przejdź do treści', 'Przejdź do głównej treści', 'Przejdź do nawigacji', 'Pomiń nawigację', 'Ładowanie', 'Trwa ładowanie',
    'Wczytywanie', 'Proszę czekać', 'Udostępnij', 'Udostępnij artykuł', 'Podziel się', 'Drukuj', 'Wydrukuj', 'E-mail',
    'Wróć na górę', 'Do góry', 'Na górę', 'Zaloguj się', 'Zaloguj', 'Wyloguj', 'Zarejestruj się', 'Załóż konto', 'Subskrybuj',
    'Zasubskrybuj', 'Wykup subskrypcję', 'Kup subskrypcję', 'Zamów prenumeratę', 'Newsletter', 'Reklama', 'Artykuł sponsorowany',
    'Materiał sponsorowany', 'Materiał partnera', 'Menu', 'Szukaj', 'Wyszukaj', 'Zamknij', 'Strona główna', 'Obserwuj',
    'Obserwuj nas', 'Zapisz', 'Zapisz artykuł', 'Posłuchaj', 'Słuchaj', 'Posłuchaj artykułu', 'Odsłuchaj artykuł', 'Kopiuj link',
    'Skopiuj link', 'Link skopiowany', 'Wersja mobilna', 'Akceptuję', 'Akceptuj', 'Akceptuj wszystkie', 'Zaakceptuj wszystkie',
    'Odrzuć', 'Odrzuć wszystkie', 'Ustawienia', 'Ustawienia prywatności', 'Pokaż więcej', 'Załaduj więcej', 'Wczytaj więcej',
    'Zobacz więcej', 'Czytaj dalej', 'Czytaj więcej', 'Rozwiń', 'Zwiń', 'Dalsza część artykułu pod materiałem wideo',
    'Dalsza część artykułu pod wideo', 'Dalszy ciąg materiału pod wideo', 'Dalsza część artykułu pod reklamą',
    'Dalsza część tekstu pod reklamą', 'Dalsza część artykułu poniżej', 'Odtwórz', 'Odtwórz wideo', 'Odtwórz film', 'Na żywo',
    'Relacja na żywo', 'Tagi', 'Tematy', 'Poprzedni', 'Następny', 'Poprzednia', 'Następna', 'Rozmiar czcionki',
    'Pobierz aplikację', 'Kontakt', 'Zgłoś błąd', 'Komentarze', 'Zobacz galerię', 'Galeria', 'Premium'
  ],
  followPrefixes: ['Obserwuj nas na', 'Obserwuj nas w', 'Śledź nas na', 'Śledź nas w', 'Obserwuj', 'Dołącz do nas na', 'Polub nas na'],
  sharePrefixes: ['Udostępnij na', 'Udostępnij w', 'Udostępnij przez', 'Podziel się na', 'Podziel się w', 'Udostępnij'],
  uiFragments: ['min czytania', 'minut czytania', 'minuty czytania', 'czas czytania', 'otwiera się w nowej karcie', 'otwiera się w nowym oknie', 'komentarzy', 'komentarze', 'komentarz', 'wyświetleń'],
  promoTerms: [
    'newsletter', 'newslettera', 'newsletterze', 'skrzynki', 'skrzynkę', 'aplikacja', 'aplikację', 'aplikacji', 'app', 'whatsapp',
    'kanał', 'kanale', 'kanału', 'telegram', 'google news', 'wiadomości google', 'wiadomościach google', 'bądź na bieżąco',
    'powiadomienia', 'podcast', 'e-mail', 'subskrypcja', 'subskrypcję'
  ],
  paywallTerms: ['tylko dla subskrybentów', 'masz już subskrypcję', 'pozostało do przeczytania', 'czytaj dalej z subskrypcją', 'dostęp do całego artykułu'],
  callsToAction: ['zapisz się', 'zasubskrybuj', 'subskrybuj', 'pobierz', 'zainstaluj', 'dołącz', 'obserwuj', 'zarejestruj się', 'zamów', 'wykup', 'kup'],
  consentTerms: ['cookie', 'cookies', 'plików cookie', 'ciasteczka', 'ciasteczek', 'rodo', 'wyrażam zgodę', 'przetwarzanie danych', 'przetwarzania danych', 'zaufani partnerzy', 'zaufanych partnerów', 'ustawienia prywatności'],
  emptyLabels: ['Źródło', 'Źródła', 'Tagi', 'Tematy', 'Słowa kluczowe', 'Autor', 'Autorka', 'Udostępnij', 'Fot', 'Foto', 'Zdjęcie', 'Powiązane'],
  footerTerms: [
    'wszelkie prawa zastrzeżone', 'prawa zastrzeżone', 'copyright', 'sp. z o.o.', 'sp. k.', 's.a.', 'spółka akcyjna',
    'spółka z ograniczoną odpowiedzialnością', 'krs', 'nip', 'regon', 'kapitał zakładowy', 'sąd rejonowy', 'polityka prywatności',
    'polityka cookies', 'regulamin', 'kontakt', 'redaktor naczelny', 'redaktor naczelna', 'wydawca', 'adres', 'tel', 'telefon',
    'faks', 'e-mail', 'biuro reklamy', 'mapa strony', 'o nas', 'kariera', 'deklaracja dostępności', 'ochrona danych osobowych', 'logo'
  ],
  weatherTerms: [
    'pogoda', 'pogody', 'prognoza pogody', 'imgw', 'ostrzeżenia imgw', 'synoptycy', 'burza', 'burze', 'upał', 'upały', 'deszcz',
    'opady', 'opady deszczu', 'opady śniegu', 'ulewy', 'śnieg', 'śniegu', 'wiatr', 'silny wiatr', 'mróz', 'przymrozki',
    'temperatura', 'temperatury', 'stopni', 'słonecznie', 'pochmurno', 'zachmurzenie', 'grad', 'mgła', 'gołoledź'
  ],
  creditWords: ['Fot', 'Foto', 'Fotografia', 'Zdjęcie', 'Zdjęcia', 'Źródło', 'Źródło zdjęcia', 'Autor zdjęcia', 'Ilustracja', 'Grafika', 'Zdjęcie ilustracyjne', 'Wideo'],
  photoWords: ['zdjęcie', 'foto', 'fot'],
  mediaTags: ['Wideo', 'Video', 'Zdjęcia', 'Foto', 'Galeria', 'Podcast', 'Audio', 'Na żywo', 'Relacja na żywo', 'Infografika', 'Posłuchaj', 'Film'],
  bylinePrefixes: ['Autor', 'Autorka', 'Autorzy', 'Tekst', 'Opracowanie', 'Oprac', 'Napisał', 'Napisała'],
  editorPrefixes: ['Redaktor', 'Redaktorka', 'Redaktor prowadzący', 'Redaktorka prowadząca', 'Redagował', 'Redagowała', 'Redakcja', 'Korekta', 'Edycja'],
  bylineRoles: ['oprac', 'opracowanie', 'korespondent', 'korespondentka', 'reporter', 'reporterka', 'dziennikarz', 'dziennikarka', 'redakcja', 'tłumaczenie'],
  sourcePrefixes: ['Źródło', 'Źródła', 'Źródło informacji', 'Na podstawie', 'Opracowano na podstawie'],
  months: [
    'styczeń|stycznia|sty', 'luty|lutego|lut', 'marzec|marca|mar', 'kwiecień|kwietnia|kwi', 'maj|maja', 'czerwiec|czerwca|cze',
    'lipiec|lipca|lip', 'sierpień|sierpnia|sie', 'wrzesień|września|wrz', 'październik|października|paź', 'listopad|listopada|lis',
    'grudzień|grudnia|gru'
  ],
  weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela', 'pon', 'wt', 'śr', 'czw', 'pt', 'sob', 'niedz', 'nd'],
  dateWords: [
    'Opublikowano', 'Publikacja', 'Aktualizacja', 'Zaktualizowano', 'Data publikacji', 'Data aktualizacji', 'Ostatnia aktualizacja',
    'dzisiaj', 'dziś', 'wczoraj', 'temu', 'godz', 'godzinę', 'godziny', 'godzin', 'minutę', 'minuty', 'minut', 'min', 'o', 'w', 'dnia', 'r', 'roku'
  ]
}
