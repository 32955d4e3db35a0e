import type { Precision } from '../../src/core/atlas-data.ts';
import type { Lieu } from '../../src/core/modele.ts';
import {
  BOITE_METROPOLE,
  BOITES_OUTRE_MER_COM,
  type Boite,
  type Point,
  arrondir,
  dansBoite,
  distanceKm,
  moyennePoints,
  unionBoites,
} from './geolocate/boites.ts';
import { codeArrondissement, departementEntreParentheses, ressembleEpci, variantesNom } from './geolocate/noms.ts';
import type { ArrondissementRef, CommuneRef, EpciRef, Referentiel } from './referentiel.ts';
import type { Rapport } from './report.ts';

/**
 * Geolocation of a place (Lieu), offline, against the reference geography (referentiel.ts).
 *
 *   1. Which collectivité is it?  The Id_INSEE code, repaired (lost leading zero, `.0`, `2a004`,
 *      old Corsican `20xxx`), resolved (déléguée/associée/merged commune → current commune,
 *      arrondissement → its commune, SIREN → EPCI or commune) and, when it could be a postcode
 *      as well, confirmed by the names in `Ville` and `Nom`. Failing that: postcode + name,
 *      name alone (unique in France), an EPCI by its name, the postcode alone, the department.
 *   2. Where is it?  The export's own coordinates when they fall in the collectivité's box
 *      (swapped ones are put back), else the collectivité's reference point.
 *
 * Precision of the point:
 *   exact    the export's own coordinates, checked against the commune's (or EPCI's) box
 *   commune  the collectivité's reference point: GeoNames town centre, box centre, EPCI centre
 *   approx   postcode mean, department point, or own coordinates that could only be checked
 *            against a wider area than the commune (see below)
 *   none     nothing found; lng/lat null
 *
 * Own coordinates that cannot be checked against a commune box (no commune known, or a commune
 * without a box: overseas collectivities, a few re-created communes) are kept when they fall in
 * the widest area we know for the place (its postcode's communes, its department, else France:
 * metropolitan or an overseas box), with precision `approx` and a COORDONNEES_NON_VERIFIEES
 * warning: `exact` promises a check we could not make, and the point is still better than any
 * centre. Outside that area they are dropped (COORDONNEES_HORS_FRANCE / COORDONNEES_HORS_COMMUNE).
 *
 * A lieu is never rejected here: every repair is a `correction`, every guess an `avertissement`.
 */

export type Methode =
  | 'coordonnees'
  | 'coordonnees-inversees'
  | 'centre-ville'
  | 'boite'
  | 'code-postal-nom'
  | 'code-postal'
  | 'epci'
  | 'departement'
  | 'aucune';

export interface Localisation {
  lng: number | null;
  lat: number | null;
  precision: Precision;
  methode: Methode;
  /** The collectivité the place stands for: a current commune INSEE code, or an EPCI SIREN. */
  collectivite: { code: string; nom: string; type: 'commune' | 'epci'; population: number | null } | null;
  /** Current commune code (null for an EPCI-level place). */
  codeInsee: string | null;
  /** Commune name. */
  commune: string | null;
  departement: string | null;
  region: string | null;
  /** SIREN of the commune's EPCI, or the EPCI itself. */
  epci: string | null;
}

/** Own coordinates are accepted inside the box widened by this much (degrees)… */
export const MARGE_MIN = 0.02;
/** …or by this share of the box's width / height, whichever is larger. */
export const MARGE_RELATIVE = 0.1;

/** What step 1 found. */
type Cible =
  | { type: 'commune'; commune: CommuneRef; arrondissement?: ArrondissementRef; parNom: boolean }
  | { type: 'epci'; epci: EpciRef }
  | { type: 'code-postal'; cp: string; communes: readonly CommuneRef[] }
  | { type: 'departement'; code: string }
  | { type: 'aucune' };

