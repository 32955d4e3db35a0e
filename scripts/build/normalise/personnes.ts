import { parseBooleen } from '../../../src/core/champs/booleen.ts';
import { parseCodePostal } from '../../../src/core/champs/code-postal.ts';
import type { Personne } from '../../../src/core/modele.ts';
import type { Valeurs } from '../entetes.ts';
import type { Feuille } from '../read.ts';
import type { Rapport } from '../report.ts';
import { IdsVus, normaliserFeuille, type NormaliserLigne } from './commun.ts';

/** Personnes.csv → contacts (personal data: read, never published by default). Phones are kept as written. */
export function lignePersonne(): NormaliserLigne<Personne> {
  const ids = new IdsVus();
  return (ligne, valeurs) => {
    const v = valeurs as Valeurs<'Personnes'>;
    const id = ligne.identifiant('Id_Personne', v.id_personne);
    if (id === undefined) return undefined;
    if (ids.estDoublon(ligne, 'Id_Personne', id)) return undefined;
    const personne: Personne = {
      id,
      origine: ligne.origine,
      nom: ligne.texteCourt('Nom', v.nom),
      titre: ligne.texteCourt('Titre', v.titre),
      elu: ligne.champ('Elu', v.elu, parseBooleen(v.elu), { correction: 'ELU_CORRIGE', illisible: 'ELU_ILLISIBLE' }) ?? false,
      adresse: ligne.texte('Adresse', v.adresse),
      ville: ligne.texteCourt('Ville', v.ville),
      telephone: ligne.brut(v.telephone),
      telephoneMobile: ligne.brut(v['telephone mobile']),
      courriel: ligne.brut(v.courriel),
    };
    const codePostal = ligne.champ('Code postal', v['code postal'], parseCodePostal(v['code postal']), { correction: 'CODE_POSTAL_CORRIGE', illisible: 'CODE_POSTAL_ILLISIBLE' });
    if (codePostal !== undefined) personne.codePostal = codePostal;
    return ids.retenir(ligne, id, personne);
  };
}

export function normalisePersonnes(feuille: Feuille | undefined, rapport: Rapport): Personne[] {
  return normaliserFeuille(feuille, rapport, lignePersonne());
}
