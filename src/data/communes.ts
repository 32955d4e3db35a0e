/**
 * "Aller à une commune": communes.json is loaded on first focus of the search box, then searched
 * in memory: accent-, case- and hyphen-insensitive, "st" = "saint" (foldNomCommune); prefix
 * matches first, then matches at a word start, then anywhere; ties by population.
 */
import type { CommuneRepere } from '../core/atlas-data.ts';
import { foldNomCommune } from '../core/texte.ts';
import { chargerJson } from './adresse.ts';

export interface CommuneTrouvee {
  code: string;
  nom: string;
  departement: string;
  lng: number;
  lat: number;
  population: number;
}

export interface IndexCommunes {
  communes: readonly CommuneRepere[];
  plis: string[];
}

export function indexerCommunes(communes: readonly CommuneRepere[]): IndexCommunes {
  return { communes, plis: communes.map((c) => foldNomCommune(c[1])) };
}

export function chercherCommunes(index: IndexCommunes, requete: string, limite = 8): CommuneTrouvee[] {
  const q = foldNomCommune(requete);
  if (q === '') return [];
  const trouvees: { k: number; rang: number }[] = [];
  const { communes, plis } = index;
  for (let k = 0; k < plis.length; k++) {
    const pli = plis[k];
    let rang: number;
    if (pli === q) rang = 0;
    else if (pli.startsWith(q)) rang = 1;
    else if (pli.includes(' ' + q)) rang = 2;
    else if (pli.includes(q)) rang = 3;
    else continue;
    trouvees.push({ k, rang });
  }
  trouvees.sort((a, b) => a.rang - b.rang || communes[b.k][5] - communes[a.k][5] || communes[a.k][1].localeCompare(communes[b.k][1], 'fr'));
  return trouvees.slice(0, limite).map(({ k }) => {
    const [code, nom, departement, lng, lat, population] = communes[k];
    return { code, nom, departement, lng, lat, population };
  });
}

let chargement: Promise<IndexCommunes> | null = null;

export function chargerCommunes(fichier: string): Promise<IndexCommunes> {
  if (!chargement) {
    chargement = chargerJson<CommuneRepere[]>(fichier).then(indexerCommunes);
    chargement.catch(() => {
      chargement = null;
    });
  }
  return chargement;
}
