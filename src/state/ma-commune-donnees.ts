/**
 * « Ma commune », derived: the enjeux of every collectivité (asked once from the worker), the
 * chosen one's profile, its ranked peers, their fiches and the ideas to borrow, and what the
 * map draws. Loaded lazily: nothing is asked before the tab or a `commune=` link needs it.
 */
import { computed, effect, signal } from '@preact/signals';
import type { CommuneRepere } from '../core/atlas-data.ts';
import { codesEnjeux, enjeuxDe, type CouvertureEnjeux } from '../core/pairs/enjeux-couverts.ts';
import { ideesDesPairs, type FichePair, type GroupeIdees } from '../core/pairs/idees.ts';
import { profilDeCollectivite, profilDeCommune, type ProfilPair } from '../core/pairs/profil.ts';
import { classerPairs, REGLAGES_PAIRS_DEFAUT, type Pair } from '../core/pairs/similarite.ts';
import { chargerCommunes, type IndexCommunes } from '../data/communes.ts';
import { clientAtlas } from './atlas.ts';
import { allerA, collectivites, meta, onglet, statut } from './etat.ts';
import { ajusterCartePairs, communeChoisie, comparees, reglagesPairs } from './ma-commune.ts';

export const couverture = signal<CouvertureEnjeux | null>(null);
export const indexCommunes = signal<IndexCommunes | null>(null);
export const erreurDonneesPairs = signal<string | null>(null);
/** Fiches of the chosen collectivité, of its peers and of the compared ones, for the current choice. */
export const fichesPairs = signal<{ cle: string; fiches: FichePair[] } | null>(null);

const besoin = computed(() => onglet.value === 'commune' || communeChoisie.value !== null);

let demarre = false;

/** Starts the loads once the atlas is ready and the tab (or a shared link) needs them. */
export function demarrerMaCommune(): () => void {
  if (demarre) return () => undefined;
  demarre = true;
  const arreterChargement = effect(() => {
    const m = meta.value;
    const cs = collectivites.value;
    if (!besoin.value || statut.value !== 'pret' || !m) return;
    if (!indexCommunes.value)
      chargerCommunes(m.fichiers.communes).then(
        (ix) => (indexCommunes.value = ix),
        () => (erreurDonneesPairs.value = 'La liste des communes n’a pas pu être chargée.'),
      );
    const client = clientAtlas();
    if (cs && client && !couverture.value)
      client.requete('couvertureEnjeux', { enjeux: codesEnjeux(m.taxonomie), nbCollectivites: cs.length }).then(
        (c) => {
          if (c) couverture.value = c;
        },
        (e: unknown) => (erreurDonneesPairs.value = e instanceof Error ? e.message : String(e)),
      );
  });
  const arreterFiches = effect(() => {
    const cle = clefFiches.value;
    const client = clientAtlas();
    if (!cle || !client) return;
    const indices = cle.split(',').map(Number);
    void client.requete('fichesDeCollectivites', { collectivites: indices }, { canal: 'fiches-pairs' }).then((fiches) => {
      if (fiches) fichesPairs.value = { cle, fiches };
    });
  });
  let ajuste = ajusterCartePairs.peek();
  const arreterAjustement = effect(() => {
    const n = ajusterCartePairs.value;
    const pts = pointsPairsCarte.value;
    if (n === ajuste || !pts || (pts.choisie === null && pts.pairs.length === 0)) return;
    ajuste = n;
    const tous = [...(pts.choisie ? [pts.choisie] : []), ...pts.pairs];
    if (tous.length === 1) {
      allerA({ lng: tous[0].lng, lat: tous[0].lat, zoom: 10 });
      return;
    }
    const lngs = tous.map((p) => p.lng);
    const lats = tous.map((p) => p.lat);
    allerA({ bornes: [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)], maxZoom: 11 });
  });
  return () => {
    arreterChargement();
    arreterFiches();
    arreterAjustement();
    demarre = false;
  };
}

/** Every collectivité of the atlas as a profile, with its enjeux. */
export const profilsCollectivites = computed<ProfilPair[] | null>(() => {
  const cs = collectivites.value;
  const cv = couverture.value;
  if (!cs || !cv) return null;
  return cs.map((c, k) => profilDeCollectivite(c, k, enjeuxDe(cv, k), cv.fiches[k]));
});

