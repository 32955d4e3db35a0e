/**
 * Fake people and companies. First and last names are common French ones, combined at random,
 * so no row describes a real person. Company names are built from syllables.
 */

export const PRENOMS_F = [
  'Marie', 'Nathalie', 'Isabelle', 'Sylvie', 'Catherine', 'Françoise', 'Christine', 'Sandrine', 'Valérie', 'Céline',
  'Sophie', 'Stéphanie', 'Aurélie', 'Émilie', 'Julie', 'Camille', 'Claire', 'Hélène', 'Anne', 'Agnès',
  'Laurence', 'Martine', 'Chantal', 'Brigitte', 'Élodie', 'Virginie', 'Karine', 'Delphine', 'Laëtitia', 'Noémie',
  'Maëlle', 'Gaëlle', 'Solène', 'Chloé', 'Léa', 'Manon', 'Inès', 'Yasmina', 'Fatou', 'Josiane',
];

export const PRENOMS_M = [
  'Jean', 'Philippe', 'Michel', 'Alain', 'Patrick', 'Nicolas', 'Christophe', 'Pierre', 'Christian', 'Éric',
  'Frédéric', 'Laurent', 'Stéphane', 'David', 'Olivier', 'Julien', 'Thierry', 'Sébastien', 'François', 'Jérôme',
  'Bruno', 'Didier', 'Yannick', 'Gilles', 'Hervé', 'Pascal', 'Denis', 'Benoît', 'Loïc', 'Gaël',
  'Mathieu', 'Romain', 'Thomas', 'Antoine', 'Hugo', 'Karim', 'Mamadou', 'Joël', 'Jean-Luc', 'Jean-François',
];

export const NOMS = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefèvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Masson', 'Sanchez', 'Gérard', 'Nguyen', 'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Gautier',
  'Roger', 'Roche', 'Roy', 'Noël', 'Meyer', 'Lucas', 'Meunier', 'Jean', 'Pérez', 'Marchand',
  'Dufour', 'Blanchard', 'Marie', 'Barbier', 'Brun', 'Dumas', 'Brunet', 'Schmitt', 'Leroux', 'Colin',
  'Le Gall', 'Le Goff', 'Kerleau', 'Etcheverry', 'Casanova', 'Paoli', 'Hoarau', 'Payet', 'Jean-Baptiste', 'Œuvrard',
];

/** [masculin, féminin, élu]. */
export const FONCTIONS: readonly [string, string, boolean][] = [
  ['Maire', 'Maire', true],
  ['Adjoint au maire délégué au numérique', 'Adjointe au maire déléguée au numérique', true],
  ['Conseiller municipal délégué à la démocratie participative', 'Conseillère municipale déléguée à la démocratie participative', true],
  ['Adjoint chargé de la communication', 'Adjointe chargée de la communication', true],
  ['Vice-président chargé du numérique', 'Vice-présidente chargée du numérique', true],
  ['Directeur des systèmes d’information', 'Directrice des systèmes d’information', false],
  ['Chargé de mission numérique', 'Chargée de mission numérique', false],
  ['Animateur multimédia', 'Animatrice multimédia', false],
  ['Responsable de l’espace public numérique', 'Responsable de l’espace public numérique', false],
  ['Directeur de la communication', 'Directrice de la communication', false],
  ['Directeur général des services', 'Directrice générale des services', false],
  ['Secrétaire de mairie', 'Secrétaire de mairie', false],
  ['Conseiller numérique', 'Conseillère numérique', false],
  ['Responsable de la médiathèque', 'Responsable de la médiathèque', false],
  ['Chef de projet démocratie locale', 'Cheffe de projet démocratie locale', false],
  ['Président de l’association', 'Présidente de l’association', false],
];

const RACINES = ['Numéri', 'Terri', 'Data', 'Agora', 'Civi', 'Info', 'Médi', 'Inno', 'Cyber', 'Alti', 'Océa', 'Azur', 'Arvor', 'Occi', 'Pixe', 'Lumi', 'Kali', 'Nova', 'Vox', 'Agil', 'Synap', 'Ouest', 'Rhôna', 'Citi', 'Libr'];
const SUFFIXES = ['com', 'lab', 'sys', 'tic', 'web', 'net', 'logic', 'média', 'soft', 'data', 'ware', 'sens', 'cité', 'link'];
const FORMES = ['{x}', '{x} SARL', '{x} Conseil', 'Agence {x}', '{x} Informatique', 'SCOP {x}', '{x} & Associés', 'Groupe {x}', '{x} Solutions', 'Studio {x}', 'Atelier {x}', '{x} SAS'];

/** Every plausible, made-up company name: root × suffix × form (4,200 of them). */
export const PRESTATAIRES: readonly string[] = FORMES.flatMap((forme) => RACINES.flatMap((r) => SUFFIXES.map((s) => forme.replace('{x}', r + s))));

export const RUES = [
  '{n} rue de la République', 'Place de l’Hôtel de Ville', '{n} avenue Jean-Jaurès', '{n} rue Victor-Hugo', '{n} boulevard Gambetta',
  'Place du Général-de-Gaulle', '{n} rue de l’Église', '{n} Grande Rue', '{n} place de la Mairie', '{n} rue des Écoles',
  '{n} rue Pasteur', '{n} avenue de la Gare', '{n} rue du Château', '{n} chemin des Vignes', '{n} rue Jules-Ferry',
];
