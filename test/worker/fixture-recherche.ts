/**
 * Ten small fiches for the search tests, written by hand so that each French quirk and each rank
 * of the ranking has a fiche to find. `i` is the fiche's index, as in points.bin.
 */
import { documentRecherche, indexerRecherche, lecteurEnMemoire, type FicheRecherchable } from '../../src/core/recherche-index.ts';
import { chargerRecherche, type MoteurRecherche } from '../../src/worker/recherche.ts';

const vide = { sousTitre: '', synthese: '', actions: '', resultats: '', recommandations: '', outils: '', prestataires: '', lieux: [] };

export const FICHES: FicheRecherchable[] = [
  {
    ...vide,
    i: 0,
    titre: 'Budget participatif : les habitants votent',
    synthese: 'En 2019, la commune a lancé son premier budget participatif.',
    outils: 'Decidim',
    prestataires: 'Open Source Politics',
    lieux: [{ nom: 'Mairie de Hannocourt', commune: 'Hannocourt' }],
  },
  {
    ...vide,
    i: 1,
    titre: 'Des écoles connectées',
    sousTitre: 'Chaque école gère ses budgets participatifs',
    actions: 'Équipement de 10 classes en vidéoprojecteurs interactifs.',
    lieux: [{ nom: 'Saint-Étienne', commune: 'Saint-Étienne' }],
  },
  {
    ...vide,
    i: 2,
    titre: 'Mise en œuvre d’un portail citoyen',
    synthese: 'Le cœur de ville a son portail ; l’Œuvre des Jeunes y participe.',
    lieux: [{ nom: 'Lyon', commune: 'Lyon' }],
  },
  {
    ...vide,
    i: 3,
    titre: 'Ateliers de médiation',
    synthese: 'Jusqu’à présent, l’association accueillait les habitants sans rendez-vous. Wifi gratuit dans la salle.',
    lieux: [{ nom: 'Espace public numérique', commune: 'Brest' }],
  },
  {
    ...vide,
    i: 4,
    titre: 'Une démarche de démocratie participative',
    synthese: 'Les citoyen·ne·s proposent, les élus décident.',
    outils: 'Borne wifi, Framadate',
    lieux: [{ nom: 'Communauté de communes du Grand Est', commune: null }],
  },
  {
    ...vide,
    i: 5,
    titre: 'Un tiers-lieu dans l’ancienne gare',
    lieux: [{ nom: 'Espace Wifi', commune: 'Quimper' }],
  },
  {
    ...vide,
    i: 6,
    titre: 'Wifi gratuit dans les lieux publics',
    synthese: 'Des bornes dans les parcs.',
    lieux: [{ nom: 'Nantes', commune: 'Nantes' }],
  },
  {
    ...vide,
    i: 7,
    titre: 'Wifi dans les bus',
    synthese: 'L’accès est gratuit pour les voyageurs.',
    lieux: [{ nom: 'Rennes', commune: 'Rennes' }],
  },
  {
    ...vide,
    i: 8,
    titre: 'Les agents municipaux se forment',
    synthese: 'Formation des agents, quel que soit leur âge.',
    lieux: [{ nom: 'Lille', commune: 'Lille' }],
  },
  {
    ...vide,
    i: 9,
    titre: 'Animateurs et animatrices numériques',
    synthese: 'L’animation des ateliers est assurée par deux animateurs.',
    lieux: [{ nom: 'Chevaux-sur-Mer', commune: 'Chevaux-sur-Mer' }],
  },
];

/** The engine over `fiches`, built and loaded in memory. */
export function moteurDe(fiches: readonly FicheRecherchable[] = FICHES): Promise<MoteurRecherche> {
  return chargerRecherche(lecteurEnMemoire(indexerRecherche(fiches.map(documentRecherche))));
}
