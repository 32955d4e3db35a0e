import { parseDateFiche } from '../../../src/core/champs/date.ts';
import type { DateFiche, Fiche } from '../../../src/core/modele.ts';
import type { Valeurs } from '../entetes.ts';
import type { Feuille } from '../read.ts';
import type { Rapport } from '../report.ts';
import { IdsVus, normaliserFeuille, type NormaliserLigne } from './commun.ts';

const dateEnTexte = (d: DateFiche) => d.iso ?? String(d.annee);

/** One row of Actions.csv → a fiche. A row needs an id, a new one, and a title or a synthèse. */
export function ligneAction(): NormaliserLigne<Fiche> {
  const ids = new IdsVus();
  return (ligne, valeurs) => {
    const v = valeurs as Valeurs<'Actions'>;
    const id = ligne.identifiant('Id_Action', v.id_action);
    if (id === undefined) return undefined;
    if (ids.estDoublon(ligne, 'Id_Action', id)) return undefined;
    const titre = ligne.texteCourt('Titre', v.titre);
    const synthese = ligne.texteDeplace('Synthèse', v.synthese);
    if (titre === '' && synthese === '') return ligne.rejet('FICHE_VIDE', 'Ni titre ni synthèse : la fiche est vide.', 'Titre');
    if (titre === '') ligne.avertissement('TITRE_MANQUANT', 'Titre', 'Fiche sans titre : seule sa synthèse la décrit.');
    const date = ligne.champ('Date', v.date, parseDateFiche(v.date), { correction: 'DATE_CONVERTIE', illisible: 'DATE_ILLISIBLE' }, dateEnTexte);
    const fiche: Fiche = {
      id,
      origine: ligne.origine,
      titre,
      sousTitre: ligne.texteCourt('Sous-titre', v['sous titre']),
      synthese,
      actions: ligne.texteDeplace('Actions', v.actions),
      resultats: ligne.texteDeplace('Résultats', v.resultats),
      recommandations: ligne.texteDeplace('Recommandations', v.recommandations),
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
  return normaliserFeuille(feuille, rapport, ligneAction());
}
