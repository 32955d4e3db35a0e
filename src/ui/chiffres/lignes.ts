/**
 * The rows of the selection's table and CSV: the worker's columns (points.bin) joined with the
 * tiles (id, title, commune), the names of atlas.json and collectivites.json. Pure.
 */
import type { AtlasMeta, Collectivite, ProprietesTuile } from '../../core/atlas-data.ts';
import type { TablesFiltres } from '../../core/filtres.ts';
import { AUCUN_U8, AUCUNE_COLLECTIVITE } from '../../core/points-index.ts';
import type { ColonnesSelection } from '../../core/selection.ts';

export interface LigneChiffres {
  i: number;
  id: string;
  titre: string;
  commune: string;
  codeDepartement: string;
  departement: string;
  codeRegion: string;
  region: string;
  /** 0 when unknown. */
  annee: number;
  /** Distinct axe and enjeu codes of the fiche's services, in taxonomy order. */
  axes: string[];
  enjeux: string[];
  /** 0 when the collectivité has no label. */
  arobases: number;
  strate: string;
  type: string;
  precision: string;
  collectivite: Collectivite | null;
  lng: number | null;
  lat: number | null;
}

export type ColonneTri = 'titre' | 'commune' | 'departement' | 'region' | 'annee' | 'enjeu' | 'arobases';
export type Sens = 'croissant' | 'decroissant';

export function lignesSelection(
  c: ColonnesSelection,
  m: Pick<AtlasMeta, 'regions' | 'departements' | 'strates' | 'typesCollectivite' | 'precisions' | 'taxonomie'>,
  tables: TablesFiltres,
  proprietes: ReadonlyMap<number, ProprietesTuile>,
  collectivites: readonly Collectivite[] | null,
): LigneChiffres[] {
  const rangEnjeu = new Map<string, number>();
  const rangAxe = new Map<string, number>();
  m.taxonomie.axes.forEach((a, k) => {
    rangAxe.set(a.code, k);
    for (const e of a.enjeux) rangEnjeu.set(e.code, rangEnjeu.size);
  });
  const lignes: LigneChiffres[] = new Array(c.n);
  for (let k = 0; k < c.n; k++) {
    const i = c.indices[k];
    const p = proprietes.get(i);
    const d = c.departement[k] === AUCUN_U8 ? undefined : m.departements[c.departement[k]];
    const r = c.region[k] === AUCUN_U8 ? undefined : m.regions[c.region[k]];
    const axes = new Set<string>();
    const enjeux = new Set<string>();
    for (let s = c.serviceOffsets[k]; s < c.serviceOffsets[k + 1]; s++) {
      const service = c.services[s];
      if (tables.axeDuService[service]) axes.add(tables.axeDuService[service]);
      if (tables.enjeuDuService[service]) enjeux.add(tables.enjeuDuService[service]);
    }
    const coll = c.collectivite[k] === AUCUNE_COLLECTIVITE ? null : (collectivites?.[c.collectivite[k]] ?? null);
    const place = !Number.isNaN(c.lng[k]) && !Number.isNaN(c.lat[k]);
    lignes[k] = {
      i,
      id: p?.id ?? '',
      titre: p?.titre ?? '',
      commune: p?.commune ?? coll?.nom ?? '',
      codeDepartement: d?.code ?? '',
      departement: d?.nom ?? '',
      codeRegion: r?.code ?? '',
      region: r?.nom ?? '',
      annee: c.annee[k],
      axes: [...axes].sort((a, b) => (rangAxe.get(a) ?? 999) - (rangAxe.get(b) ?? 999)),
      enjeux: [...enjeux].sort((a, b) => (rangEnjeu.get(a) ?? 999) - (rangEnjeu.get(b) ?? 999)),
      arobases: c.arobases[k],
      strate: c.strate[k] === AUCUN_U8 ? '' : (m.strates[c.strate[k]]?.code ?? ''),
      type: m.typesCollectivite[c.type[k]] ?? '',
      precision: m.precisions[c.precision[k]] ?? '',
      collectivite: coll,
      lng: place ? Math.round(c.lng[k] * 1e5) / 1e5 : null,
      lat: place ? Math.round(c.lat[k] * 1e5) / 1e5 : null,
    };
  }
  return lignes;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Sorted copy; empty values last whatever the direction, ties by index (a stable order). */
export function trierLignes(lignes: readonly LigneChiffres[], colonne: ColonneTri, sens: Sens): LigneChiffres[] {
  const signe = sens === 'croissant' ? 1 : -1;
  const texte = (l: LigneChiffres): string => {
    switch (colonne) {
      case 'titre':
        return l.titre;
      case 'commune':
        return l.commune;
      case 'departement':
        return l.departement;
      case 'region':
        return l.region;
      case 'enjeu':
        return l.enjeux[0] ?? '';
      default:
        return '';
    }
  };
  const nombre = (l: LigneChiffres): number => (colonne === 'annee' ? l.annee : l.arobases);
  const numerique = colonne === 'annee' || colonne === 'arobases';
  const cles = lignes.map((l) => (numerique ? nombre(l) : texte(l)));
  const ordre = lignes.map((_, k) => k);
  ordre.sort((a, b) => {
    const x = cles[a];
    const y = cles[b];
    const videX = x === '' || (colonne === 'annee' && x === 0);
    const videY = y === '' || (colonne === 'annee' && y === 0);
    if (videX !== videY) return videX ? 1 : -1;
    const c = numerique ? (x as number) - (y as number) : collator.compare(x as string, y as string);
    return c * signe || lignes[a].i - lignes[b].i;
  });
  return ordre.map((k) => lignes[k]);
}
