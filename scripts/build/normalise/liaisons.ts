import type { Liaison } from '../../../src/core/modele.ts';
import type { CleColonne } from '../entetes.ts';
import type { Feuille } from '../read.ts';
import type { Rapport } from '../report.ts';
import { normaliserFeuille, type NormaliserLigne } from './commun.ts';

export type FeuilleLiaison = 'Liaison Lieux' | 'Liaison Personnes' | 'Liaison Services';

const AUTRE: { [N in FeuilleLiaison]: { cle: CleColonne<N>; champ: string } } = {
  'Liaison Lieux': { cle: 'id_lieu', champ: 'Id_Lieu' },
  'Liaison Personnes': { cle: 'id_personne', champ: 'Id_Personne' },
  'Liaison Services': { cle: 'id_service', champ: 'Id_Service' },
};

/**
 * A Liaison sheet → links (Id_Action, other id), ids repaired (`.0`). A row with an empty id is
 * rejected (LIAISON_INCOMPLETE); orphans and duplicate links are join's business, so the sheet
 * counts written here are updated after join.
 */
export function ligneLiaison(nom: FeuilleLiaison): NormaliserLigne<Liaison> {
  const autre = AUTRE[nom];
  return (ligne, valeurs) => {
    const idAction = ligne.identifiant('Id_Action', valeurs.id_action, 'LIAISON_INCOMPLETE');
    if (idAction === undefined) return undefined;
    const idAutre = ligne.identifiant(autre.champ, valeurs[autre.cle], 'LIAISON_INCOMPLETE');
    if (idAutre === undefined) return undefined;
    return { origine: ligne.origine, idAction, idAutre };
  };
}

export function normaliseLiaisons(nom: FeuilleLiaison, feuille: Feuille | undefined, rapport: Rapport): Liaison[] {
  return normaliserFeuille(feuille, rapport, ligneLiaison(nom));
}