/** Everything about one lieu that the steps share; names are folded only when a step needs them. */
class Contexte {
  private _noms?: string[];
  private _cp?: string | null;
  constructor(
    readonly lieu: Lieu,
    readonly ref: Referentiel,
    readonly rapport: Rapport,
  ) {}
  /** The Code postal column, repaired, or undefined. */
  get cp(): string | undefined {
    if (this._cp === undefined) this._cp = normaliserCodePostal(this.lieu.codePostal) ?? null;
    return this._cp ?? undefined;
  }
  /** Folded candidate names from Ville, then from Nom. */
  get noms(): string[] {
    if (!this._noms) {
      const s = new Set([...variantesNom(this.lieu.ville), ...variantesNom(this.lieu.nom)]);
      this._noms = [...s];
    }
    return this._noms;
  }
  correction(code: string, message: string, champ: string, avant?: string, apres?: string) {
    this.rapport.correction(this.lieu.origine, code, message, { id: this.lieu.id, champ, avant, apres });
  }
  avertissement(code: string, message: string, champ: string, avant?: string, apres?: string) {
    this.rapport.avertissement(this.lieu.origine, code, message, { id: this.lieu.id, champ, avant, apres });
  }
}

const CHAMP_CODE = 'Id_INSEE';
const CHAMP_COORDONNEES = 'Latitude/Longitude';

export function geolocateLieu(lieu: Lieu, ref: Referentiel, rapport: Rapport): Localisation {
  const ctx = new Contexte(lieu, ref, rapport);
  let cible = identifier(ctx);
  const coords = lieu.coordonnees;
  if (coords && Number.isFinite(coords[0]) && Number.isFinite(coords[1])) {
    const r = placerParCoordonnees(ctx, cible, coords);
    cible = r.cible;
    if (r.point) return localisation(cible, r.point, r.precision, r.methode);
  }
  return placerParReference(ctx, cible);
}

// ---------------------------------------------------------------------------------------------
// 1. Which collectivité

function identifier(ctx: Contexte): Cible {
  const brut = ctx.lieu.codeInsee?.trim();
  let deptIndice: string | undefined;
  if (brut) {
    const r = identifierParCode(ctx, brut);
    if ('cible' in r) return r.cible;
    deptIndice = r.departement;
  }
  return identifierSansCode(ctx, ctx.cp, deptIndice);
}

/** Repairs and resolves the Id_INSEE value; returns a target, or a department hint to fall back on. */
function identifierParCode(ctx: Contexte, brut: string): { cible: Cible } | { departement?: string } {
  const { ref } = ctx;
  // The common case first: a clean, current code that is no postcode.
  const direct = ref.communes.get(brut);
  if (direct && ref.parCodePostal(brut).length === 0) return { cible: cibleCommune(ctx, direct) };

  let code = brut.toUpperCase().replace(/[\s\u00a0]+/g, '');
  const flottant = /^(\d+)[.,]0+$/.exec(code);
  if (flottant) code = reparerCode(ctx, code, flottant[1], 'écrit comme un nombre décimal');
  if (/^\d{4}$/.test(code)) code = reparerCode(ctx, code, `0${code}`, 'zéro initial perdu');
  if (/^\d{14}$/.test(code)) code = reparerCode(ctx, code, code.slice(0, 9), 'SIRET ramené à son SIREN');

  if (/^\d{9}$/.test(code)) {
    const epci = ref.epcis.get(code);
    if (epci) {
      ctx.avertissement('SIREN_EPCI', `Le code est le SIREN de l'intercommunalité « ${epci.nom} » : le lieu est placé à l'échelle de l'EPCI.`, CHAMP_CODE, code, code);
      return { cible: { type: 'epci', epci } };
    }
    const c = ref.communeParSiren(code);
    if (c) {
      ctx.correction('SIREN_COMMUNE', `Le code est le SIREN de la commune « ${c.nom} » : remplacé par son code INSEE.`, CHAMP_CODE, code, c.code);
      return { cible: cibleCommune(ctx, c) };
    }
    ctx.avertissement('CODE_INSEE_INCONNU', `Le code ${code} (9 chiffres) n'est le SIREN d'aucune commune ni intercommunalité connue.`, CHAMP_CODE, code);
    return {};
  }

  if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) {
    ctx.avertissement('CODE_INSEE_INVALIDE', `Le code « ${brut} » n'a pas la forme d'un code INSEE (5 caractères) ni d'un SIREN.`, CHAMP_CODE, brut);
    return {};
  }

  const res = ref.resoudre(code);
  const communesCp = /^\d{5}$/.test(code) ? ref.parCodePostal(code) : [];

  if (res && communesCp.length > 0) {
    // A code that is both an INSEE code and a postcode (13100: Saint-Rémy-de-Provence, and a
    // postcode of Aix-en-Provence): the names, or a postcode column that agrees, decide.
    const confirme =
      nomsDesignent(ctx, res.commune, res.nomAncien, res.arrondissement) ||
      (ctx.cp !== undefined && ctx.cp !== code && res.commune.codesPostaux.includes(ctx.cp));
    if (!confirme) {
      const parNom = choisirParNom(ctx, communesCp);
      if (parNom && parNom !== res.commune) return { cible: codePostalPrisPourInsee(ctx, code, parNom) };
      if (!parNom && ctx.cp === code) return { cible: codePostalSeul(code, communesCp) };
    }
  }
  if (res) return { cible: depuisResolution(ctx, code, res) };
  if (communesCp.length > 0) {
    const parNom = choisirParNom(ctx, communesCp);
    if (parNom) return { cible: codePostalPrisPourInsee(ctx, code, parNom) };
    return { cible: codePostalSeul(code, communesCp) };
  }
  ctx.avertissement('CODE_INSEE_INCONNU', `Le code ${code} n'est ni un code INSEE ni un code postal connus.`, CHAMP_CODE, code);
  return { departement: departementDuCode(ctx, code) };
}

