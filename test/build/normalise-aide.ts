import { COLONNES, type NomFeuille } from '../../scripts/build/entetes.ts';
import type { Feuille } from '../../scripts/build/read.ts';

/** A sheet as read, from rows given by canonical key (absent keys are empty cells); rows start at line 2. */
export function feuille(nom: NomFeuille, lignes: Record<string, string>[], fichier = `${nom}.csv`): Feuille {
  const cles = Object.keys(COLONNES[nom]);
  return {
    nom,
    fichier,
    encodage: 'utf-8',
    delimiteur: ';',
    entetes: Object.values(COLONNES[nom]),
    lignes: lignes.map((valeurs, i) => ({ ligne: i + 2, valeurs: Object.fromEntries(cles.map((c) => [c, valeurs[c] ?? ''])) })),
  };
}
