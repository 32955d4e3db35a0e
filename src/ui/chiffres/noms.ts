/** File names of the tab's downloads, from the current filters and today's date. */
import type { Filtres } from '../../core/filtres.ts';
import { nomExport, type NomsCodes } from '../../core/nom-export.ts';
import { collectivites } from '../../state/etat.ts';
import { libelles } from '../libelles.ts';

function noms(): NomsCodes {
  const l = libelles.value;
  const c = collectivites.value;
  return { regions: l.regions, departements: l.departements, collectivites: c ? new Map(c.map((x) => [x.code, x.nom])) : undefined };
}

export function nomFichier(quoi: string, f: Filtres, extension: string): string {
  return nomExport(quoi, f, noms(), extension, new Date());
}