function reparerCode(ctx: Contexte, avant: string, apres: string, pourquoi: string): string {
  ctx.correction('CODE_INSEE_REPARE', `Code INSEE réparé (${pourquoi}).`, CHAMP_CODE, avant, apres);
  return apres;
}

function depuisResolution(ctx: Contexte, code: string, res: NonNullable<ReturnType<Referentiel['resoudre']>>): Cible {
  const c = res.commune;
  switch (res.via) {
    case 'actuelle':
      break;
    case 'deleguee':
    case 'associee':
      ctx.correction(
        'COMMUNE_DELEGUEE',
        `${res.via === 'deleguee' ? 'Commune déléguée' : 'Commune associée'} « ${res.nomAncien} », rattachée à la commune « ${c.nom} ».`,
        CHAMP_CODE,
        code,
        c.code,
      );
      break;
    case 'ancienne':
      if (code.startsWith('20') && (c.departement === '2A' || c.departement === '2B')) {
        ctx.correction('CODE_INSEE_REPARE', `Ancien code corse (avant 1976) : ${c.nom}.`, CHAMP_CODE, code, c.code);
      } else {
        ctx.correction('COMMUNE_FUSIONNEE', `Code d'une ancienne commune, fusionnée dans « ${c.nom} ».`, CHAMP_CODE, code, c.code);
      }
      break;
    case 'arrondissement':
      ctx.avertissement(
        'ARRONDISSEMENT_MUNICIPAL',
        `« ${res.nomAncien} » : la collectivité est la commune de ${c.nom} ; le lieu reste placé dans son arrondissement quand il a un point.`,
        CHAMP_CODE,
        code,
        c.code,
      );
      return { type: 'commune', commune: c, arrondissement: res.arrondissement, parNom: false };
  }
  return cibleCommune(ctx, c);
}

function codePostalPrisPourInsee(ctx: Contexte, code: string, c: CommuneRef): Cible {
  ctx.correction(
    'CODE_POSTAL_PRIS_POUR_INSEE',
    `Le code ${code} est le code postal de « ${c.nom} » (confirmé par le nom) : remplacé par son code INSEE.`,
    CHAMP_CODE,
    code,
    c.code,
  );
  return cibleCommune(ctx, c, true);
}

/** Only the postcode is sure; reported where the point is chosen (the coordinates may still tell the commune). */
function codePostalSeul(cp: string, communes: readonly CommuneRef[]): Cible {
  return { type: 'code-postal', cp, communes };
}

