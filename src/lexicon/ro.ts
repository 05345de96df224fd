import type {Lexicon} from './types.js'

// Romanian portals write ș and ț with a comma, with a cedilla (ş, ţ) or without marks: the
// phrases portals print most are listed in those spellings too.
export const ro: Lexicon = {
  language: 'ro',
  relatedMarkers: [
    'Citește și', 'Citeşte şi', 'Citeste si', 'Articole similare', 'Articole asemănătoare', 'Articole recomandate',
    'Articole relaționate', 'Știri similare', 'Ştiri similare', 'Știri asemănătoare', 'Cele mai citite', 'Cele mai citite știri',
    'Cele mai citite ştiri', 'Cele mai noi', 'Cele mai noi știri', 'Cele mai recente', 'Cele mai vizualizate', 'Cele mai populare',
    'Ultimele știri', 'Ultimele ştiri', 'Ultima oră', 'Știri recente', 'Recomandări', 'Recomandarea editorului',
    'Alegerea editorilor', 'Te-ar putea interesa', 'Ți-ar putea plăcea', 'S-ar putea să te intereseze', 'Vă recomandăm',
    'Recomandăm', 'Mai multe știri', 'Alte știri', 'Alte articole', 'Din aceeași categorie', 'Din aceeaşi categorie',
    'Pe aceeași temă', 'Nu rata', 'Top știri', 'Știrile zilei', 'Ştirile zilei', 'Știri de la parteneri', 'Populare'
  ],
  videoMarkers: ['Video', 'Videouri', 'Clipuri video', 'Mai multe video', 'Ultimele video', 'Video recomandate', 'Galerie video'],
  commentMarkers: [
    'Comentarii', 'Comentează', 'Lasă un comentariu', 'Adaugă un comentariu', 'Scrie un comentariu', 'Vezi comentariile',
    'Afișează comentariile', 'Comentarii cititori', 'Discuție'
  ],
  weatherMarkers: ['Vremea', 'Prognoza meteo', 'Meteo', 'Vremea azi', 'Vremea de mâine', 'Starea vremii', 'Prognoza vremii'],
  tagMarkers: ['Etichete', 'Taguri', 'Tag-uri', 'Subiecte', 'Cuvinte cheie', 'Subiecte relevante', 'Teme', 'Mai mult despre'],
  readMorePrefixes: [
    'Citește și', 'Citeşte şi', 'Citeste si', 'Citiți și', 'Citește mai mult', 'Citește continuarea', 'Citește', 'Vezi și',
    'Vezi şi', 'Vezi si', 'Vezi', 'Vezi aici', 'Citește aici', 'Află mai multe', 'Vă recomandăm', 'Recomandare', 'Urmărește'
  ],
  homeLinks: ['Acasă', 'Acasa', 'Prima pagină', 'Pagina principală', 'Home'],
  ui: [
    'Sari la conținut', 'Salt la conținut', 'Treci la conținut', 'Mergi la conținut', 'Sari la conținutul principal', 'Se încarcă',
    'Încărcare', 'Vă rugăm așteptați', 'Distribuie', 'Distribuie articolul', 'Trimite', 'Printează', 'Tipărește', 'Email',
    'Sus', 'Înapoi sus', 'Mergi sus', 'Autentificare', 'Conectare', 'Intră în cont', 'Logare', 'Înregistrare',
    'Înregistrează-te', 'Creează cont', 'Abonează-te', 'Abonare', 'Newsletter', 'Publicitate', 'Reclamă', 'Advertorial',
    'Articol susținut', 'Conținut sponsorizat', 'Meniu', 'Caută', 'Căutare', 'Închide', 'Acasă', 'Urmărește', 'Salvează',
    'Ascultă', 'Ascultă articolul', 'Ascultă știrea', 'Copiază link-ul', 'Copiază linkul', 'Link copiat', 'Versiunea mobilă',
    'Acceptă', 'Acceptă tot', 'Accept toate', 'Sunt de acord', 'Refuz', 'Respinge', 'Setări', 'Vezi mai mult', 'Vezi mai multe',
    'Încarcă mai multe', 'Citește mai departe', 'Citește mai mult', 'Citește continuarea', 'Continuarea articolului',
    'Articolul continuă după reclamă', 'Articolul continuă mai jos', 'Redă video', 'Urmărește video', 'Live', 'Live text',
    'În direct', 'Etichete', 'Anterior', 'Următorul', 'Articolul anterior', 'Articolul următor', 'Mărime text',
    'Descarcă aplicația', 'Politica de confidențialitate', 'Termeni și condiții', 'Raportează o greșeală', 'Comentarii'
  ],
  followPrefixes: [
    'Urmărește-ne pe', 'Urmăriți-ne pe', 'Urmărește-ne și pe', 'Ne găsești și pe', 'Urmărește știrile', 'Urmărește-ne',
    'Urmărește', 'Urmăriți', 'Fii la curent cu'
  ],
  sharePrefixes: ['Distribuie pe', 'Distribuie prin', 'Partajează pe', 'Share pe', 'Trimite pe', 'Trimite prin', 'Distribuie'],
  uiFragments: ['min citire', 'minute citire', 'min de citire', 'minute de citire', 'timp de citire', 'timp de lectură', 'minute de lectură', 'se deschide într-o filă nouă', 'se deschide într-o fereastră nouă', 'comentarii', 'vizualizări', 'afișări'],
  promoTerms: [
    'newsletter', 'newsletterul', 'inbox', 'aplicația', 'aplicatia', 'aplicației', 'app', 'whatsapp', 'canal', 'canalul', 'canalului',
    'telegram', 'google news', 'notificări', 'podcast', 'e-mail', 'email', 'abonament'
  ],
  paywallTerms: ['doar pentru abonați', 'ești deja abonat', 'abonează-te pentru a citi'],
  callsToAction: ['abonează-te', 'abonați-vă', 'înscrie-te', 'înregistrează-te', 'descarcă', 'instalează', 'urmărește', 'urmăriți', 'alătură-te', 'click aici', 'apasă aici', 'dă click', 'fii la curent'],
  consentTerms: ['cookie', 'cookies', 'cookie-uri', 'cookie-urile', 'module cookie', 'politica de cookies', 'gdpr', 'prelucrarea datelor cu caracter personal', 'setări de confidențialitate'],
  emptyLabels: ['Sursa', 'Sursă', 'Surse', 'Sursa foto', 'Etichete', 'Taguri', 'Tag-uri', 'Subiecte', 'Cuvinte cheie', 'Autor', 'Distribuie', 'Foto'],
  footerTerms: [
    'toate drepturile rezervate', 'drepturi rezervate', 'copyright', 's.r.l.', 'srl', 's.c.', 'nr. reg. com.', 'j40', 'cod fiscal',
    'capital social', 'politica de confidențialitate', 'politica de cookies', 'termeni și condiții', 'termeni si conditii',
    'condiții de utilizare', 'anpc', 'soluționarea alternativă a litigiilor', 'adresa', 'adresă', 'telefon', 'tel', 'fax',
    'e-mail', 'redactor-șef', 'director editorial', 'caseta redacțională', 'publicitate', 'despre noi',
    'cariere', 'harta site', 'harta site-ului', 'logo'
  ],
  weatherTerms: [
    'vremea', 'prognoza meteo', 'meteo', 'anm', 'meteorologii', 'meteorologi', 'cod galben', 'cod portocaliu', 'cod roșu', 'ploi',
    'ploaie', 'averse', 'ninsori', 'ninsoare', 'zăpadă', 'vânt', 'vijelii', 'furtună', 'furtuni', 'temperaturi', 'temperaturile',
    'grade celsius', 'caniculă', 'ger', 'îngheț', 'polei', 'ceață', 'înnorat', 'însorit', 'grindină', 'descărcări electrice',
    'instabilitate atmosferică'
  ],
  creditWords: [
    'Foto', 'Fotografie', 'Sursa', 'Sursă', 'Sursa foto', 'Credit foto', 'Imagine', 'Imagine ilustrativă', 'Foto ilustrativ',
    'Ilustrație', 'Captură', 'Captură video', 'Colaj', 'Arhivă', 'Video'
  ],
  photoWords: ['foto', 'fotografie', 'imagine', 'poza', 'poză'],
  mediaTags: ['Video', 'Foto', 'Foto video', 'Video foto', 'Galerie foto', 'Galerie', 'Podcast', 'Audio', 'Live', 'Live text', 'Live video', 'În direct', 'Infografic'],
  bylinePrefixes: ['Autor', 'Autori', 'Autoare', 'Text', 'Scris de', 'Articol scris de', 'Realizat de', 'Semnat de'],
  editorPrefixes: ['Editor', 'Editat de', 'Editare', 'Redactor', 'Editor coordonator', 'Coordonator'],
  bylineRoles: ['corespondent', 'corespondentă', 'reporter', 'redactor', 'editor', 'trimis special', 'trimisă specială', 'traducere', 'sinteză', 'redacția'],
  sourcePrefixes: ['Sursa', 'Sursă', 'Surse', 'Sursele', 'Via', 'Cu informații de la'],
  months: [
    'ianuarie|ian', 'februarie|feb|febr', 'martie|mar|mart', 'aprilie|apr', 'mai', 'iunie|iun', 'iulie|iul', 'august|aug',
    'septembrie|sep|sept', 'octombrie|oct', 'noiembrie|nov|noi', 'decembrie|dec'
  ],
  weekdays: ['luni', 'marți', 'marţi', 'marti', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'sambata', 'duminică', 'duminica'],
  dateWords: [
    'Publicat', 'Publicat la', 'Actualizat', 'Actualizat la', 'Ultima actualizare', 'Data publicării', 'Data actualizării',
    'Modificat', 'azi', 'astăzi', 'ieri', 'acum', 'ore', 'oră', 'ora', 'minute', 'minut', 'min', 'la'
  ]
}
