/**
 * The search index built in a worker thread while the main thread writes tiles, fiches and the
 * open data: at a million fiches it is a third of the writing, and the worker's heap, small,
 * is collected without walking the assembled atlas. The worker reads the fiches' texts from
 * shared memory (MagasinUtf8): only the short fields are copied into a store of their own.
 */
import { Worker } from 'node:worker_threads';
import type { DocumentRecherche } from '../../../src/core/recherche-index.ts';
import type { AtlasAssemble } from '../assemble.ts';
import { MagasinUtf8, type MagasinPartage } from '../magasin-utf8.ts';
import { DossierAvecEmpreinte } from './empreinte.ts';
import { documentFiche, ecrireIndexRecherche } from './recherche.ts';

export interface DonneesFilRecherche {
  out: string;
  /** Per fiche: titre, commune, outils, and texte when there is no store of long texts. */
  courts: MagasinPartage;
  /** The fiches' long texts (TextesLongs), read as the `texte` field. */
  textes: MagasinPartage | null;
}

export interface ResultatFilRecherche {
  /** Path of the manifest inside the atlas data folder: `recherche/<empreinte>/index.json`. */
  recherche: string;
  ms: number;
}

/** The short fields of each fiche's search document, in a store the worker reads. */
export function documentsCourts(atlas: Pick<AtlasAssemble, 'fiches' | 'textes'>): MagasinUtf8 {
  const avecTexte = !atlas.textes;
  const courts = new MagasinUtf8(avecTexte ? 4 : 3);
  for (const fa of atlas.fiches) {
    const d = documentFiche(fa);
    courts.ranger(avecTexte ? [d.titre, d.commune, d.outils, d.texte] : [d.titre, d.commune, d.outils]);
  }
  return courts;
}

/** The documents back from the stores, in fiche order: those documentFiche gives. */
export function* documentsDepuis(courts: MagasinUtf8, textes: MagasinUtf8 | null): Generator<DocumentRecherche> {
  for (let i = 0; i < courts.nombre; i++) {
    const [titre, commune, outils, texte] = courts.lire(i);
    yield { i, titre, commune, outils, texte: textes ? textes.joint(i) : texte };
  }
}

/** What the worker does: the index of the documents into `<out>/recherche/<empreinte>/`. */
export async function ecrireDossierRecherche(out: string, docs: Iterable<DocumentRecherche>): Promise<string> {
  const dossier = new DossierAvecEmpreinte(out, 'recherche');
  await dossier.ouvrir();
  ecrireIndexRecherche((nom, data) => dossier.ecrireSync(nom, data), docs);
  return `${await dossier.fermer()}/index.json`;
}

/** Starts the worker; the promise gives the manifest's path once every file is written. */
export function lancerRecherche(out: string, atlas: Pick<AtlasAssemble, 'fiches' | 'textes'>): Promise<ResultatFilRecherche> {
  const donnees: DonneesFilRecherche = {
    out,
    courts: documentsCourts(atlas).partager(),
    textes: atlas.textes ? atlas.textes.magasin.partager() : null,
  };
  // The worker has no TypeScript loader of its own: the .mjs entry registers tsx, then loads recherche-fil.ts.
  const fil = new Worker(new URL('./recherche-fil.mjs', import.meta.url), { workerData: donnees });
  return new Promise((resolve, reject) => {
    let resultat: ResultatFilRecherche | null = null;
    fil.on('message', (m: ResultatFilRecherche) => (resultat = m));
    fil.on('error', reject);
    fil.on('exit', (code) => (resultat ? resolve(resultat) : reject(new Error(`Index de recherche : le fil s'est arrêté (code ${code}) sans le finir`))));
  });
}
