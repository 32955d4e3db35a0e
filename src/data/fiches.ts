/** Fiche details, in chunks `fiches/<empreinte>/{n}.json` (n = chunkOfFiche(id)); each chunk is fetched once. */
import { chunkOfFiche, type FicheDetail } from '../core/atlas-data.ts';
import { chargerJson } from './adresse.ts';
import { dossiers } from './dossiers.ts';

const morceaux = new Map<number, Promise<Record<string, FicheDetail>>>();

export function chargerMorceau(n: number): Promise<Record<string, FicheDetail>> {
  let p = morceaux.get(n);
  if (!p) {
    p = chargerJson<Record<string, FicheDetail>>(`${dossiers.fiches}/${n}.json`);
    p.catch(() => morceaux.delete(n)); // a failed chunk can be retried
    morceaux.set(n, p);
  }
  return p;
}

/** The fiche with this id, or null when no chunk has it. */
export async function chargerFiche(id: string, chunks: number): Promise<FicheDetail | null> {
  const morceau = await chargerMorceau(chunkOfFiche(id, chunks));
  return Object.prototype.hasOwnProperty.call(morceau, id) ? morceau[id] : null;
}
