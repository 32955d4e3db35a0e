/**
 * A theme of the demo texts: what a fiche talks about, picked from the services it illustrates.
 * `motif` is matched against the folded service label (see foldTexte), so the mapping follows
 * the classification's words and survives a renumbering.
 *
 * Templates use `{slots}` filled by textes.ts: {ville} {deVille} {aVille} {sujet} {Sujet}
 * {deSujet} {annee} {anneeAvant} {anneeApres} {anneeFin} {n} {k} {nb} {pct} {budget} {duree}
 * {Duree} {mois} {public} {partenaire} {outil} {prestataire} {accroche} {constat} {objectif}
 * {deObjectif} and, for the theme's noun phrase, {objet} {Objet} {leObjet} {LeObjet} {unObjet}
 * {UnObjet} {duObjet} {auObjet} {ceObjet} {dUnObjet}, with participles agreed to it: {pense}
 * {destine}. Numbers are drawn afresh for each sentence.
 */
export interface Theme {
  cle: string;
  motif: RegExp;
  /** Relative popularity: services matching a popular theme are drawn more often. */
  poids: number;
  /** Noun phrases, prefixed by gender and number: "m budget participatif", "fp tablettes". */
  objets: string[];
  titres: string[];
  sousTitres?: string[];
  publics?: string[];
  /** Clauses that follow "le constat était simple :". */
  constats: string[];
  /** Infinitive clauses that follow "l’objectif est de". */
  objectifs: string[];
  actions: string[];
  resultats: string[];
  recommandations?: string[];
  outils: string[];
}
