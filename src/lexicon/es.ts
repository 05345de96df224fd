import type {Lexicon} from './types.js'

export const es: Lexicon = {
  language: 'es',
  relatedMarkers: [
    'Noticias relacionadas', 'Relacionadas', 'Relacionados', 'Te puede interesar', 'Puede interesarte',
    // Rioplatense (voseo) forms: Argentina, Uruguay.
    'Seguí leyendo', 'Mirá también', 'Leé también', 'Mirá además',
    'También te puede interesar', 'Lo más leído', 'Más leídas', 'Más leído', 'Lo más visto', 'Más vistos',
    'Lea también', 'Lee también', 'Leer más', 'Artículos relacionados', 'Últimas noticias', 'Te recomendamos',
    'Recomendados', 'Sigue leyendo', 'Otras noticias', 'Más noticias', 'Contenido relacionado', 'Lo último',
    'Temas relacionados', 'Más información', 'Quizás te interese'
  ],
  videoMarkers: ['Vídeos', 'Videos', 'Vídeo', 'Video', 'Últimos vídeos'],
  commentMarkers: ['Comentarios', 'Comentar', 'Ver comentarios', 'Deja tu comentario'],
  weatherMarkers: ['El tiempo', 'Tiempo', 'Pronóstico del tiempo', 'Clima'],
  tagMarkers: ['Archivado en', 'Etiquetas', 'Temas', 'Más sobre', 'Temas relacionados'],
  readMorePrefixes: [
    'Lea también', 'Lee también', 'Leer más', 'Te puede interesar', 'Puede interesarte', 'Ver también', 'Más información', 'Relacionado',
    'Mirá también', 'Leé también', 'Seguí leyendo'
  ],
  homeLinks: ['Inicio', 'Portada', 'Home'],
  ui: [
    'Saltar al contenido', 'Ir al contenido', 'Cargando', 'Espere por favor', 'Compartir', 'Compartir en Facebook',
    'Compartir en Twitter', 'Imprimir', 'Correo electrónico', 'Volver arriba', 'Iniciar sesión', 'Regístrate',
    'Suscríbete', 'Suscribirse', 'Boletín', 'Newsletter', 'Publicidad', 'Menú', 'Buscar', 'Cerrar', 'Inicio', 'Seguir',
    'Síguenos', 'Guardar', 'Escuchar', 'Escuchar nota', 'Escuchar noticia', 'Escuchá la nota', 'Copiar enlace', 'Versión móvil', 'Aceptar', 'Aceptar todo', 'Rechazar',
    'Configuración de cookies', 'Ver más', 'Cargar más', 'Etiquetas', 'Temas', 'Directo', 'En directo',
    'Ir a los comentarios', 'Ver comentarios', 'Normas', 'Apúntate'
  ],
  followPrefixes: ['Síguenos en', 'Sigue a', 'Síguenos'],
  sharePrefixes: ['Compartir en', 'Compartir por', 'Compartir vía', 'Compartir'],
  uiFragments: ['tiempo de lectura', 'min de lectura', 'minutos de lectura', 'ir a los comentarios', 'se abre en una nueva pestaña'],
  promoTerms: ['boletín', 'newsletter', 'bandeja de entrada', 'aplicación', 'app', 'whatsapp', 'canal', 'correo'],
  paywallTerms: ['exclusivo para suscriptores', 'contenido exclusivo para suscriptores', 'ya eres suscriptor', 'suscríbete para seguir leyendo', 'para seguir leyendo este artículo', 'solo para suscriptores'],
  callsToAction: ['apúntate', 'suscríbete', 'regístrate', 'descarga', 'recibe', 'únete', 'síguenos'],
  consentTerms: ['cookie', 'cookies', 'consentimiento', 'privacidad'],
  emptyLabels: ['Fuente', 'Fuentes', 'Etiquetas', 'Temas', 'Por', 'Autor', 'Compartir', 'Foto'],
  footerTerms: [
    'todos los derechos reservados', 'derechos reservados', 'aviso legal', 'política de privacidad', 'política de cookies',
    'ediciones', 's.l.', 's.l.u.', 'sl', 'slu', 'sociedad limitada', 'sociedad anónima', 'dirección', 'teléfono', 'tel', 'fax', 'correo electrónico', 'contacto',
    'contáctanos', 'condiciones de uso', 'términos y condiciones', 'director', 'editor', 'mapa del sitio', 'logo',
    'copyright', 'quiénes somos'
  ],
  weatherTerms: ['el tiempo', 'pronóstico', 'tormenta', 'tormentas', 'lluvias', 'ola de calor', 'temperaturas', 'aemet', 'huracán', 'borrasca', 'dana', 'lluvia', 'viento', 'nieve', 'soleado', 'nublado'],
  creditWords: ['Foto', 'Fotos', 'Imagen', 'Fotografía', 'Crédito', 'Ilustración', 'Fuente', 'Archivo'],
  photoWords: ['foto', 'imagen'],
  mediaTags: ['Vídeo', 'Video', 'Vídeos', 'Fotos', 'Galería', 'Podcast', 'Audio', 'Directo', 'En directo', 'Infografía'],
  bylinePrefixes: ['Por', 'Texto', 'Redacción', 'Autor'],
  editorPrefixes: ['Editado por', 'Edición'],
  bylineRoles: ['corresponsal', 'enviado especial', 'enviada especial', 'redacción'],
  sourcePrefixes: ['Fuente', 'Fuentes', 'Con información de'],
  months: [
    'enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago',
    'septiembre|setiembre|sep|sept', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'
  ],
  weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  dateWords: ['Publicado', 'Actualizado', 'Actualizado el', 'el', 'a las', 'de', 'del', 'hace', 'horas', 'hora', 'minutos', 'h', 'hrs']
}
