/**
 * Around a point: the matching fiches nearest first (« Autour de moi », « Aller à une commune »),
 * and the bounds of the current selection (the embedded map fits them). Pure, over the engine.
 */
import { distanceKm, type Moteur } from './moteur.ts';
import type { BBox, FicheAutour, ResultatAutour } from './messages.ts';

type MoteurLu = Pick<Moteur, 'index' | 'axes' | 'generation' | 'estVisible'>;

const placee = (m: MoteurLu, i: number) => !Number.isNaN(m.index.lng[i]) && !Number.isNaN(m.index.lat[i]);

/**
 * The n matching placed fiches nearest to (lng, lat), by great-circle distance, ties by index
 * (so the same request always gives the same list).
 */
export function fichesAutour(m: MoteurLu, lng: number, lat: number, n: number): ResultatAutour {
  const { index } = m;
  const candidats: { i: number; km: number }[] = [];
  if (Number.isFinite(lng) && Number.isFinite(lat)) {
    for (let i = 0; i < index.n; i++) {
      if (!m.estVisible(i) || !placee(m, i)) continue;
      candidats.push({ i, km: distanceKm(lng, lat, index.lng[i], index.lat[i]) });
    }
  }
  candidats.sort((a, b) => a.km - b.km || a.i - b.i);
  const fiches: FicheAutour[] = candidats.slice(0, Math.max(0, n)).map(({ i, km }) => ({
    i,
    km,
    lng: index.lng[i],
    lat: index.lat[i],
    annee: index.annee[i],
    collectivite: index.collectivite[i],
    axe: m.axes[i],
  }));
  return { fiches, total: candidats.length, generation: m.generation };
}

/** [west, south, east, north] of the matching placed fiches, or null when none is placed. */
export function bornesSelection(m: MoteurLu): BBox | null {
  const { index } = m;
  let o = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (let i = 0; i < index.n; i++) {
    if (!m.estVisible(i) || !placee(m, i)) continue;
    const x = index.lng[i];
    const y = index.lat[i];
    if (x < o) o = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return o === Infinity ? null : [o, s, e, n];
}
