import { foldTexte } from '../../src/core/texte.ts';

/**
 * The sheets of an export and their columns, in one place. `read` matches file names and headers
 * against these; `normalise` reads cells by the canonical keys.
 *
 * A canonical key is the header as export-format.md writes it, trimmed, lowercased, without
 * accents, `-` read as a space: `Sous-titre ` → `sous titre`, `Id_INSEE` → `id_insee`.
 * Matching is looser (see `cleComparaison`): `ID ACTION`, `id-action` and `IdAction` all match.
 */
export type NomFeuille =
  | 'Actions'
  | 'Services'
  | 'Lieux'
  | 'Personnes'
  | 'Liaison Lieux'
  | 'Liaison Personnes'
  | 'Liaison Services'
  | 'Labels';

/** Canonical key → header as the platform writes it (trimmed), per sheet, in the platform's column order. */
export const COLONNES = {
  Actions: {
    id_action: 'Id_Action',
    titre: 'Titre',
    'sous titre': 'Sous-titre',
    date: 'Date',
    synthese: 'Synthèse',
    actions: 'Actions',
    resultats: 'Résultats',
    recommandations: 'Recommandations',
    liens: 'Liens',
    outils: 'Outils',
    prestataires: 'Prestataires',
    videos: 'Videos',
    photos: 'Photos',
  },
  Services: {
    id_service: 'Id_Service',
    axe: 'Axe',
    'enjeu de developpement': 'Enjeu de développement',
    usage: 'Usage',
    service: 'Service',
  },
  Lieux: {
    id_lieu: 'Id_Lieu',
    type: 'Type',
    nom: 'Nom',
    description: 'Description',
    latitude: 'Latitude',
    longitude: 'Longitude',
    'adresse web': 'Adresse web',
    adresse: 'Adresse',
    'code postal': 'Code postal',
    ville: 'Ville',
    telephone: 'Telephone',
    fax: 'Fax',
    courriel: 'Courriel',
    population: 'Population',
    id_insee: 'Id_INSEE',
  },
  Personnes: {
    id_personne: 'Id_Personne',
    nom: 'Nom',
    titre: 'Titre',
    elu: 'Elu',
    adresse: 'Adresse',
    'code postal': 'Code postal',
    ville: 'Ville',
    telephone: 'Telephone',
    'telephone mobile': 'Telephone mobile',
    courriel: 'Courriel',
  },
  'Liaison Lieux': { id_action: 'Id_Action', id_lieu: 'Id_Lieu' },
  'Liaison Personnes': { id_action: 'Id_Action', id_personne: 'Id_Personne' },
  'Liaison Services': { id_action: 'Id_Action', id_service: 'Id_Service' },
  Labels: {
    id_insee: 'Id_INSEE',
    nom: 'Nom',
    annee: 'Année',
    arobases: 'Arobases',
    categorie: 'Catégorie',
    mention: 'Mention',
  },
} as const satisfies Record<NomFeuille, Record<string, string>>;

export type CleColonne<N extends NomFeuille> = keyof (typeof COLONNES)[N] & string;
/** The cells of one row of sheet N by canonical key ('' for a column the file does not have). */
export type Valeurs<N extends NomFeuille> = Record<CleColonne<N>, string>;

/** Columns without which a sheet cannot be read at all (→ ExportError COLONNE_MANQUANTE). */
export const COLONNES_REQUISES: { readonly [N in NomFeuille]: readonly CleColonne<N>[] } = {
  Actions: ['id_action', 'titre'],
  Services: ['id_service', 'axe', 'enjeu de developpement', 'usage', 'service'],
  Lieux: ['id_lieu'],
  Personnes: ['id_personne'],
  'Liaison Lieux': ['id_action', 'id_lieu'],
  'Liaison Personnes': ['id_action', 'id_personne'],
  'Liaison Services': ['id_action', 'id_service'],
  Labels: ['id_insee', 'annee', 'arobases'],
};

/** Every sheet, in reading order, and whether the build can do without it. */
export const FEUILLES: readonly { nom: NomFeuille; requise: boolean }[] = [
  { nom: 'Actions', requise: true },
  { nom: 'Services', requise: true },
  { nom: 'Lieux', requise: true },
  { nom: 'Personnes', requise: false },
  { nom: 'Liaison Lieux', requise: true },
  { nom: 'Liaison Personnes', requise: false },
  { nom: 'Liaison Services', requise: true },
  { nom: 'Labels', requise: false },
];

/** Canonical key of a header: trimmed, lowercased, no accents, `-` and runs of spaces → one space. */
export function cleEntete(entete: string): string {
  return entete
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Loose key used to match headers and file names: folded, with `_`, `-`, `.` and spaces ignored. */
export function cleComparaison(texte: string): string {
  return foldTexte(texte).replace(/ /g, '');
}

/** Sheet of a file name (`liaison_lieux.CSV` → `Liaison Lieux`), or undefined. */
export function feuilleDuFichier(nomFichier: string): NomFeuille | undefined {
  const base = nomFichier.split(/[\\/]/).pop()!;
  const m = /^(.*)\.(?:csv|tsv|txt)$/i.exec(base.trim());
  if (!m) return undefined;
  const cle = cleComparaison(m[1]);
  return FEUILLES.find((f) => cleComparaison(f.nom) === cle)?.nom;
}
