/**
 * The selection's Features, cut out of the open-data initiatives.geojson (feature k = fiche k of
 * points.bin), so that a download of the selection carries exactly the open data's properties.
 *
 * The build writes one Feature per line; those lines are kept as they are (no parse, no
 * re-serialisation of 11,784 features). Any other layout falls back to a full JSON parse.
 * When the ids of the wanted fiches are known, each kept Feature is checked against its id.
 */

const DEBUT_FEATURE = '{"type":"Feature"';
const ID_EN_TETE = /^\{"type":"Feature","id":("(?:[^"\\]|\\.)*")/;

export const ENTETE_COLLECTION = '{"type":"FeatureCollection","features":[\n';
export const FIN_COLLECTION = '\n]}\n';

interface FeatureBrute {
  id?: unknown;
  properties?: { id?: unknown } | null;
}

function parLignes(texte: string, voulus: ReadonlySet<number>, total: number): string[] | null {
  const gardees: string[] = [];
  let k = 0;
  let debut = 0;
  while (debut < texte.length) {
    let fin = texte.indexOf('\n', debut);
    if (fin < 0) fin = texte.length;
    if (texte.startsWith(DEBUT_FEATURE, debut)) {
      if (voulus.has(k)) {
        let ligne = texte.slice(debut, fin).trimEnd();
        if (ligne.endsWith(',')) ligne = ligne.slice(0, -1);
        gardees.push(ligne);
      }
      k++;
    }
    debut = fin + 1;
  }
  return k === total ? gardees : null;
}

const idDe = (ligne: string): string | null => {
  const m = ID_EN_TETE.exec(ligne);
  return m ? (JSON.parse(m[1]) as string) : null;
};

/**
 * The FeatureCollection text of the fiches `indices` (ascending), out of the whole open-data file.
 * `total` is the number of fiches of the atlas; `ids[k]`, when given, the id of fiche indices[k].
 */
export function geojsonSelection(texte: string, indices: ArrayLike<number>, total: number, ids?: readonly string[]): string {
  const voulus = new Set(Array.from(indices));
  const lignes = parLignes(texte, voulus, total);
  if (lignes && lignes.length === indices.length && (!ids || lignes.every((l, k) => idDe(l) === ids[k]))) {
    return ENTETE_COLLECTION + lignes.join(',\n') + FIN_COLLECTION;
  }
  const tout = JSON.parse(texte) as { features?: FeatureBrute[] };
  const features = tout.features ?? [];
  let choisies: FeatureBrute[];
  if (ids) {
    const parId = new Map<string, FeatureBrute>();
    for (const f of features) parId.set(String(f.properties?.id ?? f.id), f);
    choisies = ids.map((id) => parId.get(id)).filter((f): f is FeatureBrute => f !== undefined);
  } else {
    choisies = Array.from(indices, (i) => features[i]).filter((f): f is FeatureBrute => f !== undefined);
  }
  if (choisies.length !== indices.length) throw new Error('Les données ouvertes ne correspondent pas à la sélection (fichier d’une autre version ?).');
  return ENTETE_COLLECTION + choisies.map((f) => JSON.stringify(f)).join(',\n') + FIN_COLLECTION;
}
