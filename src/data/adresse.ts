/**
 * Where the atlas data lives: `data/` next to the page, resolved against the document's base,
 * so the built site works under any base path (GitHub Pages project, sub-folder, file server).
 */
export const DOSSIER_DONNEES = 'data/';

export function urlDonnee(chemin: string): string {
  return new URL(DOSSIER_DONNEES + chemin, document.baseURI).href;
}

export class ErreurDonnees extends Error {
  constructor(
    readonly fichier: string,
    readonly statut: number | null,
    message: string,
  ) {
    super(message);
  }
}

async function recuperer(chemin: string): Promise<Response> {
  let r: Response;
  try {
    r = await fetch(urlDonnee(chemin));
  } catch {
    throw new ErreurDonnees(chemin, null, `Impossible de joindre le serveur pour charger « ${chemin} ».`);
  }
  if (!r.ok) {
    throw new ErreurDonnees(
      chemin,
      r.status,
      r.status === 404 ? `Le fichier de données « ${chemin} » est introuvable (404).` : `Le chargement de « ${chemin} » a échoué (HTTP ${r.status}).`,
    );
  }
  return r;
}

export async function chargerJson<T>(chemin: string): Promise<T> {
  const r = await recuperer(chemin);
  try {
    return (await r.json()) as T;
  } catch {
    throw new ErreurDonnees(chemin, r.status, `Le fichier « ${chemin} » n'est pas un JSON valide.`);
  }
}

export async function chargerBinaire(chemin: string): Promise<ArrayBuffer> {
  return (await recuperer(chemin)).arrayBuffer();
}
