/**
 * The panel's tabs besides the list. Each journey registers its own entry here (one line), so
 * that the panel and the tab bar never need to know about the journeys themselves.
 */
import type { ComponentType } from 'preact';
import type { Onglet } from '../../state/url.ts';
import { PanneauFiltres } from '../filtres/PanneauFiltres.tsx';
import { Chiffres } from '../chiffres/Chiffres.tsx';
import { MaCommune } from '../ma-commune/MaCommune.tsx';

export interface EntreeOnglet {
  onglet: Exclude<Onglet, 'liste'>;
  libelle: string;
  Contenu: ComponentType;
  /** The panel grows wider than the list's column (tables and charts). */
  large?: boolean;
}

/** In the order of the tab bar, after « Initiatives ». */
export const ONGLETS_PANNEAU: readonly EntreeOnglet[] = [
  { onglet: 'filtres', libelle: 'Filtres', Contenu: PanneauFiltres },
  { onglet: 'commune', libelle: 'Ma commune', Contenu: MaCommune },
  { onglet: 'chiffres', libelle: 'Chiffres', Contenu: Chiffres, large: true },
];
