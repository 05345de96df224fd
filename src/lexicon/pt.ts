import type {Lexicon} from './types.js'

export const pt: Lexicon = {
  language: 'pt',
  relatedMarkers: [
    'Leia também', 'Leia mais', 'Veja também', 'Mais lidas', 'Mais lidos', 'Notícias relacionadas',
    'Matérias relacionadas', 'Relacionadas', 'Você pode gostar', 'Recomendadas', 'Últimas notícias', 'Mais vistos',
    'Mais vistas', 'Mais notícias', 'Saiba mais', 'Conteúdo relacionado', 'Veja mais', 'Em alta', 'Destaques',
    'Mais de', 'Tudo sobre', 'Mais acessadas'
  ],
  videoMarkers: ['Vídeos', 'Vídeo', 'Últimos vídeos', 'Assista'],
  commentMarkers: ['Comentários', 'Comente', 'Ver comentários'],
  weatherMarkers: ['Previsão do tempo', 'Tempo', 'Clima'],
  tagMarkers: ['Tags', 'Temas', 'Assuntos', 'Veja mais sobre', 'Tópicos'],
  readMorePrefixes: ['Leia também', 'Leia mais', 'Veja também', 'Saiba mais', 'Veja', 'Leia', 'Assista'],
  homeLinks: ['Início', 'Página inicial', 'Home'],
  ui: [
    'Pular para o conteúdo', 'Ir para o conteúdo', 'Carregando', 'Aguarde', 'Compartilhar', 'Compartilhe',
    'Imprimir', 'E-mail', 'Voltar ao topo', 'Entrar', 'Cadastre-se', 'Assine', 'Assinar', 'Newsletter', 'Publicidade',
    'Menu', 'Buscar', 'Pesquisar', 'Fechar', 'Início', 'Seguir', 'Siga', 'Salvar', 'Ouvir', 'Ouça', 'Copiar link',
    'Versão mobile', 'Aceitar', 'Aceitar todos', 'Rejeitar', 'Ver mais', 'Carregar mais', 'Tags', 'Temas', 'Ao vivo',
    'Anúncio'
  ],
  followPrefixes: ['Siga-nos no', 'Siga-nos', 'Siga o', 'Acompanhe'],
  sharePrefixes: ['Compartilhar no', 'Compartilhar na', 'Compartilhar em', 'Compartilhe no', 'Compartilhe na', 'Partilhar no'],
  uiFragments: ['tempo de leitura', 'min de leitura', 'abre em nova aba', 'ouvir artigo', 'ouvir notícia', 'ouvir este artigo'],
  promoTerms: ['newsletter', 'caixa de entrada', 'aplicativo', 'app', 'whatsapp', 'canal', 'telegram', 'e-mail'],
  paywallTerms: ['exclusivo para assinantes', 'conteúdo exclusivo para assinantes', 'já é assinante', 'assine para continuar lendo'],
  callsToAction: ['inscreva-se', 'assine', 'cadastre-se', 'baixe', 'participe', 'siga', 'receba', 'entre no'],
  consentTerms: ['cookie', 'cookies', 'consentimento', 'privacidade'],
  emptyLabels: ['Fonte', 'Fontes', 'Tags', 'Temas', 'Por', 'Autor', 'Compartilhar', 'Foto'],
  footerTerms: [
    'todos os direitos reservados', 'direitos reservados', 'política de privacidade', 'termos de uso', 'ltda', 'cnpj',
    'endereço', 'telefone', 'tel', 'fax', 'e-mail', 'fale conosco', 'contato', 'expediente', 'editor-chefe', 'logo',
    'copyright', 'anuncie', 'trabalhe conosco'
  ],
  weatherTerms: ['previsão do tempo', 'chuva', 'chuvas', 'tempestade', 'frente fria', 'onda de calor', 'temperaturas', 'inmet', 'meteorologia', 'vento', 'sol', 'nublado', 'garoa'],
  creditWords: ['Foto', 'Fotos', 'Imagem', 'Crédito', 'Ilustração', 'Fonte', 'Reprodução', 'Divulgação', 'Arquivo'],
  photoWords: ['foto', 'imagem'],
  mediaTags: ['Vídeo', 'Vídeos', 'Fotos', 'Galeria', 'Podcast', 'Áudio', 'Ao vivo', 'Assista', 'Infográfico'],
  bylinePrefixes: ['Por', 'Texto', 'Redação', 'Autor'],
  editorPrefixes: ['Editado por', 'Edição'],
  bylineRoles: ['correspondente', 'enviado especial', 'enviada especial', 'redação'],
  sourcePrefixes: ['Fonte', 'Fontes', 'Com informações de', 'Com agências', 'Com'],
  months: [
    'janeiro|jan', 'fevereiro|fev', 'março|marco|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul',
    'agosto|ago', 'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez'
  ],
  weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'segunda', 'terça', 'quarta', 'quinta', 'sexta'],
  dateWords: ['Publicado', 'Atualizado', 'Atualizado há', 'em', 'às', 'de', 'há', 'horas', 'hora', 'minutos', 'h']
}
