/**
 * The panel's tabs besides the list. Each journey registers its own entry here (one line), so
 * that the panel and the tab bar never need to know about the journeys themselves.
 */
import type { Onglet } from '../../state/url.ts';
import { differe, type VueDifferee } from '../differe/differe.tsx';

export interface EntreeOnglet {
  onglet: Exclude<Onglet, 'liste'>;
  libelle: string;
  /** Its code loads when the tab is first opened, or once the map is drawn (differe.tsx). */
  Contenu: VueDifferee<Record<string, never>>;
  /** The panel grows wider than the list's column (tables and charts). */
  large?: boolean;
}

/** In the order of the tab bar, after « Initiatives ». */
export const ONGLETS_PANNEAU: readonly EntreeOnglet[] = [
  { onglet: 'filtres', libelle: 'Filtres', Contenu: differe(() => import('../filtres/PanneauFiltres.tsx').then((m) => m.PanneauFiltres)) },
  { onglet: 'commune', libelle: 'Ma commune', Contenu: differe(() => import('../ma-commune/MaCommune.tsx').then((m) => m.MaCommune)) },
  { onglet: 'chiffres', libelle: 'Chiffres', Contenu: differe(() => import('../chiffres/Chiffres.tsx').then((m) => m.Chiffres)), large: true },
];
