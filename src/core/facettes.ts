/**
 * The faceted search: which fiches match the filters, and, for every value of every facet, how many
 * fiches would match if that value were the facet's only selection (disjunctive counts). Pure, no
 * DOM: the worker runs it over the point index at each filter change.
 *
 * Facets (see `Facette` in filtres.ts): thematique (axes, enjeux, usages, services as one tree),
 * territoire (regions, departements, collectivites as one tree), annees, types, strates, arobases, texte, vue.
 * AND across facets, OR within one.
 *
 * One pass per call. For each fiche, the facets it fails make a small bitmask:
 *   0 failures      the fiche matches: it counts for every value of every facet it has
 *   1 failure (F)   it counts only for the values of F (it would match if F selected its value)
 *   2 or more       it counts nowhere
 * So a facet's counts ignore that facet's own selection and honour every other one: O(N × nodes).
 *
 * All per-fiche tables are built once by `creerMoteurFacettes`; a call allocates only its result
 * (the matching indices and one Record per facet).
 */
import { PRECISIONS, type AtlasMeta, type CompteurFacette, type FacettesGlobales } from './atlas-data.ts';
import { dansEnsemble, dansVue, type EnsembleTexte, type Facette, type Filtres, type Selection } from './filtres.ts';
import { AUCUN_U8, type PointsIndex } from './points-index.ts';

/** What the engine reads from atlas.json (the worker's MetaMoteur will do: `precisions` defaults to PRECISIONS). */
export type MetaFacettes = Pick<AtlasMeta, 'taxonomie' | 'services' | 'regions' | 'departements' | 'strates' | 'typesCollectivite'> &
  Partial<Pick<AtlasMeta, 'precisions'>>;

/**
 * Counts of every facet value, keyed as facettes.json keys them (codes, service ids, years,
 * `'0'`–`'5'` for arobases), every known value present, 0 included. `total` = fiches that match.
 */
export interface ComptesFacettes extends FacettesGlobales {
  /** Fiches that match every filter but the map view (= total when `vue` is not set). */
  totalSansVue: number;
  /**
   * Per facet, the fiches that match every filter but that facet's (= total when it does not
   * filter): what removing it would give, e.g. to offer the one filter to drop when nothing matches.
   */
  totalSans: Record<Facette, number>;
}

export interface ResultatFacettes {
  /** Indices of the matching fiches, ascending (a copy: transfer it freely). */
  indices: Uint32Array;
  total: number;
  comptes: ComptesFacettes;
}

export interface MoteurFacettes {
  filtrer(filtres: Filtres, selection?: Selection): ResultatFacettes;
}

/** Bit of each facet in a fiche's failure mask. */
export const BIT_FACETTE: Readonly<Record<Facette, number>> = {
  thematique: 1,
  territoire: 2,
  annees: 4,
  types: 8,
  strates: 16,
  arobases: 32,
  texte: 64,
  vue: 128,
};
const THEMATIQUE = BIT_FACETTE.thematique;
const TERRITOIRE = BIT_FACETTE.territoire;
const ANNEES = BIT_FACETTE.annees;
const TYPES = BIT_FACETTE.types;
const STRATES = BIT_FACETTE.strates;
const AROBASES = BIT_FACETTE.arobases;
const TEXTE = BIT_FACETTE.texte;
const VUE = BIT_FACETTE.vue;

const vide = (l: readonly unknown[] | undefined): boolean => !l || l.length === 0;

/**
 * The taxonomy as one flat list of nodes, axes first, then enjeux, usages and services (in
 * `meta.services` order, the order points.bin refers to), with each service's ancestors.
 */
interface Arbre {
  codes: string[];
  /** Node id → first node of each level: [axes, enjeux, usages, services, end). */
  debuts: [number, number, number, number, number];
  /** Node id of a code, per level. */
  parCode: Map<string, number>[];
  /** For service k: the node ids of its axe, enjeu and usage (-1 when the taxonomy does not classify it). */
  axeDuService: Int32Array;
  enjeuDuService: Int32Array;
  usageDuService: Int32Array;
  /** Node id → the services under it (a service's own list is itself). */
  servicesSous: number[][];
}

