/**
 * Stage "normalise": the rows of each sheet → the domain model (src/core/modele.ts), through one
 * parser per messy column (src/core/champs/). Every repaired value is a report correction
 * (avant → après), every row left out is exactly one report rejet, and each sheet is counted:
 * lues = gardees + rejetees. Orphan links, duplicate links and coordinates are later stages'.
 */
import type { Fiche, Label, Liaison, Lieu, ServiceLigne } from '../../src/core/modele.ts';
import type { PersonneJointe } from './join.ts';
import { ligneAction, normaliseActions } from './normalise/actions.ts';
import { NormaliseurFeuille, type NormaliserLigne } from './normalise/commun.ts';
import { ligneLabel, normaliseLabels } from './normalise/labels.ts';
import { ligneLiaison, normaliseLiaisons, type FeuilleLiaison } from './normalise/liaisons.ts';
import { ligneLieu, normaliseLieux } from './normalise/lieux.ts';
import { lignePersonne, normalisePersonnes } from './normalise/personnes.ts';
import { ligneService, normaliseServices } from './normalise/services.ts';
import type { FeuillesExport, LecteurLignes, NomFeuille } from './read.ts';
import { Rapport } from './report.ts';
import type { TextesLongs } from './textes-longs.ts';

export interface ExportNormalise {
  fiches: Fiche[];
  lieux: Lieu[];
  /** The rows, or their ids only when read with `personnesEnIds` (normaliserEnLisant). */
  personnes: PersonneJointe[];
  services: ServiceLigne[];
  labels: Label[];
  liaisonsLieux: Liaison[];
  liaisonsPersonnes: Liaison[];
  liaisonsServices: Liaison[];
}

export function normaliseExport(feuilles: FeuillesExport, rapport: Rapport): ExportNormalise {
  return {
    fiches: normaliseActions(feuilles.Actions, rapport), // Actions.csv
    services: normaliseServices(feuilles.Services, rapport), // Services.csv
    lieux: normaliseLieux(feuilles.Lieux, rapport), // Lieux.csv
    personnes: normalisePersonnes(feuilles.Personnes, rapport), // Personnes.csv (optional)
    liaisonsLieux: normaliseLiaisons('Liaison Lieux', feuilles['Liaison Lieux'], rapport),
    liaisonsPersonnes: normaliseLiaisons('Liaison Personnes', feuilles['Liaison Personnes'], rapport),
    liaisonsServices: normaliseLiaisons('Liaison Services', feuilles['Liaison Services'], rapport),
    labels: normaliseLabels(feuilles.Labels, rapport), // Labels.csv (optional)
  };
}

export interface NormalisationEnLecture {
  /** readExport's `lecteurs`: every sheet is normalised row by row as it is parsed, never held whole. */
  lecteurs: Partial<Record<NomFeuille, (fichier: string) => LecteurLignes>>;
  /**
   * Once the export is read: what normaliseExport gives, the k-th fiche's long texts being
   * `textes`' k-th (left '' in the fiche). Each sheet's entries went to a report of its own,
   * appended to `rapport` now in normaliseExport's order: the same report as reading, then
   * normalising.
   */
  fin(): ExportNormalise;
}

/** The sheets read before the link sheets (readExport reads them in FEUILLES order), as normalised. */
export interface DejaNormalise {
  fiches: readonly Fiche[];
  lieux: readonly Lieu[];
  services: readonly ServiceLigne[];
  personnes: readonly PersonneJointe[];
}

/**
 * `liaisons`: called when a link sheet starts, with the sheets normalised before it; the links
 * it kept go to the function it returns, not to ExportNormalise (whose lists of links stay empty).
 * `personnesEnIds`: each person is normalised (the report is the same) but only its id is kept.
 */
export function normaliserEnLisant(
  rapport: Rapport,
  textes: TextesLongs,
  liaisons?: (nom: FeuilleLiaison, deja: DejaNormalise) => (liaison: Liaison) => void,
  personnesEnIds = false,
): NormalisationEnLecture {
  const lecteurs: NormalisationEnLecture['lecteurs'] = {};
  const enCours = new Map<NomFeuille, NormaliseurFeuille<unknown>>();
  const deja = <T>(nom: NomFeuille) => (enCours.get(nom)?.gardees ?? []) as T[];
  function feuille<T>(nom: NomFeuille, normaliserLigne: NormaliserLigne<T>, passer?: () => (valeur: T) => void): () => T[] {
    const sien = new Rapport();
    let normaliseur: NormaliseurFeuille<T> | undefined;
    lecteurs[nom] = (fichier) => {
      const suite = passer?.();
      const n = new NormaliseurFeuille<T>(
        nom,
        fichier,
        sien,
        suite
          ? (ligne, valeurs) => {
              const valeur = normaliserLigne(ligne, valeurs);
              if (valeur !== undefined) suite(valeur);
              return valeur;
            }
          : normaliserLigne,
        !suite,
      );
      normaliseur = n;
      enCours.set(nom, n as NormaliseurFeuille<unknown>);
      return { ligne: (brute) => n.ligne(brute) };
    };
    return () => {
      const gardees = normaliseur?.fin() ?? [];
      rapport.ajouter(sien);
      return gardees;
    };
  }
  const lien = (nom: FeuilleLiaison) =>
    liaisons && (() => liaisons(nom, { fiches: deja('Actions'), lieux: deja('Lieux'), services: deja('Services'), personnes: deja('Personnes') }));
  const ligneFiche = ligneAction();
  const fiches = feuille(
    'Actions',
    (ligne, valeurs) => {
      const fiche = ligneFiche(ligne, valeurs);
      if (fiche) textes.deplacer(fiche);
      return fiche;
    },
  );
  const services = feuille('Services', ligneService());
  const lieux = feuille('Lieux', ligneLieu());
  const lignePersonneComplete = lignePersonne();
  const personnes = feuille<PersonneJointe>(
    'Personnes',
    personnesEnIds ? (ligne, valeurs) => lignePersonneComplete(ligne, valeurs)?.id : lignePersonneComplete,
  );
  const liaisonsLieux = feuille('Liaison Lieux', ligneLiaison('Liaison Lieux'), lien('Liaison Lieux'));
  const liaisonsPersonnes = feuille('Liaison Personnes', ligneLiaison('Liaison Personnes'), lien('Liaison Personnes'));
  const liaisonsServices = feuille('Liaison Services', ligneLiaison('Liaison Services'), lien('Liaison Services'));
  const labels = feuille('Labels', ligneLabel());
  return {
    lecteurs,
    // In normaliseExport's order (object literals are evaluated in order).
    fin: () => ({
      fiches: fiches(),
      services: services(),
      lieux: lieux(),
      personnes: personnes(),
      liaisonsLieux: liaisonsLieux(),
      liaisonsPersonnes: liaisonsPersonnes(),
      liaisonsServices: liaisonsServices(),
      labels: labels(),
    }),
  };
}
