/**
 * The profile that the peer ranking compares: a collectivité of the atlas, or a commune of the
 * registry that has no fiche yet (then no label and no enjeux, but still a size and a place).
 */
import type { Collectivite, CommuneRepere, DepartementMeta, LabelAnnee, StrateMeta, TypeCollectivite } from '../atlas-data.ts';

/** Communes are compared with communes, territoires (EPCI) with territoires. */
export type Nature = 'commune' | 'territoire' | 'autre';

export interface ProfilPair {
  code: string;
  nom: string;
  nature: Nature;
  type: TypeCollectivite;
  population: number | null;
  /** Index into AtlasMeta.strates, -1 when unknown. */
  strate: number;
  departement: string | null;
  region: string | null;
  lng: number | null;
  lat: number | null;
  labels: readonly LabelAnnee[];
  /** Arobases of the latest label year, 0 when never labelled. */
  arobases: number;
  /** Enjeu code → fiches in it; only enjeux with at least one fiche. */
  enjeux: ReadonlyMap<string, number>;
  nbFiches: number;
  /** Index into collectivites.json, or -1 for a commune with no fiche. */
  indice: number;
}

export function natureDe(type: TypeCollectivite): Nature {
  return type === 'territoire' ? 'territoire' : type === 'autre' ? 'autre' : 'commune';
}

/** Level of the latest label year (labels oldest first), 0 when none. */
export function dernierNiveau(labels: readonly LabelAnnee[]): number {
  let dernier: LabelAnnee | null = null;
  for (const l of labels) if (!dernier || l.annee > dernier.annee) dernier = l;
  return dernier?.arobases ?? 0;
}

export function profilDeCollectivite(c: Collectivite, indice: number, enjeux: ReadonlyMap<string, number>, nbFiches = c.nbFiches): ProfilPair {
  return {
    code: c.code,
    nom: c.nom,
    nature: natureDe(c.type),
    type: c.type,
    population: c.population,
    strate: c.strate,
    departement: c.departement,
    region: c.region,
    lng: c.lng,
    lat: c.lat,
    labels: c.labels,
    arobases: dernierNiveau(c.labels),
    enjeux,
    nbFiches,
    indice,
  };
}

/** Index of a population in the size classes (min inclusive, max exclusive), -1 when unknown. */
export function strateDe(population: number | null, strates: readonly StrateMeta[]): number {
  if (population === null || !Number.isFinite(population) || population < 0) return -1;
  return strates.findIndex((s) => population >= s.min && (s.max === null || population < s.max));
}

/** Below this population the label calls a commune a village (as the build does). */
export const SEUIL_VILLAGE = 3500;

/** A commune of the registry that no fiche names: size and place only. */
export function profilDeCommune(r: CommuneRepere, strates: readonly StrateMeta[], departements: readonly DepartementMeta[]): ProfilPair {
  const [code, nom, departement, lng, lat, pop] = r;
  const population = pop > 0 ? pop : null;
  return {
    code,
    nom,
    nature: 'commune',
    type: population !== null && population < SEUIL_VILLAGE ? 'village' : 'ville',
    population,
    strate: strateDe(population, strates),
    departement,
    region: departements.find((d) => d.code === departement)?.region ?? null,
    lng,
    lat,
    labels: [],
    arobases: 0,
    enjeux: new Map(),
    nbFiches: 0,
    indice: -1,
  };
}
