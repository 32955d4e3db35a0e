/**
 * Filters over the point index: one predicate per filter, all of the same shape
 * `(index, i) => boolean`, combined with AND between filters and OR within one filter.
 * Pure: used by the worker (clustering, lists, counts) and by tests.
 */
import type { AtlasMeta, TypeCollectivite } from './atlas-data.ts';
import type { PointsIndex } from './points-index.ts';

export interface Filtres {
  /** Axe codes (`1`), OR. */
  axes?: readonly string[];
  /** Enjeu codes (`1.2`), OR. */
  enjeux?: readonly string[];
  /** Usage codes (`1.2.3`), OR. */
  usages?: readonly string[];
  /** Service ids (`S12`), OR. */
  services?: readonly string[];
  /** Region codes (INSEE, `84`). */
  regions?: readonly string[];
  /** Department codes (`42`, `2A`, `971`). */
  departements?: readonly string[];
  /** Inclusive [min, max] publication years; either end may be null (open). */
  annees?: readonly [number | null, number | null];
  types?: readonly TypeCollectivite[];
  /** Strate codes (`500-2000`). */
  strates?: readonly string[];
  /** Label levels 1–5 (0 = no label). */
  arobases?: readonly number[];
  /** Full-text query; the worker resolves it into matching indices (see `Selection.texte`). */
  texte?: string;
  /** "The current map view only": [west, south, east, north] in degrees; unplaced fiches never match. */
  vue?: Vue | null;
  /**
   * Collectivité codes (INSEE of a commune, SIREN of an EPCI), OR: the collectivité's own fiches
   * and, for an EPCI, its member communes'. The worker resolves them (see `Selection.collectivites`).
   */
  collectivites?: readonly string[];
}

/** [west, south, east, north] in degrees; west > east crosses the antimeridian, a span ≥ 360° takes every longitude. */
export type Vue = readonly [number, number, number, number];

/**
 * Fiches matched by the full-text query, in one of three shapes: a Set of indices, a byte mask
 * (`Uint8Array`, one byte per fiche, non-zero = match) or a bitset (`Uint32Array`, bit i % 32 of
 * word i >> 5 = match).
 */
export type EnsembleTexte = ReadonlySet<number> | Uint8Array | Uint32Array;

