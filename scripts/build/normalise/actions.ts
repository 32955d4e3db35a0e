import { parseDateFiche } from '../../../src/core/champs/date.ts';
import type { DateFiche, Fiche } from '../../../src/core/modele.ts';
import type { Valeurs } from '../entetes.ts';
import type { Feuille, LecteurLignes } from '../read.ts';
import type { Rapport } from '../report.ts';
import type { TextesLongs } from '../textes-longs.ts';
import { IdsVus, LigneEnCours, NormaliseurFeuille, normaliserFeuille } from './commun.ts';

const dateEnTexte = (d: DateFiche) => d.iso ?? String(d.annee);

/** One row of Actions.csv → a fiche. A row needs an id, a new one, and a title or a synthèse. */
function ligneAction(ids: IdsVus) {
  return (ligne: LigneEnCours, valeurs: Record<string, string>): Fiche | undefined => {
    const v = valeurs as Valeurs<'Actions'>;
    const id = ligne.identifiant('Id_Action', v.id_action);
    if (id === undefined) return undefined;
    if (ids.estDoublon(ligne, 'Id_Action', id)) return undefined;
    const titre = ligne.texteCourt('Titre', v.titre);
    const synthese = ligne.texte('Synthèse', v.synthese);
    if (titre === '' && synthese === '') return ligne.rejet('FICHE_VIDE', 'Ni titre ni synthèse : la fiche est vide.', 'Titre');
    if (titre === '') ligne.avertissement('TITRE_MANQUANT', 'Titre', 'Fiche sans titre : seule sa synthèse la décrit.');
    const date = ligne.champ('Date', v.date, parseDateFiche(v.date), { correction: 'DATE_CONVERTIE', illisible: 'DATE_ILLISIBLE' }, dateEnTexte);
    const fiche: Fiche = {
      id,
      origine: ligne.origine,
      titre,
      sousTitre: ligne.texteCourt('Sous-titre', v['sous titre']),
      synthese,
      actions: ligne.texte('Actions', v.actions),
      resultats: ligne.texte('Résultats', v.resultats),
      recommandations: ligne.texte('Recommandations', v.recommandations),
      liens: ligne.liens('Liens', v.liens),
      outils: ligne.texte('Outils', v.outils),
      prestataires: ligne.texte('Prestataires', v.prestataires),
      videos: ligne.liens('Videos', v.videos),
      photos: ligne.liens('Photos', v.photos),
    };
    if (date) fiche.date = date;
    return ids.retenir(ligne, id, fiche);
  };
}

/** Actions.csv → fiches. */
export function normaliseActions(feuille: Feuille | undefined, rapport: Rapport): Fiche[] {
  return normaliserFeuille(feuille, rapport, ligneAction(new IdsVus()));
}

/** Cells whose value is moved to `textes` at once: not copied out of the piece being read. */
const CELLULES_LUES = new Set(['synthese', 'actions', 'resultats', 'recommandations']);

/**
 * Actions.csv normalised while it is read (readExport's `lecteurs`), its long texts moved to
 * `textes` as each fiche is made: the sheet is never held whole, nor its texts as UTF-16.
 * `fiches()` once the sheet is read: the fiches, the k-th one's texts being `textes`' k-th.
 */
export function lecteurActions(rapport: Rapport, textes: TextesLongs): { lecteur: (fichier: string) => LecteurLignes; fiches: () => Fiche[] } {
  let normaliseur: NormaliseurFeuille<Fiche> | undefined;
  const ligne = ligneAction(new IdsVus());
  return {
    lecteur: (fichier) => {
      normaliseur = new NormaliseurFeuille('Actions', fichier, rapport, (l, valeurs) => {
        const fiche = ligne(l, valeurs);
        if (fiche) textes.deplacer(fiche);
        return fiche;
      });
      return { ligne: (brute) => normaliseur!.ligne(brute), sansCopie: CELLULES_LUES };
    },
    fiches: () => normaliseur?.fin() ?? [],
  };
}
