/**
 * Generic sentence banks shared by every theme. Slots are listed in theme.ts.
 * Apostrophes are typographic (’) here; a share of fiches is rewritten with straight ones (').
 */

export const TITRES_GENERIQUES = [
  '{Objet} : {accroche}',
  '{Objet} {annee} : {accroche}',
  '{Objet} {aVille}',
  '{ville} : {leObjet}, {accroche}',
  '{LeObjet} {deVille}',
  'Retour sur {leObjet} {deVille}',
  '{UnObjet} pour {public}',
  '{ville} mise sur {leObjet}',
  '{LeObjet}, {accroche}',
  '{Objet} : l’expérience {deVille}',
  'Quand {sujet} mise sur {leObjet}',
  '{ville} lance {unObjet}',
  '{Objet} : {sujet} passe à l’action',
  '{annee} : naissance {duObjet} {aVille}',
];

export const ACCROCHES = [
  'retour d’expérience',
  'mode d’emploi',
  'premiers résultats',
  'bilan après {k} ans',
  'une démarche pas à pas',
  'ce qui a marché, ce qui reste à faire',
  'les habitants au cœur du projet',
  'un projet co-construit',
  'de l’idée à la mise en œuvre',
  'une première dans le département',
  'un pari gagnant',
  '{nb} usagers dès la première année',
  'une réponse aux besoins du territoire',
  'petit budget, grands effets',
  'vers un service public plus proche',
  'l’humain d’abord',
  'une dynamique collective',
  'simple, utile et ouvert',
  'la preuve par l’usage',
  'un projet qui essaime',
  'au cœur de ville comme dans les hameaux',
  'les clés de la réussite',
];

export const SOUS_TITRES = [
  'Comment {sujet} a mis en place {unObjet} pour {public}',
  '{UnObjet} {pense} pour {public}',
  'Depuis {annee}, {sujet} fait du numérique un levier pour {public}',
  'Objectif : {objectif}',
  'Un projet porté par {sujet} avec {partenaire}',
  'Mis en œuvre en {annee} avec {partenaire}',
  'Pour {public}, un vrai changement avec {leObjet}',
  '{Duree} de travail, {n} partenaires et un objectif : {objectif}',
  'Retour sur une expérience menée {aVille} depuis {annee}',
  'Comment rendre {leObjet} utile pour {public} ?',
  'Une démarche progressive, évaluée chaque année',
  '{Objet} : {accroche}',
];

/** First sentence of a Synthèse. */
export const OUVERTURES = [
  '{Sujet} a lancé en {annee} {unObjet} {destine} à {public}.',
  'Depuis {annee}, {sujet} propose {unObjet}, {pense} avec et pour {public}.',
  'En {annee}, {sujet} s’est doté {dUnObjet} pour {public}.',
  '{UnObjet} : c’est le pari fait par {sujet} en {annee}.',
];

export const PHRASES_CONSTAT = [
  'Le constat de départ était simple : {constat}.',
  'À l’origine du projet, un constat : {constat}.',
  'Tout est parti d’un constat partagé par les élus et les agents : {constat}.',
];

/** Only after a PHRASES_CONSTAT sentence. */
export const PHRASES_OBJECTIF_APRES_CONSTAT = [
  'Face à ce constat, les élus ont choisi {deObjectif}.',
  'Pour y répondre, la collectivité a décidé {deObjectif}.',
];

export const PHRASES_OBJECTIF = [
  'L’objectif est {deObjectif}.',
  'Il s’agit {deObjectif}, sans laisser personne de côté.',
  'Objectif affiché : {objectif}.',
];

export const COMPLEMENTS = [
  'Le projet s’appuie sur {partenaire} et sur un réseau de bénévoles.',
  'Aujourd’hui, le dispositif est un service à part entière, intégré aux missions de la collectivité.',
  'La démarche a été co-construite avec {public} dès la phase de conception.',
  'Le projet a été retenu dans le cadre d’un appel à projets régional, qui en a financé une partie.',
  'Après {duree} de préfiguration, le service a ouvert au public en {mois} {annee}.',
  'Cette initiative s’inscrit dans la stratégie numérique adoptée par le conseil municipal en {anneeAvant}.',
  'Le budget total s’élève à {budget} euros, dont {pct} % de subventions.',
  'La mise en œuvre a été confiée à une équipe projet réunissant {n} services.',
];

export const ACTIONS_DEBUT = [
  'Constitution d’un groupe de travail réunissant élus, agents et habitants.',
  'Diagnostic des usages et des besoins auprès de {nb} habitants (questionnaire en ligne et papier).',
  'Rédaction d’un cahier des charges, puis consultation de {n} prestataires.',
  'Visite de {n} collectivités ayant déjà mené un projet comparable.',
  'Délibération du conseil municipal et recherche de cofinancements.',
  'Signature d’une convention avec {partenaire}.',
];