/** A commune target; for Paris, Lyon or Marseille, look for the arrondissement in the names or the postcode. */
function cibleCommune(ctx: Contexte, commune: CommuneRef, parNom = false): Cible {
  let arrondissement: ArrondissementRef | undefined;
  if (commune.code === '75056' || commune.code === '69123' || commune.code === '13055') {
    for (const n of ctx.noms) {
      const a = codeArrondissement(n);
      if (a) arrondissement = ctx.ref.arrondissements.get(a);
      if (arrondissement) break;
    }
    if (!arrondissement && ctx.cp) arrondissement = ctx.ref.arrondissementParCodePostal(ctx.cp);
    if (arrondissement && arrondissement.commune !== commune.code) arrondissement = undefined;
  }
  return { type: 'commune', commune, arrondissement, parNom };
}

/** No usable code: postcode + name, name alone, EPCI by name, postcode alone, department. */
function identifierSansCode(ctx: Contexte, cp: string | undefined, deptIndice: string | undefined): Cible {
  const { ref } = ctx;
  const communesCp = cp ? ref.parCodePostal(cp) : [];

  if (ressembleEpci(ctx.lieu.nom)) {
    const epcis = ref.epciParNom(ctx.lieu.nom);
    const epci = epcis.length === 1 ? epcis[0] : epcis.find((e) => communesCp.some((c) => c.epci === e.siren));
    if (epci) {
      ctx.avertissement('LOCALISE_PAR_NOM', `Intercommunalité reconnue à son nom : « ${epci.nom} » (${epci.siren}).`, 'Nom', ctx.lieu.nom, epci.siren);
      return { type: 'epci', epci };
    }
  }

  if (communesCp.length > 0) {
    const c = choisirParNom(ctx, communesCp);
    if (c) {
      ctx.avertissement('LOCALISE_PAR_NOM', `Commune trouvée par le code postal ${cp} et le nom : « ${c.nom} » (${c.code}).`, 'Ville', ctx.lieu.ville || ctx.lieu.nom, c.code);
      return cibleCommune(ctx, c, true);
    }
  }

  const depCp = cp ? departementDuCodePostal(ctx, cp, communesCp) : undefined;
  deptIndice ??= departementEntreParentheses(ctx.lieu.ville) ?? departementEntreParentheses(ctx.lieu.nom);
  if (deptIndice && !ctx.ref.departement(deptIndice)) deptIndice = undefined;
  const c = choisirParNomEnFrance(ctx, depCp ?? deptIndice);
  if (c) {
    ctx.avertissement('LOCALISE_PAR_NOM', `Commune trouvée par son nom seul : « ${c.nom} » (${c.code}).`, 'Ville', ctx.lieu.ville || ctx.lieu.nom, c.code);
    return cibleCommune(ctx, c, true);
  }

  if (cp && communesCp.length > 0) return codePostalSeul(cp, communesCp);
  const dep = depCp ?? deptIndice;
  // Reported where the point is chosen: own coordinates may still be kept.
  if (dep) return { type: 'departement', code: dep };
  return { type: 'aucune' };
}

// ---------------------------------------------------------------------------------------------
// Names

/** Is `a` one of the words-runs of `b`? ("saint etienne" in "mairie de saint etienne") */
function contientMots(b: string, a: string): boolean {
  return b === a || ` ${b} `.includes(` ${a} `);
}

/** Do the lieu's names designate this commune (or its former unit, or arrondissement)? */
function nomsDesignent(ctx: Contexte, c: CommuneRef, nomAncien?: string, arr?: ArrondissementRef): boolean {
  const cibles = [c.nomPlie];
  if (nomAncien) cibles.push(variantesNom(nomAncien)[0] ?? '');
  if (arr) cibles.push(arr.nomPlie);
  for (const n of ctx.noms) {
    for (const cible of cibles) if (cible && (n === cible || (cible.length >= 4 && contientMots(n, cible)))) return true;
    if (arr && codeArrondissement(n) === arr.code) return true;
  }
  for (const n of ctx.noms) for (const a of ctx.ref.parAncienNom(n)) if (a === c) return true;
  return false;
}

/**
 * Among a postcode's communes, the one the names designate: same folded name, else a déléguée
 * of that name, else the longest commune name found as whole words in a name ("Médiathèque de
 * Vienne" → Vienne). Undefined when no name designates exactly one.
 */
