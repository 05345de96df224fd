import type {Lexicon} from './types.js'

export const ca: Lexicon = {
  language: 'ca',
  relatedMarkers: [
    'Llegeix també', 'Llegiu també', 'Llegeix més', 'Llegir més', 'El més llegit', 'Els més llegits', 'Més llegits',
    'Més llegides', 'Les més llegides', 'El més vist', 'Els més vistos', 'Més vistos', 'Més compartits', 'Més comentats',
    'Últimes notícies', 'Darreres notícies', 'Última hora', 'El més recent', 'Notícies relacionades', 'Relacionades',
    'Relacionats', 'Articles relacionats', 'Contingut relacionat', 'Et pot interessar', 'També et pot interessar',
    'Potser t\'interessa', 'Us pot interessar', 'Recomanats', 'Recomanem', 'Et recomanem', 'Us recomanem',
    'No t\'ho perdis', 'No us ho perdeu', 'Més notícies', 'Altres notícies', 'Més informació', 'Destacats',
    'Destaquem', 'Ara és notícia', 'Tota l\'actualitat'
  ],
  videoMarkers: ['Vídeos', 'Vídeo', 'Últims vídeos', 'Més vídeos', 'Mira el vídeo', 'Veure vídeo'],
  commentMarkers: ['Comentaris', 'Comenta', 'Deixa un comentari', 'Escriu un comentari', 'Veure comentaris', 'Mostra els comentaris', 'Afegeix un comentari'],
  weatherMarkers: ['El temps', 'Previsió del temps', 'El temps avui', 'Meteo', 'Meteorologia'],
  tagMarkers: ['Temes', 'Etiquetes', 'Temes relacionats', 'Arxivat a', 'Més sobre', 'Paraules clau'],
  readMorePrefixes: [
    'Llegeix també', 'Llegiu també', 'Llegeix més', 'Llegeix', 'Llegiu', 'Vegeu també', 'Mira també', 'Veure també',
    'Més informació', 'Relacionat', 'Relacionada', 'Et pot interessar', 'També et pot interessar', 'Mira', 'Escolta'
  ],
  homeLinks: ['Inici', 'Portada', 'Pàgina principal', 'Pàgina d\'inici'],
  ui: [
    'Salta al contingut', 'Salta al contingut principal', 'Ves al contingut', 'Vés al contingut', 'Anar al contingut',
    'Carregant', 'S\'està carregant', 'Espereu', 'Comparteix', 'Comparteix l\'article', 'Comparteix a Facebook',
    'Imprimeix', 'Envia per correu', 'Torna a dalt', 'Tornar a dalt', 'Inicia sessió', 'Iniciar sessió', 'Entra',
    'Surt', 'Tanca la sessió', 'Registra\'t', 'Subscriu-te', 'Fes-te subscriptor', 'Fes-te\'n subscriptor', 'Butlletí',
    'Butlletins', 'Publicitat', 'Contingut patrocinat', 'Patrocinat', 'Menú', 'Cerca', 'Cercar', 'Tanca', 'Tancar',
    'Inici', 'Segueix', 'Segueix-nos', 'Desa', 'Escolta', 'Escolta l\'article', 'Escolta la notícia', 'Copia l\'enllaç',
    'Copiar l\'enllaç', 'Enllaç copiat', 'Mostra\'n més', 'Mostra més', 'Veure més', 'Carrega\'n més', 'Carregar més',
    'Continua llegint', 'Continua llegint a sota', 'Segueix llegint', 'Accepta', 'Acceptar', 'Accepto',
    'Accepta-ho tot', 'Acceptar-ho tot', 'Rebutja', 'Rebutjar', 'Rebutja-ho tot', 'Configuració',
    'Configuració de galetes', 'Reprodueix', 'Reprodueix el vídeo', 'Descarrega l\'app', 'Descarrega\'t l\'app',
    'Menú principal', 'Navegació', 'Seccions', 'Envia\'ns una notícia', 'Mida del text', 'Següent', 'Anterior',
    'Amplia la imatge', 'Directe', 'En directe', 'Contacte', 'Qui som', 'Avís legal', 'Política de privadesa',
    'Política de galetes', 'Comentaris', 'Temes', 'Etiquetes', 'Regala aquest article', 'Fes-te\'n soci', 'Fes-te soci',
    'Només per a subscriptors'
  ],
  followPrefixes: ['Segueix-nos a', 'Segueix-nos', 'Seguiu-nos a', 'Seguiu-nos', 'Segueix a', 'Segueix'],
  sharePrefixes: ['Comparteix a', 'Comparteix-ho a', 'Comparteix per', 'Comparteix via', 'Compartir a', 'Comparteix'],
  uiFragments: ['min de lectura', 'minuts de lectura', 'temps de lectura', 's\'obre en una pestanya nova', 's\'obre en una finestra nova', 'comentaris', 'visites'],
  promoTerms: [
    'butlletí', 'butlletins', 'newsletter', 'correu', 'correu electrònic', 'safata d\'entrada', 'aplicació', 'app',
    'whatsapp', 'telegram', 'canal', 'podcast', 'notificacions', 'subscripció', 'google news'
  ],
  paywallTerms: ['exclusiu per a subscriptors', 'ja ets subscriptor', 'subscriu-te per continuar llegint'],
  callsToAction: [
    'subscriu-te', 'subscriviu-vos', 'apunta\'t', 'apunteu-vos', 'registra\'t', 'registreu-vos', 'descarrega',
    'descarrega\'t', 'baixa\'t', 'instal·la', 'segueix-nos', 'uneix-te', 'fes-te subscriptor', 'fes-te\'n soci'
  ],
  consentTerms: ['galetes', 'cookies', 'cookie', 'consentiment', 'configuració de privadesa', 'gdpr'],
  emptyLabels: ['Font', 'Fonts', 'Temes', 'Etiquetes', 'Autor', 'Autora', 'Per', 'Comparteix', 'Foto', 'Fotografia', 'Arxivat a'],
  footerTerms: [
    's.l.', 's.l.u.', 'sl', 'slu', 'societat anònima', 'societat limitada', 'tots els drets reservats', 'drets reservats',
    'avís legal', 'política de privadesa', 'política de galetes', 'política de cookies', 'nif', 'cif', 'adreça',
    'telèfon', 'tel', 'fax', 'correu electrònic', 'contacte', 'qui som', 'condicions d\'ús', 'termes i condicions',
    'directora', 'dipòsit legal', 'mapa del web', 'copyright', 'logo', 'accessibilitat'
  ],
  weatherTerms: [
    'el temps', 'previsió', 'previsió del temps', 'meteocat', 'servei meteorològic', 'tempesta', 'tempestes', 'pluja',
    'pluges', 'ruixats', 'nevada', 'nevades', 'vent', 'ventades', 'temperatures', 'graus', 'onada de calor', 'calorada',
    'assolellat', 'ennuvolat', 'boira', 'calamarsa', 'llevantada', 'temporal', 'glaçades'
  ],
  creditWords: ['Foto', 'Fotografia', 'Fotos', 'Imatge', 'Font', 'Il·lustració', 'Gràfic', 'Arxiu', 'Vídeo', 'Captura de pantalla', 'Crèdit'],
  photoWords: ['foto', 'imatge', 'fotografia'],
  mediaTags: ['Vídeo', 'Vídeos', 'Fotos', 'Galeria', 'Fotogaleria', 'Podcast', 'Àudio', 'Directe', 'En directe', 'Infografia'],
  bylinePrefixes: ['Autor', 'Autora', 'Text', 'Escrit per', 'Un article de'],
  editorPrefixes: ['Editat per', 'Editor', 'Editora'],
  bylineRoles: ['acn', 'efe', 'europa press', 'corresponsal', 'enviat especial', 'enviada especial', 'redactor', 'redactora', 'traducció', 'amb agències'],
  sourcePrefixes: ['Font', 'Fonts', 'Amb informació de'],
  months: [
    'gener|gen', 'febrer|feb', 'març|mar', 'abril|abr', 'maig', 'juny|jun', 'juliol|jul', 'agost|ag|ago',
    'setembre|set', 'octubre|oct', 'novembre|nov', 'desembre|des'
  ],
  weekdays: ['dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge', 'dl', 'dt', 'dc', 'dj', 'dv', 'ds', 'dg'],
  dateWords: [
    'Publicat', 'Publicada', 'Actualitzat', 'Actualitzada', 'Última actualització', 'Actualitzat a les', 'a les', 'a la',
    'el', 'de', 'del', 'fa', 'hores', 'hora', 'minuts', 'minut', 'dies', 'avui', 'ahir', 'h'
  ]
}
