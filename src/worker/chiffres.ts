/**
 * The worker's side of the « Chiffres » tab: the current selection (the engine's mask, search
 * included) as columns, and its statistics. Both carry the engine's generation, so the page can
 * tell an answer for old filters from a current one.
 */
import { extraireSelection, type ColonnesSelection } from '../core/selection.ts';
import { statistiquesSelection, type StatistiquesSelection } from '../core/statistiques.ts';
import type { Moteur } from './moteur.ts';

export interface SelectionChiffres {
  generation: number;
  colonnes: ColonnesSelection;
}

export interface StatistiquesChiffres {
  generation: number;
  statistiques: StatistiquesSelection;
}

export function selectionDuMoteur(m: Moteur): SelectionChiffres {
  return { generation: m.generation, colonnes: extraireSelection(m.index, m.masqueCourant() as Uint8Array) };
}

export function statistiquesDuMoteur(m: Moteur): StatistiquesChiffres {
  return { generation: m.generation, statistiques: statistiquesSelection(m.index, m.masqueCourant() as Uint8Array, m.tables) };
}