export const ACTIONS_FIN = [
  'Phase de test avec un panel d’usagers pendant {duree}.',
  'Communication dans le magazine municipal, sur le site et sur les réseaux sociaux.',
  'Formation de {n} agents référents.',
  'Ouverture au public et inauguration en présence des partenaires.',
  'Mise en place d’un comité de suivi qui se réunit chaque trimestre.',
  'Organisation de {n} réunions de présentation dans les quartiers et les hameaux.',
  'Évaluation à six mois et ajustements.',
  'Mise en œuvre progressive, service par service.',
];

export const RESULTATS = [
  '{nb} personnes ont utilisé le service la première année.',
  'Le taux de satisfaction mesuré par questionnaire atteint {pct} %.',
  'Le projet a été repris par {n} communes voisines.',
  'Les agents estiment gagner plusieurs heures par semaine.',
  'La fréquentation a progressé de {pct} % en deux ans.',
  'Le projet a été salué par le jury du label Territoires, Villes et Villages Internet en {anneeApres}.',
  'Les retours des usagers ont permis d’améliorer le service dès la deuxième année.',
  'Le coût de fonctionnement reste modeste : environ {budget} euros par an.',
  'Il est encore trop tôt pour mesurer l’impact, mais les premiers retours sont encourageants.',
  '{pct} % des usagers ne fréquentaient pas auparavant les services municipaux.',
];

export const RECOMMANDATIONS = [
  'Associer les usagers dès le début du projet, pas seulement au moment du lancement.',
  'Prévoir un temps d’animation : un outil seul ne suffit pas.',
  'Ne pas sous-estimer le temps de formation des agents.',
  'Commencer petit, mesurer, puis élargir.',
  'Choisir des outils ouverts et interopérables pour ne pas dépendre d’un seul prestataire.',
  'Communiquer régulièrement sur les résultats, y compris sur ce qui n’a pas marché.',
  'Garder un accueil physique pour les personnes qui ne sont pas à l’aise avec le numérique.',
  'S’appuyer sur les associations locales, qui connaissent les publics.',
  'Mutualiser avec les communes voisines pour réduire les coûts.',
  'Penser dès le départ à l’accessibilité et à la protection des données personnelles.',
  'Désigner un élu et un agent référents, clairement identifiés.',
  'Documenter le projet pour qu’il survive aux changements d’équipe.',
  'Prévoir un budget de fonctionnement, pas seulement d’investissement.',
  'Ne pas hésiter à contacter les collectivités qui ont déjà mené ce type de projet.',
  'Accepter de tâtonner : la mise en œuvre a pris plus de temps que prévu.',
  'Bien dimensionner le calendrier : {duree} n’étaient pas de trop.',
];

export const PUBLICS = [
  'les habitants',
  'les seniors',
  'les jeunes de 11 à 25 ans',
  'les familles',
  'les demandeurs d’emploi',
  'les associations locales',
  'les agents municipaux',
  'les élèves des écoles',
  'les commerçants du cœur de ville',
  'les personnes éloignées du numérique',
  'les nouveaux arrivants',
  'les entreprises du territoire',
  'les personnes en situation de handicap',
];

export const PARTENAIRES = [
  'la médiathèque',
  'le centre social',
  'l’office de tourisme',
  'la région',
  'le conseil départemental',
  'la caisse d’allocations familiales',
  'Pôle emploi',
  'la mission locale',
  'le conseil citoyen',
  'les écoles de la commune',
  'l’Éducation nationale',
  'la Caisse des dépôts',
  'l’association des commerçants',
  'le collège',
  'un fablab associatif',
  'La Poste',
  'les bailleurs sociaux',
  'la communauté de communes',
  'l’université',
  'la chambre de commerce et d’industrie',
];

export const DUREES = ['trois mois', 'six mois', 'neuf mois', 'un an', 'dix-huit mois', 'deux ans'];

export const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre', 'décembre'];

export const OUTILS_GENERIQUES = ['WordPress', 'Drupal', 'LibreOffice', 'Nextcloud', 'Facebook', 'YouTube', 'OpenStreetMap', 'Framadate', 'Jitsi Meet', 'Matomo', 'Canva', 'Mailchimp'];

/** Text of a link wrapped in an HTML quirk. */
export const TEXTES_LIENS = ['le site de la ville', 'en savoir plus', 'la page du projet', 'ici', 'la vidéo de présentation', 'le bilan complet'];

/** Short descriptions of lieux of type Autre, by kind. */
export const DESCRIPTIONS_AUTRE = [
  'Lieu d’accès public à internet et de médiation numérique.',
  'Structure associative ouverte à tous, en accès libre ou sur rendez-vous.',
  'Équipement culturel municipal.',
  'Lieu ressource pour les habitants et les associations du quartier.',
];
