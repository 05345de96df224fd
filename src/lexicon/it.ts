import type {Lexicon} from './types.js'

export const it: Lexicon = {
  language: 'it',
  relatedMarkers: [
    'Leggi anche', 'Articoli correlati', 'Notizie correlate', 'I più letti', 'Più letti', 'Più lette',
    'Potrebbe interessarti', 'Ti potrebbe interessare', 'Ultime notizie', 'Correlati', 'Vedi anche', 'Altre notizie',
    'In evidenza', 'Da non perdere', 'I più visti', 'Leggi di più'
  ],
  videoMarkers: ['Video', 'Ultimi video', 'I video'],
  commentMarkers: ['Commenti', 'Commenta', 'Lascia un commento'],
  weatherMarkers: ['Meteo', 'Previsioni meteo'],
  tagMarkers: ['Argomenti', 'Tag', 'Temi', 'Leggi di più su'],
  readMorePrefixes: ['Leggi anche', 'Leggi', 'Vedi anche', 'Guarda anche', 'Approfondisci'],
  homeLinks: ['Home', 'Homepage', 'Prima pagina'],
  ui: [
    'Vai al contenuto', 'Salta al contenuto', 'Caricamento', 'Attendere', 'Condividi', 'Stampa', 'Torna su',
    'Accedi', 'Registrati', 'Abbonati', 'Newsletter', 'Pubblicità', 'Menu', 'Cerca', 'Chiudi', 'Segui', 'Seguici',
    'Salva', 'Ascolta', 'Copia link', 'Versione mobile', 'Accetta', 'Accetta tutto', 'Rifiuta', 'Mostra altro',
    'Carica altro', 'Tag', 'Argomenti', 'Diretta'
  ],
  followPrefixes: ['Seguici su', 'Segui'],
  sharePrefixes: ['Condividi su', 'Condividi via', 'Condividi'],
  uiFragments: ['tempo di lettura', 'min di lettura', 'si apre in una nuova scheda'],
  promoTerms: ['newsletter', 'casella di posta', 'app', 'whatsapp', 'canale', 'telegram'],
  paywallTerms: ['riservato agli abbonati', 'già abbonato', 'abbonati per continuare a leggere', 'contenuto riservato agli abbonati'],
  callsToAction: ['iscriviti', 'abbonati', 'scarica', 'ricevi', 'segui'],
  consentTerms: ['cookie', 'cookies', 'consenso', 'privacy'],
  emptyLabels: ['Fonte', 'Fonti', 'Tag', 'Argomenti', 'Di', 'Autore', 'Condividi', 'Foto'],
  footerTerms: [
    'tutti i diritti riservati', 'diritti riservati', 'riproduzione riservata', 'informativa sulla privacy', 'privacy policy', 'cookie policy',
    'partita iva', 'p.iva', 'sede legale', 'indirizzo', 'telefono', 'tel', 'fax', 'e-mail', 'contatti',
    'direttore responsabile', 'editore', 'registrazione tribunale', 'logo', 'copyright', 'srl'
  ],
  weatherTerms: ['meteo', 'previsioni', 'maltempo', 'temporale', 'temporali', 'allerta meteo', 'ondata di caldo', 'pioggia', 'neve', 'vento', 'sole', 'nuvoloso'],
  creditWords: ['Foto', 'Immagine', 'Credito', 'Illustrazione', 'Fonte', 'Archivio'],
  photoWords: ['foto', 'immagine'],
  mediaTags: ['Video', 'Foto', 'Gallery', 'Fotogallery', 'Podcast', 'Audio', 'Diretta', 'Infografica'],
  bylinePrefixes: ['Di', 'A cura di', 'Autore'],
  editorPrefixes: ['A cura della redazione', 'Redazione'],
  bylineRoles: ['corrispondente', 'inviato', 'inviata'],
  sourcePrefixes: ['Fonte', 'Fonti'],
  months: [
    'gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug',
    'agosto|ago', 'settembre|set', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'
  ],
  weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  dateWords: ['Pubblicato', 'Aggiornato', 'Aggiornato il', 'il', 'alle', 'ore', 'fa', 'minuti']
}
