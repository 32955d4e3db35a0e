import { FONCTIONS, NOMS, PRENOMS_F, PRENOMS_M } from './banques/noms.ts';
import { Anomalies, enFlottant, sansZeroInitial } from './anomalies.ts';
import { adresse, telephoneFixe, telephoneMobile, telephoneSansZero } from './contacts.ts';
import { slug } from './francais.ts';
import type { LieuDemo } from './lieux.ts';
import type { Rng } from './prng.ts';

/**
 * Contacts: made-up people attached to a lieu (a big town has more of them), so that a fiche
 * links to people of its own place. Only typed arrays are kept, whatever the export size.
 */
export const ENTETE_PERSONNES = ['Id_Personne', 'Nom', 'Titre ', 'Elu', 'Adresse', 'Code postal', 'Ville', 'Telephone ', 'Telephone mobile', 'Courriel'];

/** Contacts per fiche. */
export const PERSONNES_PAR_FICHE = 0.45;

export interface IndexPersonnes {
  ids: string[];
  /** Person index → lieu index. */
  lieuDe: Int32Array;
  /** CSR: persons of lieu k are liste[debut[k] .. debut[k+1]). */
  debut: Int32Array;
  liste: Int32Array;
  idMax: number;
}

export function repartirPersonnes(nombre: number, nbLieux: number, cumulLieux: Float64Array, rng: Rng): IndexPersonnes {
  const lieuDe = new Int32Array(nombre);
  const parLieu = new Int32Array(nbLieux + 1);
  for (let p = 0; p < nombre; p++) {
    const k = rng.pickCumulative(cumulLieux);
    lieuDe[p] = k;
    parLieu[k + 1]++;
  }
  const debut = new Int32Array(nbLieux + 1);
  for (let k = 0; k < nbLieux; k++) debut[k + 1] = debut[k] + parLieu[k + 1];
  const curseur = debut.slice(0, nbLieux);
  const liste = new Int32Array(nombre);
  for (let p = 0; p < nombre; p++) liste[curseur[lieuDe[p]]++] = p;
  const ids = new Array<string>(nombre);
  let id = 5000;
  for (let p = 0; p < nombre; p++) {
    id += 1 + (rng.chance(0.05) ? rng.int(1, 3) : 0);
    ids[p] = String(id);
  }
  return { ids, lieuDe, debut, liste, idMax: id };
}

const TAUX = { idFlottant: 0.005, telephoneSansZero: 0.01, cpSansZero: 0.12 };

export function lignePersonne(id: string, lieu: LieuDemo, rng: Rng, anomalies: Anomalies): string[] {
  const femme = rng.chance(0.5);
  const prenom = rng.pick(femme ? PRENOMS_F : PRENOMS_M);
  const nomFamille = rng.pick(NOMS);
  const nom = rng.chance(0.2) ? `${nomFamille.toUpperCase()} ${prenom}` : `${prenom} ${nomFamille}`;
  const fonctions = lieu.genre === 'autre' ? FONCTIONS.filter((f) => !f[2]) : FONCTIONS;
  const [masculin, feminin, elu] = rng.pick(fonctions);

  let idCellule = id;
  if (rng.chance(TAUX.idFlottant)) {
    idCellule = enFlottant(id);
    anomalies.add('personnes.id-flottant');
  }
  let cp = lieu.codePostal;
  if (cp.startsWith('0') && rng.chance(TAUX.cpSansZero)) {
    cp = sansZeroInitial(cp);
    anomalies.add('personnes.cp-zero-perdu');
  }
  let telephone = rng.chance(0.8) ? telephoneFixe(rng, lieu.commune.region) : '';
  if (telephone && rng.chance(TAUX.telephoneSansZero)) {
    telephone = telephoneSansZero(telephone);
    anomalies.add('personnes.telephone-zero-perdu');
  }
  const mobile = rng.chance(0.45) ? telephoneMobile(rng) : '';
  const courriel = rng.chance(0.9) ? `${slug(prenom)}.${slug(nomFamille)}@${lieu.domaine}` : '';
  return [idCellule, nom, femme ? feminin : masculin, elu ? 'Oui' : 'Non', adresse(rng), cp, lieu.ville, telephone, mobile, courriel];
}
