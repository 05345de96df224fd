import type {Lexicon} from './types.js'

export const fr: Lexicon = {
  language: 'fr',
  relatedMarkers: [
    'À lire aussi', 'A lire aussi', 'Lire aussi', 'Sur le même sujet', 'Les plus lus', 'Les plus partagés',
    'Les plus populaires', 'Les plus commentés', 'Articles liés', 'Articles similaires', 'Articles associés',
    'À voir aussi', 'Voir aussi', 'À découvrir', 'A découvrir', 'Dans la même rubrique', 'À ne pas manquer',
    'Dernières actualités', 'Les dernières actualités', 'En continu', 'Nos articles', 'Sélection', 'Lire la suite',
    'Vous aimerez aussi', 'Vous pourriez aimer', 'Recommandé pour vous', 'À la une', 'Les articles les plus lus',
    'Lire plus', 'Plus d\'actualités', 'Sur le même thème'
  ],
  videoMarkers: ['Vidéos', 'Vidéo', 'Nos vidéos', 'Dernières vidéos'],
  commentMarkers: ['Commentaires', 'Réagir', 'Réagissez', 'Voir les commentaires', 'Ajouter un commentaire'],
  weatherMarkers: ['Météo', 'La météo', 'Prévisions météo'],
  tagMarkers: ['Mots-clés', 'Mots clés', 'Thèmes', 'Sujets', 'Voir plus sur', 'Thématiques'],
  readMorePrefixes: ['Lire aussi', 'À lire aussi', 'A lire aussi', 'Voir aussi', 'À voir aussi', 'Lire', 'À lire', 'Sur le même sujet'],
  homeLinks: ['Accueil', 'Page d\'accueil', 'À la une'],
  ui: [
    'Aller au contenu', 'Aller au contenu principal', 'Passer au contenu', 'Chargement', 'Veuillez patienter',
    'Partager', 'Partager sur Facebook', 'Partager sur Twitter', 'Imprimer', 'E-mail', 'Courriel', 'Retour en haut',
    'Haut de page', 'Se connecter', 'Connexion', 'S\'inscrire', 'S\'abonner', 'Abonnez-vous', 'Newsletter',
    'Publicité', 'Menu', 'Rechercher', 'Recherche', 'Fermer', 'Accueil', 'Suivre', 'Suivez-nous', 'Sauvegarder',
    'Ajouter à vos sélections', 'Écouter', 'Écouter cet article', 'Copier le lien', 'Lien copié', 'Version mobile',
    'Accepter', 'Tout accepter', 'Tout refuser', 'Paramètres des cookies', 'Offrir cet article', 'Article réservé aux abonnés',
    'Réservé aux abonnés', 'Lire la suite', 'Voir plus', 'Afficher plus', 'Mots-clés', 'Mots clés', 'Thèmes',
    'Lecture', 'Lecture en cours', 'Contenu sponsorisé', 'Abonné', 'En direct', 'Direct',
    'Contribuer', 'Réutiliser ce contenu', 'Voir les commentaires'
  ],
  followPrefixes: ['Suivez-nous sur', 'Suivez', 'Retrouvez-nous sur'],
  sharePrefixes: ['Partager sur', 'Partager par', 'Partager via'],
  uiFragments: ['temps de lecture', 'min de lecture', 'lecture', 'ouvre un nouvel onglet'],
  promoTerms: ['newsletter', 'lettre d\'information', 'boîte mail', 'application', 'whatsapp', 'chaîne', 'alertes', 'gratuitement'],
  paywallTerms: ['réservé aux abonnés', 'réservée aux abonnés', 'déjà abonné', 'de cet article à lire', 'la suite est réservée', 'abonnez-vous à partir de', 'abonnez-vous pour lire'],
  callsToAction: ['inscrivez-vous', 's\'inscrire', 'abonnez-vous', 'téléchargez', 'recevez', 'rejoignez'],
  consentTerms: ['cookie', 'cookies', 'consentement', 'traceurs', 'rgpd'],
  emptyLabels: ['Source', 'Sources', 'Mots-clés', 'Thèmes', 'Par', 'Auteur', 'Partager', 'Photo', 'Crédit'],
  footerTerms: [
    'tous droits réservés', 'droits réservés', 'mentions légales', 'société', 'sarl', 'sas', 'siège social', 'adresse',
    'téléphone', 'tél', 'fax', 'courriel', 'e-mail', 'politique de confidentialité', 'données personnelles',
    'conditions générales', 'cgu', 'cgv', 'directeur de la publication', 'directrice de la publication',
    'rédacteur en chef', 'gestion des cookies', 'contactez-nous', 'nous contacter', 'plan du site', 'logo', 'copyright'
  ],
  weatherTerms: ['météo', 'prévisions', 'orage', 'orages', 'tempête', 'canicule', 'vigilance orange', 'vigilance rouge', 'intempéries', 'températures', 'pluie', 'pluies', 'vent', 'neige', 'températures'],
  creditWords: ['Photo', 'Photos', 'Crédit', 'Crédits', 'Crédit photo', 'Image', 'Illustration', 'Source', 'Infographie'],
  photoWords: ['photo', 'image'],
  mediaTags: ['Vidéo', 'Vidéos', 'Photos', 'Diaporama', 'Podcast', 'Audio', 'En images', 'Direct', 'Infographie'],
  bylinePrefixes: ['Par', 'Propos recueillis par', 'Texte', 'Auteur'],
  editorPrefixes: ['Édité par', 'Edition'],
  bylineRoles: ['avec afp', 'correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'journaliste'],
  sourcePrefixes: ['Source', 'Sources', 'Avec', 'D\'après'],
  months: [
    'janvier|janv', 'février|fevrier|févr|fevr', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août|aout',
    'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|decembre|déc|dec'
  ],
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  dateWords: ['Publié', 'Publié le', 'Mis à jour', 'Mis à jour le', 'modifié', 'modifié le', 'le', 'à', 'il y a', 'heures', 'heure', 'minutes', 'h', 'Actualisé']
}