function choisirParNom(ctx: Contexte, candidats: readonly CommuneRef[]): CommuneRef | undefined {
  const noms = ctx.noms;
  if (noms.length === 0) return undefined;
  for (const n of noms) {
    const a = codeArrondissement(n);
    const viaArr = a ? ctx.ref.resoudre(a)?.commune : undefined;
    if (viaArr && candidats.includes(viaArr)) return viaArr;
    const hits = candidats.filter((c) => c.nomPlie === n);
    if (hits.length === 1) return hits[0];
  }
  for (const n of noms) {
    const hits = ctx.ref.parAncienNom(n).filter((c) => candidats.includes(c));
    if (hits.length === 1) return hits[0];
  }
  let meilleur: CommuneRef | undefined;
  let ex = false;
  for (const c of candidats) {
    if (c.nomPlie.length < 4 || !noms.some((n) => contientMots(n, c.nomPlie))) continue;
    if (!meilleur || c.nomPlie.length > meilleur.nomPlie.length) (meilleur = c), (ex = false);
    else if (c.nomPlie.length === meilleur.nomPlie.length) ex = true;
  }
  return ex ? undefined : meilleur;
}

/** A commune designated by name alone: unique in France (or in the hinted department). */
function choisirParNomEnFrance(ctx: Contexte, dep: string | undefined): CommuneRef | undefined {
  for (const n of ctx.noms) {
    const a = codeArrondissement(n);
    if (a && ctx.ref.arrondissements.has(a)) return ctx.ref.resoudre(a)!.commune;
    let hits = ctx.ref.parNom(n);
    if (hits.length > 1 && dep) hits = hits.filter((c) => c.departement === dep);
    if (dep && hits.length === 1 && hits[0].departement !== dep) continue;
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) {
      const parPoint = departagerParCoordonnees(ctx, hits);
      if (parPoint) return parPoint;
    }
  }
  for (const n of ctx.noms) {
    let hits = ctx.ref.parAncienNom(n);
    if (dep) hits = hits.filter((c) => c.departement === dep);
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}

