/**
 * What every sheet normaliser shares: reading a cell with a `src/core/champs` parser and turning
 * its repair or failure into a report entry, rejecting a row, and counting the sheet.
 */
import type { Lecture } from '../../../src/core/champs/lecture.ts';
import { parseIdentifiant } from '../../../src/core/champs/identifiant.ts';
import { parseLiens } from '../../../src/core/champs/liens.ts';
import { cleanTexteCourt, cleanTexteLibre, type TexteNettoye } from '../../../src/core/champs/texte-libre.ts';
import type { Origine } from '../../../src/core/modele.ts';
import type { Feuille, LigneBrute } from '../read.ts';
import { detacher } from '../chaines.ts';
import type { EntreeRapport, Rapport } from '../report.ts';

/** Report values longer than this are cut: the report shows what changed, not whole texts. */
export const LONGUEUR_MAX_RAPPORT = 300;

export function extrait(texte: string): string {
  return texte.length > LONGUEUR_MAX_RAPPORT ? texte.slice(0, LONGUEUR_MAX_RAPPORT - 1) + '…' : texte;
}

/**
 * Messages that only depend on the column and the kind of repair are built once and shared:
 * an export of a million rows can hold a million `.0` ids.
 */
const MESSAGES = new Map<string, string>();
const MESSAGES_MAX = 10_000;

function message(cle: string, construire: () => string): string {
  let texte = MESSAGES.get(cle);
  if (texte === undefined) {
    texte = construire();
    if (MESSAGES.size < MESSAGES_MAX) MESSAGES.set(cle, texte);
  }
  return texte;
}

export interface CodesChamp {
  /** Code of the correction when the parser repaired the value. */
  correction: string;
  /** Code of the avertissement when the cell could not be read (the value is left out). */
  illisible: string;
}

/** Most cells have no link: one empty array for them all (never written to), not one per row. */
const AUCUN_LIEN: string[] = [];

/** One row being normalised: its origin, its id once known, and the report it writes to. */
export class LigneEnCours {
  id: string | undefined;
  /** Rejets written for this row: a row is either kept with 0, or left out with exactly 1. */
  rejets = 0;

  constructor(
    private readonly rapport: Rapport,
    readonly origine: Origine,
  ) {}

  private extra(champ: string | undefined, avant?: string, apres?: string): Partial<EntreeRapport> {
    const extra: Partial<EntreeRapport> = {};
    if (this.id !== undefined) extra.id = this.id;
    if (champ !== undefined) extra.champ = champ;
    if (avant !== undefined) extra.avant = extrait(avant);
    if (apres !== undefined) extra.apres = extrait(apres);
    return extra;
  }

  correction(code: string, champ: string, message: string, avant: string, apres: string) {
    this.rapport.correction(this.origine, code, message, this.extra(champ, avant, apres));
  }

  avertissement(code: string, champ: string | undefined, message: string, avant?: string) {
    this.rapport.avertissement(this.origine, code, message, this.extra(champ, avant));
  }

  /** Rejects the row; returns undefined so that a normaliser can `return ligne.rejet(...)`. */
  rejet(code: string, message: string, champ?: string, avant?: string): undefined {
    this.rejets++;
    this.rapport.rejet(this.origine, code, message, this.extra(champ, avant));
    return undefined;
  }

  /**
   * The value a parser read from a cell; reports its repair (correction, avant → après) or its
   * failure (avertissement; the value is left out). `enTexte` shows the value in the report.
   */
  champ<T>(champ: string, brut: string, lecture: Lecture<T>, codes: CodesChamp, enTexte: (v: T) => string = String): T | undefined {
    if (lecture.statut === 'ok') {
      if (lecture.reparation) {
        const texte = message(`${champ}\0${lecture.reparation}`, () => `${champ} : ${lecture.reparation}.`);
        this.correction(codes.correction, champ, texte, brut, enTexte(lecture.valeur));
      }
      return lecture.valeur;
    }
    if (lecture.statut === 'illisible') {
      const texte = message(`${champ}\0${lecture.raison}\0illisible`, () => `${champ} illisible (${lecture.raison}) : valeur ignorée.`);
      this.avertissement(codes.illisible, champ, texte, brut);
    }
    return undefined;
  }

  private nettoye(champ: string, brut: string, resultat: TexteNettoye): string {
    if (resultat.html) {
      const texte = message(`${champ}\0html`, () => `${champ} : balises HTML retirées, entités décodées.`);
      this.correction('TEXTE_HTML_NETTOYE', champ, texte, brut, resultat.texte);
    }
    return resultat.texte;
  }

  /** A long free-text cell (line breaks kept), cleaned of HTML. */
  texte(champ: string, brut: string): string {
    return detacher(this.nettoye(champ, brut, cleanTexteLibre(brut)));
  }

  /** texte() for a text its caller moves out of the heap at once (TextesLongs): not copied. */
  texteDeplace(champ: string, brut: string): string {
    return this.nettoye(champ, brut, cleanTexteLibre(brut));
  }

  /** A one-line text cell (Titre, Nom, Ville), cleaned of HTML. */
  texteCourt(champ: string, brut: string): string {
    return detacher(this.nettoye(champ, brut, cleanTexteCourt(brut)));
  }

