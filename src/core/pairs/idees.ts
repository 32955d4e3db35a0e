/**
 * « Ce que font vos pairs »: the peers' initiatives in the enjeux where the chosen collectivité
 * has none, grouped by enjeu (in taxonomy order), best-ranked peer first, then newest.
 */

export interface FichePair {
  /** Index of the fiche in points.bin. */
  i: number;
  lng: number;
  lat: number;
  annee: number;
  /** Index of its collectivité in collectivites.json. */
  c: number;
  /** Enjeu codes of its services, each once. */
  enjeux: readonly string[];
}

export interface GroupeIdees {
  enjeu: string;
  /** The first `parEnjeu` fiches. */
  fiches: FichePair[];
  /** All the peers' fiches in that enjeu. */
  total: number;
  /** How many different peers have fiches in it. */
  nbPairs: number;
}

/**
 * @param enjeuxCible enjeux the chosen collectivité already has initiatives in
 * @param fiches the peers' fiches
 * @param rangPair collectivité index → rank of the peer (0 = best)
 * @param ordreEnjeux the taxonomy's enjeu codes, in order
 */
export function ideesDesPairs(
  enjeuxCible: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  fiches: readonly FichePair[],
  rangPair: ReadonlyMap<number, number>,
  ordreEnjeux: readonly string[],
  parEnjeu = 5,
): GroupeIdees[] {
  const parEnjeuMap = new Map<string, FichePair[]>();
  for (const f of fiches) {
    if (!rangPair.has(f.c)) continue;
    for (const e of f.enjeux) {
      if (enjeuxCible.has(e)) continue;
      let l = parEnjeuMap.get(e);
      if (!l) parEnjeuMap.set(e, (l = []));
      l.push(f);
    }
  }
  const rang = (f: FichePair) => rangPair.get(f.c) ?? Infinity;
  const groupes: GroupeIdees[] = [];
  for (const enjeu of ordreEnjeux) {
    const l = parEnjeuMap.get(enjeu);
    if (!l) continue;
    // One fiche per peer first, so that the best peer does not fill the whole group.
    l.sort((a, b) => rang(a) - rang(b) || b.annee - a.annee || a.i - b.i);
    const premiers: FichePair[] = [];
    const ensuite: FichePair[] = [];
    const vus = new Set<number>();
    for (const f of l) {
      if (vus.has(f.c)) ensuite.push(f);
      else {
        vus.add(f.c);
        premiers.push(f);
      }
    }
    groupes.push({ enjeu, fiches: [...premiers, ...ensuite].slice(0, parEnjeu), total: l.length, nbPairs: vus.size });
  }
  return groupes;
}
