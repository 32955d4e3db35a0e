/**
 * Stage "normalise": the rows of each sheet → the domain model (src/core/modele.ts), through one
 * parser per messy column (src/core/champs/). Every repaired value is a report correction
 * (avant → après), every row left out is exactly one report rejet, and each sheet is counted:
 * lues = gardees + rejetees. Orphan links, duplicate links and coordinates are later stages'.
 */
import type { Fiche, Label, Liaison, Lieu, Personne, ServiceLigne } from '../../src/core/modele.ts';
import { normaliseActions } from './normalise/actions.ts';
import { normaliseLabels } from './normalise/labels.ts';
import { normaliseLiaisons } from './normalise/liaisons.ts';
import { normaliseLieux } from './normalise/lieux.ts';
import { normalisePersonnes } from './normalise/personnes.ts';
import { normaliseServices } from './normalise/services.ts';
import type { FeuillesExport } from './read.ts';
import type { Rapport } from './report.ts';

export interface ExportNormalise {
  fiches: Fiche[];
  lieux: Lieu[];
  personnes: Personne[];
  services: ServiceLigne[];
  labels: Label[];
  liaisonsLieux: Liaison[];
  liaisonsPersonnes: Liaison[];
  liaisonsServices: Liaison[];
}

/** `fiches`: the fiches of Actions.csv when they were normalised while it was read (lecteurActions). */
export function normaliseExport(feuilles: FeuillesExport, rapport: Rapport, fiches?: Fiche[]): ExportNormalise {
  return {
    fiches: fiches ?? normaliseActions(feuilles.Actions, rapport), // Actions.csv
    services: normaliseServices(feuilles.Services, rapport), // Services.csv
    lieux: normaliseLieux(feuilles.Lieux, rapport), // Lieux.csv
    personnes: normalisePersonnes(feuilles.Personnes, rapport), // Personnes.csv (optional)
    liaisonsLieux: normaliseLiaisons('Liaison Lieux', feuilles['Liaison Lieux'], rapport),
    liaisonsPersonnes: normaliseLiaisons('Liaison Personnes', feuilles['Liaison Personnes'], rapport),
    liaisonsServices: normaliseLiaisons('Liaison Services', feuilles['Liaison Services'], rapport),
    labels: normaliseLabels(feuilles.Labels, rapport), // Labels.csv (optional)
  };
}