  /** A cell kept as written, trimmed. */
  brut(brut: string): string {
    return detacher(brut.trim());
  }

  /** A links cell: http(s) addresses only; the others are dropped and reported (LIEN_REFUSE). */
  liens(champ: string, brut: string): string[] {
    if (brut.trim() === '') return AUCUN_LIEN;
    const { liens, refuses, corrige } = parseLiens(brut);
    for (const refuse of refuses) {
      this.avertissement('LIEN_REFUSE', champ, `${champ} : « ${extrait(refuse)} » n'est pas une adresse http(s) ; lien retiré.`, refuse);
    }
    if (corrige) {
      const texte = message(`${champ}\0liens`, () => `${champ} : adresses extraites et réparées (href, « www. », ponctuation).`);
      this.correction('LIEN_CORRIGE', champ, texte, brut, liens.join('\n'));
    }
    return liens.length === 0 ? AUCUN_LIEN : liens.map(detacher);
  }

  /**
   * The id of the row from an id cell, with `.0` dropped; rejects the row (ID_MANQUANT) when the
   * cell is empty or holds no id, and returns undefined.
   */
  identifiant(champ: string, brut: string, codeRejet = 'ID_MANQUANT'): string | undefined {
    const lecture = parseIdentifiant(brut);
    if (lecture.statut === 'ok') {
      this.id ??= lecture.valeur;
      if (lecture.reparation) {
        const texte = message(`${champ}\0${lecture.reparation}`, () => `${champ} : ${lecture.reparation}.`);
        this.correction('ID_CORRIGE', champ, texte, brut, lecture.valeur);
      }
      return lecture.valeur;
    }
    this.rejet(
      codeRejet,
      lecture.statut === 'vide' ? `${champ} vide : la ligne ne peut pas entrer dans l'atlas.` : `${champ} « ${extrait(brut.trim())} » illisible (${lecture.raison}) : ligne écartée.`,
      champ,
      brut.trim() === '' ? undefined : brut,
    );
    return undefined;
  }
}

/**
 * First line of each id kept so far in a sheet: a later row with the same id is ID_EN_DOUBLE.
 * Only kept rows hold an id, so a row rejected for another reason does not shadow a later one.
 */
export class IdsVus {
  private readonly premieres = new Map<string, number>();

  /** Rejects the row as ID_EN_DOUBLE when a kept row already has this id. */
  estDoublon(ligne: LigneEnCours, champ: string, id: string): boolean {
    const premiere = this.premieres.get(id);
    if (premiere === undefined) return false;
    ligne.rejet('ID_EN_DOUBLE', `${champ} ${id} déjà utilisé ligne ${premiere} : seule la première ligne est gardée.`, champ);
    return true;
  }

  /** Records the id of a row that is kept; returns the row's value for `return ids.retenir(...)`. */
  retenir<T>(ligne: LigneEnCours, id: string, valeur: T): T {
    this.premieres.set(id, ligne.origine.ligne);
    return valeur;
  }
}

/** One row → its value, or undefined when the row is left out (after exactly one rejet). */
export type NormaliserLigne<T> = (ligne: LigneEnCours, valeurs: Record<string, string>) => T | undefined;

/** Normalises the rows of one sheet as they come, and counts them once they have all come. */
export class NormaliseurFeuille<T> {
  readonly gardees: T[] = [];
  private lues = 0;
  private nombreGardees = 0;

  constructor(
    private readonly nom: string,
    private readonly fichier: string,
    private readonly rapport: Rapport,
    private readonly normaliserLigne: NormaliserLigne<T>,
    /** false: the kept rows are counted, not kept (the caller took them over). */
    private readonly garder = true,
  ) {}

  ligne(brute: LigneBrute): void {
    this.lues++;
    const ligne = new LigneEnCours(this.rapport, { fichier: this.fichier, ligne: brute.ligne });
    const resultat = this.normaliserLigne(ligne, brute.valeurs);
    if (ligne.rejets !== (resultat === undefined ? 1 : 0)) {
      throw new Error(`normalise ${this.nom} ligne ${brute.ligne} : ${ligne.rejets} rejet(s) pour une ligne ${resultat === undefined ? 'écartée' : 'gardée'}`);
    }
    if (resultat === undefined) return;
    this.nombreGardees++;
    if (this.garder) this.gardees.push(resultat);
  }

  /** Counts the sheet (lues = gardees + rejetees) and returns the kept rows. */
  fin(): T[] {
    this.rapport.compterFeuille(this.fichier, { lues: this.lues, gardees: this.nombreGardees, rejetees: this.lues - this.nombreGardees });
    return this.gardees;
  }
}

/**
 * Runs `normaliserLigne` on every row of a sheet and counts it: lues = rows read, rejetees =
 * rows for which `normaliserLigne` returned undefined (it must have written exactly one rejet).
 */
export function normaliserFeuille<T>(
  feuille: Feuille | undefined,
  rapport: Rapport,
  normaliserLigne: NormaliserLigne<T>,
): T[] {
  if (!feuille) return [];
  const normaliseur = new NormaliseurFeuille(feuille.nom, feuille.fichier, rapport, normaliserLigne);
  for (const brute of feuille.lignes) normaliseur.ligne(brute);
  return normaliseur.fin();
}
