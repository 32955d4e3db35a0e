/** The initial data: atlas.json, then points.bin and collectivites.json in parallel. */
import type { AtlasMeta, Collectivite } from '../core/atlas-data.ts';
import { chargerBinaire, chargerJson, ErreurDonnees } from './adresse.ts';
import { retenirDossiers } from './dossiers.ts';
import { prendrePrechargement, valeur } from './prechargement.ts';

export interface DonneesInitiales {
  meta: AtlasMeta;
  points: ArrayBuffer;
  collectivites: Promise<Collectivite[]>;
}

/** `quandMeta`: atlas.json is in, before the files it names (the map draws its first clusters from it). */
export async function chargerAtlas(quandMeta?: (meta: AtlasMeta) => void): Promise<DonneesInitiales> {
  const pre = prendrePrechargement();
  const meta = (await valeur<AtlasMeta>(pre?.meta)) ?? (await chargerJson<AtlasMeta>('atlas.json'));
  if (!meta || meta.version !== 1 || !meta.fichiers) {
    throw new ErreurDonnees('atlas.json', null, "Le fichier « atlas.json » n'a pas le format attendu (version 1).");
  }
  retenirDossiers(meta);
  quandMeta?.(meta);
  const fichiers = meta.fichiers;
  const collectivites = valeur<Collectivite[]>(pre?.collectivites).then((c) => c ?? chargerJson<Collectivite[]>(fichiers.collectivites));
  collectivites.catch(() => undefined); // reported where it is awaited
  const points = (await valeur<ArrayBuffer>(pre?.points)) ?? (await chargerBinaire(meta.fichiers.points));
  return { meta, points, collectivites };
}
