/** The selection as a CSV for French spreadsheets (writer: src/core/csv.ts). */
import { ecrireCsv, type Cellule } from '../../core/csv.ts';
import type { LigneChiffres } from './lignes.ts';

export const ENTETES_CSV = [
  'id',
  'titre',
  'collectivité',
  'code collectivité',
  'type de collectivité',
  'population',
  'strate',
  'code département',
  'département',
  'code région',
  'région',
  'année',
  'axes',
  'enjeux',
  'libellés des enjeux',
  'label (arobases)',
  'précision du lieu',
  'longitude',
  'latitude',
  'fiche dans l’atlas',
] as const;

export interface NomsCsv {
  enjeux: ReadonlyMap<string, string>;
  strates: ReadonlyMap<string, string>;
}

export function lignesCsv(lignes: readonly LigneChiffres[], noms: NomsCsv, urlFiche: (id: string) => string): Cellule[][] {
  return lignes.map((l) => [
    l.id,
    l.titre,
    l.collectivite?.nom ?? l.commune,
    l.collectivite && !l.collectivite.code.startsWith('lieu:') ? l.collectivite.code : null,
    l.type,
    l.collectivite?.population ?? null,
    l.strate ? (noms.strates.get(l.strate) ?? l.strate) : null,
    l.codeDepartement,
    l.departement,
    l.codeRegion,
    l.region,
    l.annee || null,
    l.axes.join(', '),
    l.enjeux.join(', '),
    l.enjeux.map((e) => `${e} ${noms.enjeux.get(e) ?? ''}`.trim()).join(' | '),
    l.arobases || null,
    l.precision,
    l.lng,
    l.lat,
    l.id ? urlFiche(l.id) : null,
  ]);
}

export function csvSelection(lignes: readonly LigneChiffres[], noms: NomsCsv, urlFiche: (id: string) => string): string {
  return ecrireCsv(ENTETES_CSV, lignesCsv(lignes, noms, urlFiche));
}