function arbre(meta: MetaFacettes): Arbre {
  const axes: string[] = [];
  const enjeux: string[] = [];
  const usages: string[] = [];
  const classement = new Map<string, [number, number, number]>();
  for (const a of meta.taxonomie.axes) {
    axes.push(a.code);
    for (const e of a.enjeux) {
      enjeux.push(e.code);
      for (const u of e.usages) {
        usages.push(u.code);
        for (const s of u.services) classement.set(s.id, [axes.length - 1, enjeux.length - 1, usages.length - 1]);
      }
    }
  }
  const debuts: Arbre['debuts'] = [0, axes.length, axes.length + enjeux.length, axes.length + enjeux.length + usages.length, 0];
  debuts[4] = debuts[3] + meta.services.length;
  const codes = [...axes, ...enjeux, ...usages, ...meta.services];
  const parCode = [axes, enjeux, usages, meta.services].map((l, niveau) => {
    const m = new Map<string, number>();
    l.forEach((c, k) => {
      if (!m.has(c)) m.set(c, debuts[niveau] + k);
    });
    return m;
  });
  const nbServices = meta.services.length;
  const axeDuService = new Int32Array(nbServices).fill(-1);
  const enjeuDuService = new Int32Array(nbServices).fill(-1);
  const usageDuService = new Int32Array(nbServices).fill(-1);
  const servicesSous: number[][] = codes.map(() => []);
  meta.services.forEach((id, k) => {
    servicesSous[debuts[3] + k].push(k);
    const c = classement.get(id);
    if (!c) return;
    axeDuService[k] = debuts[0] + c[0];
    enjeuDuService[k] = debuts[1] + c[1];
    usageDuService[k] = debuts[2] + c[2];
    servicesSous[axeDuService[k]].push(k);
    servicesSous[enjeuDuService[k]].push(k);
    servicesSous[usageDuService[k]].push(k);
  });
  return { codes, debuts, parCode, axeDuService, enjeuDuService, usageDuService, servicesSous };
}

/** Keys of a u8 column: its meta list, or the value itself when the list has no entry for it. */
function clesOctet(liste: readonly string[], colonne: Uint8Array, toujours: readonly number[] = []): { valeurs: number[]; cles: string[] } {
  const vues = new Set<number>(toujours);
  liste.forEach((_c, k) => {
    if (k !== AUCUN_U8) vues.add(k);
  });
  for (let i = 0; i < colonne.length; i++) if (colonne[i] !== AUCUN_U8) vues.add(colonne[i]);
  const valeurs = [...vues].sort((a, b) => a - b);
  return { valeurs, cles: valeurs.map((v) => liste[v] ?? String(v)) };
}

/** Turns counts (by value) into a Record over the given keys. */
function enRecord(compte: Uint32Array, valeurs: readonly number[], cles: readonly string[]): CompteurFacette {
  const r: CompteurFacette = {};
  for (let k = 0; k < cles.length; k++) r[cles[k]] = (r[cles[k]] ?? 0) + compte[valeurs[k]];
  return r;
}

function enRecordPlage(compte: Uint32Array, debut: number, cles: readonly string[]): CompteurFacette {
  const r: CompteurFacette = {};
  for (let k = 0; k < cles.length; k++) r[cles[k]] = (r[cles[k]] ?? 0) + compte[debut + k];
  return r;
}

/** Fills `ok` (a 256-byte table) with 1 at the index of each wanted code of a u8 column. */
function remplirOctet(ok: Uint8Array, voulus: readonly (string | number)[] | undefined, table: readonly string[] | null): void {
  ok.fill(0);
  if (!voulus) return;
  if (table === null) {
    for (const v of voulus) if (typeof v === 'number' && v >= 0 && v < 256) ok[v] = 1;
    return;
  }
  const set = new Set(voulus);
  table.forEach((c, k) => {
    if (k < 256 && set.has(c)) ok[k] = 1;
  });
}

