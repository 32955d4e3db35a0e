/** A tiny atlas for the engine's tests: 7 fiches, 2 axes, 3 services. */
import { TYPES_COLLECTIVITE } from '../../src/core/atlas-data.ts';
import { encodePointsIndex, type PointLigne } from '../../src/core/points-index.ts';
import { STRATES } from '../../src/core/strates.ts';
import type { MetaMoteur } from '../../src/worker/messages.ts';

export const META: MetaMoteur = {
  taxonomie: {
    axes: [
      {
        code: '1',
        numero: 1,
        libelle: 'Démocratie',
        enjeux: [{ code: '1.1', numero: 1, libelle: 'Services publics', usages: [{ code: '1.1.1', numero: 1, libelle: 'Démarches', services: [{ id: 'S1', libelle: 'Formulaires' }, { id: 'S3', libelle: 'Paiement' }] }] }],
      },
      {
        code: '2',
        numero: 2,
        libelle: 'Vivre ensemble',
        enjeux: [{ code: '2.1', numero: 1, libelle: 'Lien social', usages: [{ code: '2.1.1', numero: 1, libelle: 'Médiation', services: [{ id: 'S2', libelle: 'EPN' }] }] }],
      },
    ],
  },
  services: ['S1', 'S2', 'S3'],
  regions: [
    { code: '11', nom: 'Île-de-France' },
    { code: '84', nom: 'Auvergne-Rhône-Alpes' },
    { code: '93', nom: 'Provence-Alpes-Côte d’Azur' },
  ],
  departements: [
    { code: '75', nom: 'Paris', region: '11', population: 2_100_000 },
    { code: '78', nom: 'Yvelines', region: '11', population: 1_400_000 },
    { code: '69', nom: 'Rhône', region: '84', population: 1_900_000 },
    { code: '13', nom: 'Bouches-du-Rhône', region: '93', population: 2_000_000 },
  ],
  strates: [...STRATES],
  typesCollectivite: TYPES_COLLECTIVITE,
};

/** A point of the index with the defaults of a fiche that says little. */
export const ligne = (p: Partial<PointLigne> & Pick<PointLigne, 'lng' | 'lat' | 'services'>): PointLigne => ({
  collectivite: null,
  annee: null,
  arobases: 0,
  type: 1,
  strate: null,
  region: null,
  departement: null,
  precision: 1,
  ...p,
});

export const PARIS: [number, number] = [2.35222, 48.85661];
export const VERSAILLES: [number, number] = [2.13012, 48.80489];
export const LYON: [number, number] = [4.83566, 45.76404];
export const MARSEILLE: [number, number] = [5.36978, 43.29648];

export const LIGNES: PointLigne[] = [
  ligne({ lng: PARIS[0], lat: PARIS[1], services: [0], collectivite: 0, annee: 2012, region: 0, departement: 0, arobases: 5 }),
  ligne({ lng: PARIS[0], lat: PARIS[1], services: [1, 0], collectivite: 0, annee: 2014, region: 0, departement: 0, arobases: 5 }),
  ligne({ lng: PARIS[0], lat: PARIS[1], services: [0], collectivite: 0, annee: 2010, region: 0, departement: 0, arobases: 5 }),
  ligne({ lng: VERSAILLES[0], lat: VERSAILLES[1], services: [1], collectivite: 1, annee: null, region: 0, departement: 1, arobases: 3 }),
  ligne({ lng: LYON[0], lat: LYON[1], services: [2], collectivite: 2, annee: 2013, region: 1, departement: 2, arobases: 4 }),
  ligne({ lng: null, lat: null, services: [0], collectivite: 3, annee: 2011 }),
  ligne({ lng: MARSEILLE[0], lat: MARSEILLE[1], services: [], collectivite: 4, annee: 2009, region: 2, departement: 3, arobases: 1 }),
];

export function bufferTest(): ArrayBuffer {
  return encodePointsIndex(LIGNES);
}