/** Whether fiche i is in the text search's result, whatever its shape. */
export function dansEnsemble(e: EnsembleTexte, i: number): boolean {
  if (e instanceof Uint8Array) return e[i] !== undefined && e[i] !== 0;
  if (e instanceof Uint32Array) return ((e[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
  return e.has(i);
}

/** Whether a point lies in a map view (a NaN coordinate never does). */
export function dansVue(lng: number, lat: number, v: Vue): boolean {
  if (!(lat >= v[1] && lat <= v[3])) return false;
  if (v[2] - v[0] >= 360) return !Number.isNaN(lng);
  const w = enveloppeLng(v[0]);
  const e = enveloppeLng(v[2]);
  return w <= e ? lng >= w && lng <= e : lng >= w || lng <= e;
}

/** A longitude brought into [-180, 180] (a map view can run past ±180 at low zoom); 180 stays 180. */
export function enveloppeLng(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/** Resolved inputs that a predicate cannot compute from the index alone. */
export interface Selection {
  /** Indices matched by the full-text query, when `Filtres.texte` is set. */
  texte?: EnsembleTexte | null;
  /** Indices into collectivites.json matched by `Filtres.collectivites`; unresolved, the filter matches nothing. */
  collectivites?: ReadonlySet<number> | null;
}

/** What resolving `Filtres.collectivites` needs from collectivites.json, in its order. */
export interface CodesCollectivites {
  codes: readonly string[];
  /** SIREN of each collectivité's EPCI, or null. */
  epci: readonly (string | null)[];
}

/** The collectivités (indices) a collectivité filter selects: the codes themselves and the members of an EPCI among them. */
export function resoudreCollectivites(voulus: readonly string[], c: CodesCollectivites): Set<number> {
  const set = new Set(voulus);
  const r = new Set<number>();
  for (let k = 0; k < c.codes.length; k++) {
    const epci = c.epci[k];
    if (set.has(c.codes[k]) || (epci !== null && epci !== undefined && set.has(epci))) r.add(k);
  }
  return r;
}

function parCollectivite(sel: Selection): Predicat {
  const ok = sel.collectivites ?? new Set<number>();
  return (idx, i) => ok.has(idx.collectivite[i]);
}

export type Predicat = (index: PointsIndex, i: number) => boolean;

/** Lookup tables from `AtlasMeta` that the predicates need: service index → axe/enjeu/usage codes. */
export interface TablesFiltres {
  axeDuService: string[];
  enjeuDuService: string[];
  usageDuService: string[];
  idDuService: readonly string[];
  regions: readonly string[];
  departements: readonly string[];
  strates: readonly string[];
  types: readonly string[];
}

export function tablesFiltres(meta: Pick<AtlasMeta, 'taxonomie' | 'services' | 'regions' | 'departements' | 'strates' | 'typesCollectivite'>): TablesFiltres {
  const classement = new Map<string, { axe: string; enjeu: string; usage: string }>();
  for (const axe of meta.taxonomie.axes)
    for (const enjeu of axe.enjeux)
      for (const usage of enjeu.usages)
        for (const s of usage.services) classement.set(s.id, { axe: axe.code, enjeu: enjeu.code, usage: usage.code });
  return {
    axeDuService: meta.services.map((id) => classement.get(id)?.axe ?? ''),
    enjeuDuService: meta.services.map((id) => classement.get(id)?.enjeu ?? ''),
    usageDuService: meta.services.map((id) => classement.get(id)?.usage ?? ''),
    idDuService: meta.services,
    regions: meta.regions.map((r) => r.code),
    departements: meta.departements.map((d) => d.code),
    strates: meta.strates.map((s) => s.code),
    types: meta.typesCollectivite,
  };
}

const vide = (l: readonly unknown[] | undefined): l is undefined => !l || l.length === 0;

function parService(codes: readonly string[], table: readonly string[]): Predicat {
  const voulus = new Set(codes);
  const ok = table.map((c) => voulus.has(c));
  return (idx, i) => {
    for (let k = idx.serviceOffsets[i]; k < idx.serviceOffsets[i + 1]; k++) if (ok[idx.services[k]]) return true;
    return false;
  };
}

function parOctet(codes: readonly string[], table: readonly string[], colonne: (idx: PointsIndex) => Uint8Array): Predicat {
  const voulus = new Set(codes);
  const ok = new Uint8Array(256);
  table.forEach((c, k) => {
    if (voulus.has(c)) ok[k] = 1;
  });
  return (idx, i) => ok[colonne(idx)[i]] === 1;
}

/** The predicates of the active filters; an empty list means "everything matches". */
export function predicats(f: Filtres, t: TablesFiltres, sel: Selection = {}): Predicat[] {
  const p: Predicat[] = [];
  if (!vide(f.axes)) p.push(parService(f.axes, t.axeDuService));
  if (!vide(f.enjeux)) p.push(parService(f.enjeux, t.enjeuDuService));
  if (!vide(f.usages)) p.push(parService(f.usages, t.usageDuService));
  if (!vide(f.services)) p.push(parService(f.services, t.idDuService));
  if (!vide(f.regions)) p.push(parOctet(f.regions, t.regions, (x) => x.region));
  if (!vide(f.departements)) p.push(parOctet(f.departements, t.departements, (x) => x.departement));
  if (!vide(f.strates)) p.push(parOctet(f.strates, t.strates, (x) => x.strate));
  if (!vide(f.types)) p.push(parOctet(f.types, t.types, (x) => x.type));
  if (!vide(f.arobases)) {
    const ok = new Set(f.arobases);
    p.push((idx, i) => ok.has(idx.arobases[i]));
  }
  if (f.annees && (f.annees[0] !== null || f.annees[1] !== null)) {
    const min = f.annees[0] ?? 0;
    const max = f.annees[1] ?? 65535;
    p.push((idx, i) => idx.annee[i] !== 0 && idx.annee[i] >= min && idx.annee[i] <= max);
  }
  if (f.texte && f.texte.trim() !== '' && sel.texte) {
    const set = sel.texte;
    p.push((_idx, i) => dansEnsemble(set, i));
  }
  if (f.vue) {
    const v = f.vue;
    p.push((idx, i) => dansVue(idx.lng[i], idx.lat[i], v));
  }
  if (!vide(f.collectivites)) p.push(parCollectivite(sel));
  return p;
}

/** 1 for every fiche that passes all filters. */
export function masqueFiltres(index: PointsIndex, f: Filtres, t: TablesFiltres, sel: Selection = {}): Uint8Array {
  const masque = new Uint8Array(index.n);
  const p = predicats(f, t, sel);
  outer: for (let i = 0; i < index.n; i++) {
    for (const q of p) if (!q(index, i)) continue outer;
    masque[i] = 1;
  }
  return masque;
}

export function filtresActifs(f: Filtres): boolean {
  return (
    !vide(f.axes) ||
    !vide(f.enjeux) ||
    !vide(f.usages) ||
    !vide(f.services) ||
    !vide(f.regions) ||
    !vide(f.departements) ||
    !vide(f.types) ||
    !vide(f.strates) ||
    !vide(f.arobases) ||
    (!!f.annees && (f.annees[0] !== null || f.annees[1] !== null)) ||
    (!!f.texte && f.texte.trim() !== '') ||
    !!f.vue ||
    !vide(f.collectivites)
  );
}

/**
 * The facets of the faceted search (src/core/facettes.ts), each one filter of the UI:
 *   thematique  axes, enjeux, usages and services together, one tree: a fiche matches when any of
 *               its services lies under any selected node (OR across levels)
 *   territoire  regions, departements and collectivites together, one tree (region > departement >
 *               collectivité), OR
 *   annees      the year range;  types, strates, arobases: one column each
 *   texte       the full-text search's result;  vue: the current map view
 * AND across facets, OR within one. `predicats` above keeps each list a filter of its own (so
 * `axes` AND `enjeux`); this is where the two differ, and only when two levels of one tree are set.
 */
export type Facette = 'thematique' | 'territoire' | 'annees' | 'types' | 'strates' | 'arobases' | 'texte' | 'vue';
export const FACETTES: readonly Facette[] = ['thematique', 'territoire', 'annees', 'types', 'strates', 'arobases', 'texte', 'vue'];

/**
 * One predicate per active facet (absent = the facet does not filter), applied naively; the
 * facet engine computes the same sets in one pass, and the tests check it against these.
 */
export function predicatsParFacette(f: Filtres, t: TablesFiltres, sel: Selection = {}): Partial<Record<Facette, Predicat>> {
  const p: Partial<Record<Facette, Predicat>> = {};
  if (!vide(f.axes) || !vide(f.enjeux) || !vide(f.usages) || !vide(f.services)) {
    const axes = new Set(f.axes ?? []);
    const enjeux = new Set(f.enjeux ?? []);
    const usages = new Set(f.usages ?? []);
    const services = new Set(f.services ?? []);
    const ok = t.idDuService.map(
      (id, k) =>
        services.has(id) ||
        (t.usageDuService[k] !== '' && usages.has(t.usageDuService[k])) ||
        (t.enjeuDuService[k] !== '' && enjeux.has(t.enjeuDuService[k])) ||
        (t.axeDuService[k] !== '' && axes.has(t.axeDuService[k])),
    );
    p.thematique = (idx, i) => {
      for (let k = idx.serviceOffsets[i]; k < idx.serviceOffsets[i + 1]; k++) if (ok[idx.services[k]]) return true;
      return false;
    };
  }
  if (!vide(f.regions) || !vide(f.departements) || !vide(f.collectivites)) {
    const region = parOctet(f.regions ?? [], t.regions, (x) => x.region);
    const departement = parOctet(f.departements ?? [], t.departements, (x) => x.departement);
    // The collectivités are the third level of the territoire tree (region > departement > collectivité).
    const collectivite: Predicat = vide(f.collectivites) ? () => false : parCollectivite(sel);
    p.territoire = (idx, i) => region(idx, i) || departement(idx, i) || collectivite(idx, i);
  }
  // The other facets are one filter each: the very predicates of `predicats`.
  const seul = (g: Filtres): Predicat | undefined => predicats(g, t, sel)[0];
  p.annees = seul({ annees: f.annees });
  p.types = seul({ types: f.types });
  p.strates = seul({ strates: f.strates });
  p.arobases = seul({ arobases: f.arobases });
  p.texte = seul({ texte: f.texte });
  p.vue = seul({ vue: f.vue });
  for (const cle of FACETTES) if (!p[cle]) delete p[cle];
  return p;
}