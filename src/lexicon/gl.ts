import type {Lexicon} from './types.js'

// Galician, as printed by Nós Diario, Praza, Galicia Confidencial, Sermos Galiza, Xornal, Quincemil,
// CRTVG/G24/Radio Galega and the Galician pages of La Voz de Galicia, Faro de Vigo and El Correo
// Gallego, in the RAG's spelling. Where Galician spells a phrase as Spanish or Portuguese do
// (Comentarios, Etiquetas, Portada, Publicidade) it is repeated here. Left out: "Le" alone as a
// read-more prefix (the French article), only "Le tamén" and "Le máis"; "Con" alone as a source
// prefix ("Con Sánchez…" opens headlines in Spanish too); "apoia" and "colabora" alone as calls to
// action (news verbs: "O BNG apoia…"), only in phrases; "O tempo" alone and "Meteoroloxía" as weather
// headings (a weather heading may run on for a few words, and headlines and subheadings open with
// them: "O tempo das promesas acabou", Portuguese too); "Última hora" as a list heading (a kicker
// above a breaking story's own title); the weekday abbreviations "mar" (sea, and March), "ven"
// ("comes") and "dom" (Portuguese "Dom", Polish and Czech "house"); "as" for "ás" (English "as");
// "día" and "semana" as date words ("Día 3", "Semana 12" head live blogs and series); "Editora" as
// an editor prefix (a publishing house opens headlines); "consentimento" as a consent word (news
// says "sen o seu consentimento"); "SA" without its stops as a footer word (Tagalog "sa", Swedish "sa").
export const gl: Lexicon = {
  language: 'gl',
  relatedMarkers: [
    'Relacionadas', 'Relacionados', 'Novas relacionadas', 'Noticias relacionadas', 'Artigos relacionados',
    'Contidos relacionados', 'Contido relacionado', 'Máis lidas', 'Máis lidos', 'O máis lido', 'Os máis lidos',
    'As máis lidas', 'Máis vistas', 'Máis vistos', 'O máis visto', 'Máis comentadas', 'Máis comentados',
    'Máis compartidas', 'Máis compartidos', 'Últimas novas', 'Últimas noticias', 'Últimos artigos', 'O último',
    'O máis recente', 'Máis recentes', 'Tamén che pode interesar', 'Pódeche interesar', 'Pode interesarche',
    'Tamén pode interesarche', 'Pode que che interese', 'Quizais che interese', 'Tamén lle pode interesar',
    'Pode interesarlle', 'Recomendámosche', 'Recomendamos', 'Recomendadas', 'Recomendados', 'Non te perdas',
    'Le tamén', 'Lea tamén', 'Le máis', 'Ler máis', 'Ver tamén', 'Vexa tamén', 'Mira tamén', 'Máis novas',
    'Outras novas', 'Máis noticias', 'Outras noticias', 'Máis artigos', 'Outros artigos', 'Máis información',
    'Novas destacadas', 'Máis de', 'Tamén en portada'
  ],
  videoMarkers: [
    'Vídeos', 'Vídeo', 'Últimos vídeos', 'Máis vídeos', 'Vídeos relacionados', 'Vídeo destacado', 'Ver o vídeo', 'Mira o vídeo'
  ],
  commentMarkers: [
    'Comentarios', 'Comentar', 'Comenta', 'Ver comentarios', 'Mostrar comentarios', 'Amosar comentarios',
    'Ocultar comentarios', 'Deixa un comentario', 'Deixa o teu comentario', 'Escribe un comentario',
    'Engade un comentario', 'Engadir comentario', 'Publicar comentario', 'Enviar comentario',
    'Os comentarios están pechados', 'Normas de participación'
  ],
  weatherMarkers: [
    'O tempo en', 'O tempo hoxe', 'O tempo mañá', 'Previsión do tempo', 'Predición do tempo', 'Previsión meteorolóxica'
  ],
  tagMarkers: ['Etiquetas', 'Temas', 'Temas relacionados', 'Arquivado en', 'Máis sobre', 'Palabras clave'],
  readMorePrefixes: [
    'Le tamén', 'Lea tamén', 'Le máis', 'Ler máis', 'Ver tamén', 'Vexa tamén', 'Mira tamén', 'Máis información',
    'Relacionada', 'Relacionado', 'Tamén che pode interesar', 'Pódeche interesar', 'Pode interesarche'
  ],
  homeLinks: ['Portada', 'Inicio', 'Páxina principal', 'Páxina de inicio'],
  ui: [
    'Ir ao contido', 'Saltar ao contido', 'Ir ao contido principal', 'Saltar ao contido principal', 'Cargando',
    'Agarde', 'Agarda', 'Compartir', 'Compartir en Facebook', 'Compartir en Twitter', 'Compartir en X',
    'Compartir en WhatsApp', 'Compartir por correo', 'Compartir esta noticia', 'Partillar', 'Imprimir',
    'Enviar por correo', 'Correo electrónico', 'Volver arriba', 'Ir arriba', 'Subir', 'Volver á portada',
    'Ir á portada', 'Iniciar sesión', 'Inicia sesión', 'Acceder', 'Entrar', 'Saír', 'Pechar sesión', 'Rexistrarse',
    'Rexístrate', 'Subscribirse', 'Subscríbete', 'Boletín', 'Boletíns', 'Newsletter', 'Publicidade',
    'Contido patrocinado', 'Patrocinado', 'Menú', 'Menú principal', 'Navegación', 'Seccións', 'Buscar', 'Procurar',
    'Pechar', 'Portada', 'Inicio', 'Seguir', 'Séguenos', 'Gardar', 'Escoitar', 'Escoita', 'Escoita esta noticia',
    'Escoitar esta noticia', 'Escoita a noticia', 'Escoitar a noticia', 'Copiar ligazón', 'Copiar a ligazón',
    'Copiar enlace', 'Ligazón copiada', 'Ver máis', 'Amosar máis', 'Mostrar máis', 'Cargar máis', 'Segue lendo',
    'Continúa lendo', 'Continuar lendo', 'Aceptar', 'Acepto', 'Aceptar todo', 'Aceptar todas', 'Rexeitar',
    'Rexeitar todo', 'Rexeitar todas', 'Configuración', 'Configurar', 'Configuración de cookies', 'Xestionar cookies',
    'Reproducir', 'Reproducir vídeo', 'Descarga a app', 'Seguinte', 'Anterior', 'Ampliar imaxe', 'Directo',
    'En directo', 'Ao vivo', 'Contacto', 'Quen somos', 'Aviso legal', 'Política de privacidade', 'Política de cookies',
    'Comentarios', 'Temas', 'Etiquetas', 'Tamaño do texto', 'Tamaño da letra', 'Apoiar agora', 'Apoia agora',
    'Faite socia', 'Faite socio', 'Fai-te socia', 'Colabora', 'Hemeroteca', 'Edición impresa', 'Versión móbil',
    'Informar dun erro', 'Só para subscritores'
  ],
  followPrefixes: [
    'Séguenos en', 'Séguenos no', 'Séguenos na', 'Séguenos nas redes', 'Séguenos tamén en', 'Séguenos', 'Únete á nosa canle'
  ],
  sharePrefixes: [
    'Compartir en', 'Compartir no', 'Compartir na', 'Compartir por', 'Compartir vía', 'Comparte en', 'Comparte no',
    'Partillar en', 'Partillar no', 'Partilla en'
  ],
  uiFragments: [
    'minutos de lectura', 'min de lectura', 'tempo de lectura', 'tempo estimado de lectura', 'ábrese nunha nova lapela',
    'ábrese nunha nova xanela', 'escoitar a noticia', 'escoita esta noticia', 'comentarios'
  ],
  promoTerms: [
    'boletín', 'boletíns', 'newsletter', 'caixa de entrada', 'correo', 'correo electrónico', 'enderezo electrónico',
    'aplicación', 'app', 'whatsapp', 'telegram', 'canle', 'canal', 'podcast', 'notificacións', 'subscrición',
    'google news', 'cota mensual', 'doazón', 'xornalismo independente', 'xornalismo en galego'
  ],
  paywallTerms: [
    'exclusivo para subscritores', 'contido exclusivo para subscritores', 'só para subscritores', 'xa es subscritor',
    'xa es subscritora', 'subscríbete para seguir lendo', 'subscríbete para continuar lendo',
    'para seguir lendo este artigo', 'para seguir lendo esta noticia', 'para continuar lendo', 'exclusivo para socias',
    'contido exclusivo para socias', 'só para socias', 'xa es socia', 'xa es socio', 'apoia o xornalismo en galego'
  ],
  callsToAction: [
    'subscríbete', 'subscribirse', 'subscríbase', 'rexístrate', 'apúntate', 'descarga', 'descárgate', 'instala a app',
    'recibe', 'únete', 'séguenos', 'faite socia', 'faite socio', 'fai-te socia', 'apoia o xornalismo', 'apoiar agora',
    'apoia agora', 'colabora connosco', 'colabora con nós', 'fai unha doazón', 'proba gratis', 'preme aquí',
    'fai clic aquí', 'activa as notificacións'
  ],
  consentTerms: [
    'cookies', 'cookie', 'cookies e tecnoloxías similares', 'tecnoloxías similares', 'configuración de cookies',
    'xestionar as cookies', 'configuración de privacidade', 'rgpd'
  ],
  emptyLabels: [
    'Fonte', 'Fontes', 'Etiquetas', 'Temas', 'Palabras clave', 'Arquivado en', 'Por', 'Autor', 'Autora', 'Compartir',
    'Partillar', 'Foto', 'Fotografía', 'Imaxe'
  ],
  footerTerms: [
    's.l.', 's.l.u.', 'sl', 'slu', 's.a.', 'sociedade limitada', 'sociedade anónima', 'todos os dereitos reservados',
    'dereitos reservados', 'aviso legal', 'política de privacidade', 'política de cookies', 'cif', 'nif',
    'rexistro mercantil', 'depósito legal', 'issn', 'enderezo', 'teléfono', 'tel', 'fax', 'correo electrónico',
    'contacto', 'quen somos', 'condicións de uso', 'termos e condicións', 'directora', 'mapa do sitio', 'mapa web',
    'accesibilidade', 'anúnciate', 'copyright', 'logo'
  ],
  weatherTerms: [
    'o tempo', 'previsión', 'predición', 'meteogalicia', 'aemet', 'choiva', 'choivas', 'chuvia', 'chuvias',
    'chuvascos', 'treboada', 'treboadas', 'tormenta', 'borrasca', 'ciclón', 'temporal', 'vento', 'ventos', 'refachos',
    'néboa', 'brétema', 'xeada', 'xeadas', 'neve', 'nevadas', 'sarabia', 'orballo', 'ondada de calor',
    'onda de calor', 'vaga de calor', 'temperaturas', 'graos', 'nubrado', 'anubrado', 'ceo cuberto', 'ceo despexado',
    'aviso amarelo', 'aviso laranxa', 'aviso vermello', 'alerta amarela', 'alerta laranxa', 'alerta vermella', 'dana'
  ],
  creditWords: [
    'Foto', 'Fotos', 'Fotografía', 'Fotografías', 'Imaxe', 'Imaxes', 'Foto de arquivo', 'Imaxe de arquivo', 'Arquivo',
    'Vídeo', 'Fonte', 'Ilustración', 'Gráfico', 'Infografía', 'Captura de pantalla', 'Crédito'
  ],
  photoWords: ['foto', 'imaxe', 'fotografía'],
  mediaTags: [
    'Vídeo', 'Vídeos', 'Fotos', 'Imaxes', 'Galería', 'Fotogalería', 'Podcast', 'Audio', 'Directo', 'En directo', 'Ao vivo',
    'Infografía'
  ],
  bylinePrefixes: ['Por', 'Texto', 'Textos', 'Redacción', 'Autor', 'Autora', 'Escrito por', 'Texto e fotos', 'Un artigo de'],
  editorPrefixes: ['Editado por', 'Edición'],
  bylineRoles: [
    'corresponsal', 'enviado especial', 'enviada especial', 'redacción', 'redactor', 'redactora', 'xornalista',
    'colaborador', 'colaboradora', 'tradución', 'con axencias', 'axencias'
  ],
  sourcePrefixes: ['Fonte', 'Fontes', 'Con información de', 'Con información da', 'Con información do', 'Con axencias'],
  months: [
    'xaneiro|xan', 'febreiro|feb', 'marzo|mar', 'abril|abr', 'maio', 'xuño|xuñ', 'xullo|xul', 'agosto|ago',
    'setembro|set', 'outubro|out', 'novembro|nov', 'decembro|dec'
  ],
  weekdays: ['luns', 'martes', 'mércores', 'xoves', 'venres', 'sábado', 'domingo', 'lun', 'mér', 'xov', 'sáb'],
  dateWords: [
    'Publicado', 'Publicada', 'Actualizado', 'Actualizada', 'Actualizado ás', 'Última actualización', 'Modificado',
    'ás', 'de', 'hai', 'horas', 'hora', 'minutos', 'minuto', 'días', 'onte', 'hoxe', 'h', 'min'
  ]
}