/** Homonyms: keep the one whose box holds the lieu's own coordinates (either way round). */
function departagerParCoordonnees(ctx: Contexte, candidats: CommuneRef[]): CommuneRef | undefined {
  const p = ctx.lieu.coordonnees;
  if (!p) return undefined;
  const hits = candidats.filter((c) => c.bbox && (dansBoiteMarge(c.bbox, p[0], p[1]) || dansBoiteMarge(c.bbox, p[1], p[0])));
  return hits.length === 1 ? hits[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Codes

/** A 5-digit postcode, or undefined; repairs `1000`, `1000.0` silently (the Code postal column is not ours to report). */
export function normaliserCodePostal(brut: string | undefined): string | undefined {
  if (!brut) return undefined;
  let s = brut.trim().replace(/[\s\u00a0]+/g, '').replace(/[.,]0+$/, '');
  if (/^\d{4}$/.test(s)) s = `0${s}`;
  return /^\d{5}$/.test(s) ? s : undefined;
}

/** Department of a postcode: that of its communes when they agree, else read from its digits. */
function departementDuCodePostal(ctx: Contexte, cp: string, communes: readonly CommuneRef[]): string | undefined {
  if (communes.length > 0 && communes.every((c) => c.departement === communes[0].departement)) return communes[0].departement;
  if (cp.startsWith('97') || cp.startsWith('98')) return ctx.ref.departement(cp.slice(0, 3)) ? cp.slice(0, 3) : undefined;
  if (cp.startsWith('20')) return Number(cp.slice(2, 3)) <= 1 ? '2A' : '2B';
  return ctx.ref.departement(cp.slice(0, 2)) ? cp.slice(0, 2) : undefined;
}

/** Department read from an unknown INSEE code's first digits, if that department exists. */
function departementDuCode(ctx: Contexte, code: string): string | undefined {
  const d = code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
  return ctx.ref.departement(d) ? d : undefined;
}

// ---------------------------------------------------------------------------------------------
// 2. Where

function marges(b: Boite): [number, number] {
  return [Math.max(MARGE_MIN, MARGE_RELATIVE * (b[2] - b[0])), Math.max(MARGE_MIN, MARGE_RELATIVE * (b[3] - b[1]))];
}
function dansBoiteMarge(b: Boite, lng: number, lat: number): boolean {
  const [mx, my] = marges(b);
  return lng >= b[0] - mx && lng <= b[2] + mx && lat >= b[1] - my && lat <= b[3] + my;
}

/** Is the point anywhere in France: metropolitan, an overseas department or collectivity? */
export function enFrance(ref: Referentiel, lng: number, lat: number): boolean {
  if (dansBoite(BOITE_METROPOLE, lng, lat)) return true;
  for (const d of ['971', '972', '973', '974', '976']) {
    const b = ref.boiteDepartement(d);
    if (b && dansBoite(b, lng, lat, 0.1)) return true;
  }
  for (const b of Object.values(BOITES_OUTRE_MER_COM)) if (dansBoite(b, lng, lat, 0.1)) return true;
  return false;
}

interface Placement {
  cible: Cible;
  point?: Point;
  precision: Precision;
  methode: Methode;
}

/** The box the lieu's own coordinates are checked against, and whether it is the collectivité's own. */
function boiteDeControle(ctx: Contexte, cible: Cible): { boite: Boite; propre: boolean } | null {
  switch (cible.type) {
    case 'commune': {
      const c = cible.commune;
      if (c.bbox) return { boite: c.bbox, propre: true };
      const d = ctx.ref.boiteDepartement(c.departement);
      return d ? { boite: d, propre: false } : null;
    }
    case 'epci':
      return cible.epci.bbox ? { boite: cible.epci.bbox, propre: true } : null;
    case 'code-postal': {
      let b: Boite | null = null;
      for (const c of cible.communes) b = unionBoites(b, c.bbox);
      return b ? { boite: b, propre: false } : null;
    }
    case 'departement': {
      const b = ctx.ref.boiteDepartement(cible.code);
      return b ? { boite: b, propre: false } : null;
    }
    case 'aucune':
      return null;
  }
}

/** The point that replaces coordinates found outside the area (for the report's distance). */
function pointDeReference(ctx: Contexte, cible: Cible): Point | null {
  switch (cible.type) {
    case 'commune':
      return pointCommune(cible)?.point ?? null;
    case 'epci':
      return cible.epci.centre;
    case 'code-postal':
      return moyennePoints(cible.communes.flatMap((c) => (c.centre ? [c.centre] : [])));
    case 'departement':
      return ctx.ref.centreDepartement(cible.code);
    case 'aucune':
      return null;
  }
}

function placerParCoordonnees(ctx: Contexte, cible: Cible, [lng, lat]: [number, number]): Placement {
  const aucun: Placement = { cible, precision: 'none', methode: 'aucune' };

  // A postcode alone: the coordinates may tell which of its communes it is.
  if (cible.type === 'code-postal') {
    const hits = cible.communes.filter((c) => c.bbox && (dansBoiteMarge(c.bbox, lng, lat) || dansBoiteMarge(c.bbox, lat, lng)));
    const strict = hits.filter((c) => dansBoite(c.bbox!, lng, lat) || dansBoite(c.bbox!, lat, lng));
    const seule = hits.length === 1 ? hits[0] : strict.length === 1 ? strict[0] : undefined;
    if (seule) {
      ctx.avertissement('LOCALISE_PAR_COORDONNEES', `Parmi les communes du code postal ${cible.cp}, seule « ${seule.nom} » contient les coordonnées du lieu.`, CHAMP_COORDONNEES, texteCoordonnees(lng, lat), seule.code);
      cible = cibleCommune(ctx, seule, true);
    }
  }

  const controle = boiteDeControle(ctx, cible);
  if (controle) {
    const { boite, propre } = controle;
    const precision: Precision = propre ? 'exact' : 'approx';
    if (dansBoiteMarge(boite, lng, lat)) {
      if (!propre) signalerNonVerifiees(ctx, cible, texteCoordonnees(lng, lat));
      return { cible, point: [arrondir(lng), arrondir(lat)], precision, methode: 'coordonnees' };
    }
    if (dansBoiteMarge(boite, lat, lng)) {
      ctx.correction('COORDONNEES_INVERSEES', `Latitude et longitude inversées (vérifié sur ${libelleZone(cible)}).`, CHAMP_COORDONNEES, texteCoordonnees(lng, lat), texteCoordonnees(lat, lng));
      if (!propre) signalerNonVerifiees(ctx, cible, texteCoordonnees(lat, lng));
      return { cible, point: [arrondir(lat), arrondir(lng)], precision, methode: 'coordonnees-inversees' };
    }
    const reference = pointDeReference(ctx, cible);
    const km = reference ? Math.round(Math.min(distanceKm([lng, lat], reference), distanceKm([lat, lng], reference))) : null;
    ctx.correction(
      'COORDONNEES_HORS_COMMUNE',
      `Coordonnées hors de ${libelleZone(cible)}${km !== null ? ` (à ${km} km)` : ''} : remplacées par le point de référence.`,
      CHAMP_COORDONNEES,
      texteCoordonnees(lng, lat),
      reference ? `${reference[0]}, ${reference[1]}` : undefined,
    );
    return aucun;
  }

  // No area to check against: only France's bounds.
  if (cible.type === 'aucune' || cible.type === 'commune' || cible.type === 'epci') {
    if (enFrance(ctx.ref, lng, lat)) {
      ctx.avertissement('COORDONNEES_NON_VERIFIEES', 'Coordonnées gardées sans commune pour les vérifier (seulement contrôlées dans les limites de la France).', CHAMP_COORDONNEES, texteCoordonnees(lng, lat));
      return { cible, point: [arrondir(lng), arrondir(lat)], precision: 'approx', methode: 'coordonnees' };
    }
    if (enFrance(ctx.ref, lat, lng)) {
      ctx.correction('COORDONNEES_INVERSEES', 'Latitude et longitude inversées (vérifié sur les limites de la France).', CHAMP_COORDONNEES, texteCoordonnees(lng, lat), texteCoordonnees(lat, lng));
      ctx.avertissement('COORDONNEES_NON_VERIFIEES', 'Coordonnées gardées sans commune pour les vérifier (seulement contrôlées dans les limites de la France).', CHAMP_COORDONNEES, texteCoordonnees(lat, lng));
      return { cible, point: [arrondir(lat), arrondir(lng)], precision: 'approx', methode: 'coordonnees-inversees' };
    }
  }
  ctx.correction('COORDONNEES_HORS_FRANCE', 'Coordonnées hors de France, même inversées : ignorées.', CHAMP_COORDONNEES, texteCoordonnees(lng, lat));
  return aucun;
}

/** Report strings are built only when a report is made: number → string is not free at 100k lieux. */
function texteCoordonnees(lng: number, lat: number): string {
  return `${lng}, ${lat}`;
}

function signalerNonVerifiees(ctx: Contexte, cible: Cible, valeur: string) {
  ctx.avertissement(
    'COORDONNEES_NON_VERIFIEES',
    `Coordonnées gardées sans pouvoir les vérifier à l'échelle de la commune (contrôlées sur ${libelleZone(cible)}).`,
    CHAMP_COORDONNEES,
    valeur,
  );
}

function libelleZone(cible: Cible): string {
  switch (cible.type) {
    case 'commune':
      return cible.commune.bbox ? `la commune ${cible.commune.nom} (${cible.commune.code})` : `le département ${cible.commune.departement}`;
    case 'epci':
      return `l'intercommunalité ${cible.epci.nom}`;
    case 'code-postal':
      return `les communes du code postal ${cible.cp}`;
    case 'departement':
      return `le département ${cible.code}`;
    case 'aucune':
      return 'la France';
  }
}

/** The reference point of a commune target: its arrondissement's, else its own. */
function pointCommune(cible: Extract<Cible, { type: 'commune' }>): { point: Point; methode: Methode } | null {
  const a = cible.arrondissement;
  if (a?.centre) return { point: a.centre, methode: 'centre-ville' };
  const c = cible.commune;
  if (!c.centre) return null;
  return { point: c.centre, methode: c.centreSource === 'geonames' ? 'centre-ville' : 'boite' };
}

function placerParReference(ctx: Contexte, cible: Cible): Localisation {
  switch (cible.type) {
    case 'commune': {
      const p = pointCommune(cible);
      if (p) return localisation(cible, p.point, 'commune', cible.parNom ? 'code-postal-nom' : p.methode);
      return parDepartement(ctx, cible, cible.commune.departement);
    }
    case 'epci':
      if (cible.epci.centre) return localisation(cible, cible.epci.centre, 'commune', 'epci');
      return parDepartement(ctx, cible, cible.epci.departement);
    case 'code-postal': {
      const p = moyennePoints(cible.communes.flatMap((c) => (c.centre ? [c.centre] : [])));
      if (p) {
        const n = cible.communes.length;
        ctx.avertissement(
          'LOCALISE_PAR_CODE_POSTAL',
          n === 1
            ? `Seul le code postal ${cible.cp} est sûr (sa seule commune, « ${cible.communes[0].nom} », n'est pas confirmée par le nom) : lieu placé au centre de la commune.`
            : `Seul le code postal ${cible.cp} est sûr, aucun nom ne désigne l'une de ses ${n} communes : lieu placé au centre de ces communes.`,
          ctx.lieu.codePostal ? 'Code postal' : CHAMP_CODE,
          ctx.lieu.codePostal ?? ctx.lieu.codeInsee,
          `${p[0]}, ${p[1]}`,
        );
        return localisation(cible, p, 'approx', 'code-postal');
      }
      return parDepartement(ctx, cible, departementDuCodePostal(ctx, cible.cp, cible.communes) ?? null);
    }
    case 'departement':
      return parDepartement(ctx, cible, cible.code);
    case 'aucune':
      return nonLocalise(ctx, cible);
  }
}

function parDepartement(ctx: Contexte, cible: Cible, dep: string | null): Localisation {
  const p = dep ? ctx.ref.centreDepartement(dep) : null;
  if (!p) return nonLocalise(ctx, cible);
  const parCp = cible.type === 'departement' && !ctx.lieu.codeInsee && ctx.cp;
  ctx.avertissement(
    'LOCALISE_PAR_DEPARTEMENT',
    cible.type === 'departement'
      ? `Commune introuvable : lieu placé au centre du département ${dep}.`
      : `Aucun point pour ${libelleZone(cible)} : lieu placé au centre du département ${dep}.`,
    parCp ? 'Code postal' : CHAMP_CODE,
    parCp ? ctx.lieu.codePostal : ctx.lieu.codeInsee,
    dep!,
  );
  const l = localisation(cible, p, 'approx', 'departement');
  l.departement ??= dep;
  l.region ??= ctx.ref.departement(dep!)?.region ?? null;
  return l;
}

function nonLocalise(ctx: Contexte, cible: Cible): Localisation {
  ctx.avertissement('LIEU_NON_LOCALISE', "Aucun code, code postal, nom de commune ni coordonnées exploitables : le lieu n'est pas placé sur la carte.", CHAMP_CODE, ctx.lieu.codeInsee);
  return localisation(cible, null, 'none', 'aucune');
}

/** Builds the result and its enrichment (department, region, EPCI, population) from the target. */
function localisation(cible: Cible, point: Point | null, precision: Precision, methode: Methode): Localisation {
  const l: Localisation = {
    lng: point ? point[0] : null,
    lat: point ? point[1] : null,
    precision,
    methode,
    collectivite: null,
    codeInsee: null,
    commune: null,
    departement: null,
    region: null,
    epci: null,
  };
  switch (cible.type) {
    case 'commune': {
      const c = cible.commune;
      l.collectivite = { code: c.code, nom: c.nom, type: 'commune', population: c.population };
      l.codeInsee = c.code;
      l.commune = c.nom;
      l.departement = c.departement;
      l.region = c.region;
      l.epci = c.epci;
      break;
    }
    case 'epci': {
      const e = cible.epci;
      l.collectivite = { code: e.siren, nom: e.nom, type: 'epci', population: e.population };
      l.departement = e.departement;
      l.region = e.region;
      l.epci = e.siren;
      break;
    }
    case 'code-postal': {
      const cs = cible.communes;
      if (cs.length === 1) {
        const c = cs[0];
        l.collectivite = { code: c.code, nom: c.nom, type: 'commune', population: c.population };
        l.codeInsee = c.code;
        l.commune = c.nom;
        l.epci = c.epci;
      }
      if (cs.every((c) => c.departement === cs[0].departement)) l.departement = cs[0].departement;
      if (cs.every((c) => c.region === cs[0].region)) l.region = cs[0].region;
      break;
    }
    case 'departement':
      l.departement = cible.code;
      break;
    case 'aucune':
      break;
  }
  return l;
}
