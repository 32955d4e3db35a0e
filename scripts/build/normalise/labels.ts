import { parseArobases } from '../../../src/core/champs/arobases.ts';
import { parseCategorie } from '../../../src/core/champs/categorie.ts';
import { parseCodeInsee } from '../../../src/core/champs/code-insee.ts';
import { parseAnnee } from '../../../src/core/champs/date.ts';
import type { Lecture } from '../../../src/core/champs/lecture.ts';
import type { Label } from '../../../src/core/modele.ts';
import type { Valeurs } from '../entetes.ts';
import type { Feuille } from '../read.ts';
import type { Rapport } from '../report.ts';
import { extrait, normaliserFeuille, type NormaliserLigne } from './commun.ts';

/** Why a required cell gives no value, or undefined when it does. */
function probleme(champ: string, brut: string, lecture: Lecture<unknown>): { champ: string; texte: string } | undefined {
  if (lecture.statut === 'vide') return { champ, texte: `${champ} vide` };
  if (lecture.statut === 'illisible') return { champ, texte: `${champ} « ${extrait(brut.trim())} » illisible (${lecture.raison})` };
  return undefined;
}

/**
 * Labels.csv → the Villes Internet label history. A row needs a code (INSEE, or SIREN for a
 * territoire), a year and 1 to 5 arobases (else LABEL_INVALIDE); one label per code and year.
 */
export function ligneLabel(): NormaliserLigne<Label> {
  const premieres = new Map<string, number>();
  return (ligne, valeurs) => {
    const v = valeurs as Valeurs<'Labels'>;
    const lectures = {
      code: parseCodeInsee(v.id_insee),
      annee: parseAnnee(v.annee),
      arobases: parseArobases(v.arobases),
    };
    const problemes = [
      probleme('Id_INSEE', v.id_insee, lectures.code),
      probleme('Année', v.annee, lectures.annee),
      probleme('Arobases', v.arobases, lectures.arobases),
    ].filter((p) => p !== undefined);
    if (lectures.code.statut === 'ok') ligne.id = lectures.code.valeur;
    if (problemes.length) return ligne.rejet('LABEL_INVALIDE', `Label écarté : ${problemes.map((p) => p.texte).join(' ; ')}.`, problemes[0].champ);
    const codes = { correction: 'CODE_INSEE_CORRIGE', illisible: 'CODE_INSEE_ILLISIBLE' };
    const code = ligne.champ('Id_INSEE', v.id_insee, lectures.code, codes)!;
    const annee = ligne.champ('Année', v.annee, lectures.annee, { correction: 'ANNEE_CORRIGEE', illisible: 'ANNEE_ILLISIBLE' })!;
    const cle = `${code}/${annee}`;
    const premiere = premieres.get(cle);
    if (premiere !== undefined) return ligne.rejet('ID_EN_DOUBLE', `Label ${code} ${annee} déjà donné ligne ${premiere} : seule la première ligne est gardée.`, 'Id_INSEE');
    premieres.set(cle, ligne.origine.ligne);
    const label: Label = {
      origine: ligne.origine,
      code,
      nom: ligne.texteCourt('Nom', v.nom),
      annee,
      arobases: ligne.champ('Arobases', v.arobases, lectures.arobases, { correction: 'AROBASES_CORRIGEES', illisible: 'AROBASES_ILLISIBLES' })!,
      mention: ligne.texte('Mention', v.mention),
    };
    const categorie = ligne.champ('Catégorie', v.categorie, parseCategorie(v.categorie), { correction: 'CATEGORIE_CORRIGEE', illisible: 'CATEGORIE_INCONNUE' });
    if (categorie !== undefined) label.categorie = categorie;
    return label;
  };
}

export function normaliseLabels(feuille: Feuille | undefined, rapport: Rapport): Label[] {
  return normaliserFeuille(feuille, rapport, ligneLabel());
}