const parCode = computed(() => new Map((profilsCollectivites.value ?? []).map((p) => [p.code, p])));

const repereParCode = computed(() => {
  const ix = indexCommunes.value;
  const m = new Map<string, CommuneRepere>();
  if (ix) for (const c of ix.communes) m.set(c[0], c);
  return m;
});

/** The profile of a code: its collectivité when it has fiches, else its commune of the registry. */
export function profilDuCode(code: string): ProfilPair | null {
  const p = parCode.value.get(code);
  if (p) return p;
  const r = repereParCode.value.get(code);
  const m = meta.value;
  return r && m ? profilDeCommune(r, m.strates, m.departements) : null;
}

/** 'chargement' while the data it needs is not there, 'inconnue' for a code found nowhere. */
export const profilChoisi = computed<ProfilPair | 'chargement' | 'inconnue' | null>(() => {
  const code = communeChoisie.value;
  if (!code) return null;
  const p = parCode.value.get(code);
  if (p) return p;
  if (!profilsCollectivites.value || !indexCommunes.value) return erreurDonneesPairs.value ? 'inconnue' : 'chargement';
  return profilDuCode(code) ?? 'inconnue';
});

export const pairs = computed<Pair[]>(() => {
  const cible = profilChoisi.value;
  const candidats = profilsCollectivites.value;
  if (!cible || typeof cible === 'string' || !candidats) return [];
  return classerPairs(cible, candidats, { ...REGLAGES_PAIRS_DEFAUT, ...reglagesPairs.value });
});

export const profilsCompares = computed<ProfilPair[]>(() => {
  void parCode.value;
  void repereParCode.value;
  return comparees.value.map(profilDuCode).filter((p): p is ProfilPair => p !== null);
});

/** The collectivité indices whose fiches are needed, as a stable key. */
const clefFiches = computed<string | null>(() => {
  const cible = profilChoisi.value;
  if (!cible || typeof cible === 'string') return null;
  const indices = new Set<number>();
  if (cible.indice >= 0) indices.add(cible.indice);
  for (const p of pairs.value) indices.add(p.profil.indice);
  for (const p of profilsCompares.value) if (p.indice >= 0) indices.add(p.indice);
  return indices.size ? [...indices].sort((a, b) => a - b).join(',') : null;
});

/** Fiches for the current choice, once they have arrived (null while loading). */
const fichesActuelles = computed<FichePair[] | null>(() => {
  const f = fichesPairs.value;
  const cle = clefFiches.value;
  if (cle === null) return [];
  return f && f.cle === cle ? f.fiches : null;
});

export const fichesChoisie = computed<FichePair[] | null>(() => {
  const cible = profilChoisi.value;
  const f = fichesActuelles.value;
  if (!cible || typeof cible === 'string' || !f) return null;
  return f.filter((x) => x.c === cible.indice);
});

export const idees = computed<GroupeIdees[] | null>(() => {
  const cible = profilChoisi.value;
  const f = fichesActuelles.value;
  const m = meta.value;
  if (!cible || typeof cible === 'string' || !f || !m) return null;
  const rangs = new Map(pairs.value.map((p, r) => [p.profil.indice, r]));
  return ideesDesPairs(cible.enjeux, f, rangs, codesEnjeux(m.taxonomie));
});

/** What the map draws while the tab is open: the chosen one and its ranked peers. */
export interface PointsPairs {
  choisie: { lng: number; lat: number; nom: string } | null;
  pairs: { lng: number; lat: number; nom: string; rang: number }[];
}

export const pointsPairsCarte = computed<PointsPairs | null>(() => {
  const cible = profilChoisi.value;
  if (onglet.value !== 'commune' || !cible || typeof cible === 'string') return null;
  return {
    choisie: cible.lng !== null && cible.lat !== null ? { lng: cible.lng, lat: cible.lat, nom: cible.nom } : null,
    pairs: pairs.value.filter((p) => p.profil.lng !== null && p.profil.lat !== null).map((p, k) => ({ lng: p.profil.lng as number, lat: p.profil.lat as number, nom: p.profil.nom, rang: k + 1 })),
  };
});