export function creerMoteurFacettes(index: PointsIndex, meta: MetaFacettes): MoteurFacettes {
  const n = index.n;
  const { serviceOffsets, services, region, departement, annee, type, strate, arobases, precision, lng, lat, collectivite } = index;
  const t = arbre(meta);
  const nbNoeuds = t.debuts[4];
  const nbServices = meta.services.length;

  // Per fiche, its distinct taxonomy nodes (services and their ancestors), as offsets + a flat list:
  // the sparse form of a bitmask per level, whatever the size of the taxonomy.
  const noeudsOffsets = new Uint32Array(n + 1);
  const listeNoeuds: number[] = [];
  {
    const vu = new Int32Array(Math.max(1, nbNoeuds)).fill(-1);
    const ajouter = (noeud: number, i: number) => {
      if (noeud < 0 || vu[noeud] === i) return;
      vu[noeud] = i;
      listeNoeuds.push(noeud);
    };
    for (let i = 0; i < n; i++) {
      noeudsOffsets[i] = listeNoeuds.length;
      for (let k = serviceOffsets[i]; k < serviceOffsets[i + 1]; k++) {
        const s = services[k];
        if (s >= nbServices) continue;
        ajouter(t.debuts[3] + s, i);
        ajouter(t.usageDuService[s], i);
        ajouter(t.enjeuDuService[s], i);
        ajouter(t.axeDuService[s], i);
      }
    }
    noeudsOffsets[n] = listeNoeuds.length;
  }
  const noeuds = Uint32Array.from(listeNoeuds);

  // Years: counted by rank from the earliest year present; 0 (unknown) is not a year.
  let anneeMin = 0xffff;
  let anneeMax = 0;
  for (let i = 0; i < n; i++) {
    const a = annee[i];
    if (a === 0) continue;
    if (a < anneeMin) anneeMin = a;
    if (a > anneeMax) anneeMax = a;
  }
  const nbAnnees = anneeMax >= anneeMin ? anneeMax - anneeMin + 1 : 0;
  const clesAnnees = Array.from({ length: nbAnnees }, (_, k) => String(anneeMin + k));

  // Keys of each count Record: every value of the atlas.json lists, and any other value a column holds.
  const codesRegions = meta.regions.map((r) => r.code);
  const codesDepartements = meta.departements.map((d) => d.code);
  const codesStrates = meta.strates.map((s) => s.code);
  const regions = clesOctet(codesRegions, region);
  const departements = clesOctet(codesDepartements, departement);
  const types = clesOctet(meta.typesCollectivite, type);
  const strates = clesOctet(codesStrates, strate);
  const labels = clesOctet([], arobases, [0, 1, 2, 3, 4, 5]);
  const precisions = clesOctet(meta.precisions ?? PRECISIONS, precision);
  const clesNiveaux = [0, 1, 2, 3].map((niveau) => t.codes.slice(t.debuts[niveau], t.debuts[niveau + 1]));

  // Workspaces, reused by every call.
  const serviceOk = new Uint8Array(Math.max(1, nbServices));
  const regionOk = new Uint8Array(256);
  const departementOk = new Uint8Array(256);
  const typeOk = new Uint8Array(256);
  const strateOk = new Uint8Array(256);
  const arobasesOk = new Uint8Array(256);
  const texteOk = new Uint8Array(n);
  const cNoeuds = new Uint32Array(Math.max(1, nbNoeuds));
  const cRegions = new Uint32Array(256);
  const cDepartements = new Uint32Array(256);
  const cTypes = new Uint32Array(256);
  const cStrates = new Uint32Array(256);
  const cArobases = new Uint32Array(256);
  const cPrecisions = new Uint32Array(256);
  const cAnnees = new Uint32Array(Math.max(1, nbAnnees));
  const retenus = new Uint32Array(n);
  /** Fiches failing only the facet of each bit (indexed by the bit). */
  const cSeulEchec = new Uint32Array(256);

  /** Marks the services under every selected node; false when the facet does not filter. */
  function selectionThematique(f: Filtres): boolean {
    if (vide(f.axes) && vide(f.enjeux) && vide(f.usages) && vide(f.services)) return false;
    serviceOk.fill(0);
    const niveaux = [f.axes, f.enjeux, f.usages, f.services];
    for (let niveau = 0; niveau < 4; niveau++) {
      for (const code of niveaux[niveau] ?? []) {
        const noeud = t.parCode[niveau].get(code);
        if (noeud === undefined) continue;
        for (const s of t.servicesSous[noeud]) serviceOk[s] = 1;
      }
    }
    return true;
  }

  function selectionTexte(e: EnsembleTexte): void {
    if (e instanceof Uint8Array) {
      for (let i = 0; i < n; i++) texteOk[i] = i < e.length && e[i] !== 0 ? 1 : 0;
    } else if (e instanceof Uint32Array) {
      for (let i = 0; i < n; i++) texteOk[i] = dansEnsemble(e, i) ? 1 : 0;
    } else {
      texteOk.fill(0);
      for (const i of e) if (i >= 0 && i < n) texteOk[i] = 1;
    }
  }

  function filtrer(f: Filtres, sel: Selection = {}): ResultatFacettes {
    // Which facets filter, and their tables.
    let actives = 0;
    if (selectionThematique(f)) actives |= THEMATIQUE;
    // Collectivités: the third level of the territoire tree, resolved into indices by the caller.
    let collectivitesOk: ReadonlySet<number> | null = null;
    if (!vide(f.regions) || !vide(f.departements) || !vide(f.collectivites)) {
      actives |= TERRITOIRE;
      remplirOctet(regionOk, f.regions, codesRegions);
      remplirOctet(departementOk, f.departements, codesDepartements);
      if (!vide(f.collectivites)) collectivitesOk = sel.collectivites ?? new Set<number>();
    }
    let anMin = 0;
    let anMax = 0xffff;
    if (f.annees && (f.annees[0] !== null || f.annees[1] !== null)) {
      actives |= ANNEES;
      anMin = Math.max(1, f.annees[0] ?? 1);
      anMax = f.annees[1] ?? 0xffff;
    }
    if (!vide(f.types)) {
      actives |= TYPES;
      remplirOctet(typeOk, f.types, meta.typesCollectivite);
    }
    if (!vide(f.strates)) {
      actives |= STRATES;
      remplirOctet(strateOk, f.strates, codesStrates);
    }
    if (!vide(f.arobases)) {
      actives |= AROBASES;
      remplirOctet(arobasesOk, f.arobases, null);
    }
    if (f.texte && f.texte.trim() !== '' && sel.texte) {
      actives |= TEXTE;
      selectionTexte(sel.texte);
    }
    const vue = f.vue ?? null;
    if (vue !== null) actives |= VUE;

    cNoeuds.fill(0);
    cRegions.fill(0);
    cDepartements.fill(0);
    cTypes.fill(0);
    cStrates.fill(0);
    cArobases.fill(0);
    cPrecisions.fill(0);
    cAnnees.fill(0);
    cSeulEchec.fill(0);
    let total = 0;
    let sansVue = 0;

    for (let i = 0; i < n; i++) {
      // The facet this fiche fails (0: none); a second failure drops it at once. Cheapest tests first.
      let echec = 0;
      if (actives !== 0) {
        if (
          (actives & TERRITOIRE) !== 0 &&
          regionOk[region[i]] === 0 &&
          departementOk[departement[i]] === 0 &&
          (collectivitesOk === null || !collectivitesOk.has(collectivite[i]))
        )
          echec = TERRITOIRE;
        if ((actives & TYPES) !== 0 && typeOk[type[i]] === 0) {
          if (echec !== 0) continue;
          echec = TYPES;
        }
        if ((actives & STRATES) !== 0 && strateOk[strate[i]] === 0) {
          if (echec !== 0) continue;
          echec = STRATES;
        }
        if ((actives & AROBASES) !== 0 && arobasesOk[arobases[i]] === 0) {
          if (echec !== 0) continue;
          echec = AROBASES;
        }
        if ((actives & ANNEES) !== 0 && (annee[i] < anMin || annee[i] > anMax)) {
          if (echec !== 0) continue;
          echec = ANNEES;
        }
        if ((actives & TEXTE) !== 0 && texteOk[i] === 0) {
          if (echec !== 0) continue;
          echec = TEXTE;
        }
        if (vue !== null && !dansVue(lng[i], lat[i], vue)) {
          if (echec !== 0) continue;
          echec = VUE;
        }
        if ((actives & THEMATIQUE) !== 0) {
          let ok = false;
          for (let k = serviceOffsets[i], fin = serviceOffsets[i + 1]; k < fin; k++) {
            if (serviceOk[services[k]] === 1) {
              ok = true;
              break;
            }
          }
          if (!ok) {
            if (echec !== 0) continue;
            echec = THEMATIQUE;
          }
        }
      }
      if (echec === 0 || echec === VUE) sansVue++;
      cSeulEchec[echec]++;
      if (echec === 0) {
        retenus[total++] = i;
        cPrecisions[precision[i]]++;
      }
      if (echec === 0 || echec === THEMATIQUE) {
        for (let k = noeudsOffsets[i], fin = noeudsOffsets[i + 1]; k < fin; k++) cNoeuds[noeuds[k]]++;
      }
      if (echec === 0 || echec === TERRITOIRE) {
        cRegions[region[i]]++;
        cDepartements[departement[i]]++;
      }
      if ((echec === 0 || echec === ANNEES) && annee[i] !== 0) cAnnees[annee[i] - anneeMin]++;
      if (echec === 0 || echec === TYPES) cTypes[type[i]]++;
      if (echec === 0 || echec === STRATES) cStrates[strate[i]]++;
      if (echec === 0 || echec === AROBASES) cArobases[arobases[i]]++;
    }

    const d = t.debuts;
    const comptes: ComptesFacettes = {
      total,
      totalSansVue: sansVue,
      totalSans: {
        thematique: total + cSeulEchec[THEMATIQUE],
        territoire: total + cSeulEchec[TERRITOIRE],
        annees: total + cSeulEchec[ANNEES],
        types: total + cSeulEchec[TYPES],
        strates: total + cSeulEchec[STRATES],
        arobases: total + cSeulEchec[AROBASES],
        texte: total + cSeulEchec[TEXTE],
        vue: total + cSeulEchec[VUE],
      },
      axes: enRecordPlage(cNoeuds, d[0], clesNiveaux[0]),
      enjeux: enRecordPlage(cNoeuds, d[1], clesNiveaux[1]),
      usages: enRecordPlage(cNoeuds, d[2], clesNiveaux[2]),
      services: enRecordPlage(cNoeuds, d[3], clesNiveaux[3]),
      regions: enRecord(cRegions, regions.valeurs, regions.cles),
      departements: enRecord(cDepartements, departements.valeurs, departements.cles),
      annees: enRecordPlage(cAnnees, 0, clesAnnees),
      strates: enRecord(cStrates, strates.valeurs, strates.cles),
      types: enRecord(cTypes, types.valeurs, types.cles),
      arobases: enRecord(cArobases, labels.valeurs, labels.cles),
      precisions: enRecord(cPrecisions, precisions.valeurs, precisions.cles),
    };
    return { indices: retenus.slice(0, total), total, comptes };
  }

  return { filtrer };
}
