import { foldTexte } from '../../src/core/texte.ts';
import type { Theme } from './banques/theme.ts';
import { THEMES_CONNAISSANCE } from './banques/themes-connaissance.ts';
import { THEMES_DEMOCRATIE } from './banques/themes-democratie.ts';
import { THEMES_RICHESSES } from './banques/themes-richesses.ts';
import { THEMES_VIVRE_ENSEMBLE } from './banques/themes-vivre-ensemble.ts';
import type { ServiceRef } from './referentiel.ts';

export const THEMES: readonly Theme[] = [...THEMES_DEMOCRATIE, ...THEMES_VIVRE_ENSEMBLE, ...THEMES_CONNAISSANCE, ...THEMES_RICHESSES];

export interface ServiceTheme {
  service: ServiceRef;
  /** Indexes into THEMES. */
  themes: number[];
  poids: number;
  /** Indexes of the services of the same usage, then of the same enjeu (itself excluded). */
  memeUsage: number[];
  memeEnjeu: number[];
}

/**
 * Maps each service to the themes whose keywords its label contains; a service that matches
 * none falls back on its usage's label, then its enjeu's (so a new edition still gets texts).
 */
export function associerThemes(services: readonly ServiceRef[]): ServiceTheme[] {
  const plis = THEMES.map((t) => t.motif);
  const chercher = (texte: string) => plis.flatMap((m, i) => (m.test(foldTexte(texte)) ? [i] : []));
  return services.map((s, i) => {
    let themes = chercher(s.service);
    if (themes.length === 0) themes = chercher(s.usage);
    if (themes.length === 0) themes = chercher(s.enjeu);
    if (themes.length === 0) themes = chercher(s.axe);
    if (themes.length === 0) themes = [THEMES.findIndex((t) => t.cle === 'communication')];
    const poids = Math.max(...themes.map((k) => THEMES[k].poids));
    const memeUsage = services.flatMap((o, j) => (j !== i && o.usage === s.usage && o.enjeu === s.enjeu && o.axe === s.axe ? [j] : []));
    const memeEnjeu = services.flatMap((o, j) => (j !== i && o.enjeu === s.enjeu && o.axe === s.axe ? [j] : []));
    return { service: s, themes, poids, memeUsage, memeEnjeu };
  });
}
