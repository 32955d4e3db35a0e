import { PRESTATAIRES } from './banques/noms.ts';
import {
  ACCROCHES, ACTIONS_DEBUT, ACTIONS_FIN, COMPLEMENTS, DUREES, MOIS, OUTILS_GENERIQUES, OUVERTURES, PARTENAIRES,
  PHRASES_CONSTAT, PHRASES_OBJECTIF, PHRASES_OBJECTIF_APRES_CONSTAT, PUBLICS, RECOMMANDATIONS, RESULTATS, SOUS_TITRES, TEXTES_LIENS, TITRES_GENERIQUES,
} from './banques/phrases.ts';
import type { Theme } from './banques/theme.ts';
import type { Anomalies } from './anomalies.ts';
import { accorder, au, ce, dUn, du, groupe, le, majuscule, remplir, slug, un, type Groupe, type Remplisseur } from './francais.ts';
import type { LieuDemo } from './lieux.ts';
import type { Rng } from './prng.ts';

/** The text columns of one Actions.csv row. */
export interface TextesFiche {
  titre: string;
  sousTitre: string;
  synthese: string;
  actions: string;
  resultats: string;
  recommandations: string;
  liens: string;
  outils: string;
  prestataires: string;
  videos: string;
  photos: string;
}

const TAUX = {
  titreTheme: 0.55, // title from the theme's bank, else a generic pattern
  apostropheDroite: 0.25, // fiches typed with ' rather than ’
  html: 0.015,
  script: 0.0006,
  titreGuillemets: 0.01,
  sousTitrePointVirgule: 0.01,
  lienJavascript: 0.004,
  videos: 0.12,
  photos: 0.18,
};

const BUDGETS = ['8 000', '15 000', '25 000', '40 000', '60 000', '85 000', '120 000', '250 000'];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const JAVASCRIPT = ['javascript:alert(document.cookie)', 'javascript:void(0)', 'JavaScript:window.location="http://exemple.invalid"'];
const SCRIPTS = ['<script>alert("atlaas")</script>', '<img src="x" onerror="alert(1)">', '<iframe src="javascript:alert(1)"></iframe>'];

const elide = (texte: string) => (/^[aeiouyhéèêâîôœ]/i.test(texte) ? 'd’' : 'de ') + texte;

/** 12345 → "12 345". */
function milliers(n: number): string {
  const s = String(n);
  return s.length <= 3 ? s : milliers(Math.floor(n / 1000)) + ' ' + s.slice(-3);
}

/**
 * The slots of one fiche's templates. One instance is reused for every fiche (no closures,
 * no per-fiche object of 30 strings): slots are computed when a template asks for them, and
 * numbers are drawn afresh at each use so two sentences do not repeat the same figure.
 */
class Contexte implements Remplisseur {
  rng!: Rng;
  lieu!: LieuDemo;
  theme!: Theme;
  g!: Groupe;
  annee = 0;
  echelle = 0;
  public_ = '';
  partenaire = '';
  prestataire = '';
  constat = '';
  objectif = '';
  mois = '';
  anneeAvant = 0;
  anneeFin = 0;
  accroche = '';

  valeur(cle: string): string | undefined {
    const rng = this.rng;
    switch (cle) {
      case 'n':
        return String(rng.int(2, 12));
      case 'k':
        return String(rng.int(2, 5));
      case 'nb': {
        const nb = Math.max(12, Math.min(25_000, Math.round(this.echelle * (0.004 + rng.float() * 0.05))));
        return milliers(nb > 1000 ? Math.round(nb / 10) * 10 : nb);
      }
      case 'pct':
        return String(rng.int(12, 92));
      case 'budget':
        return rng.pick(BUDGETS);
      case 'duree':
        return rng.pick(DUREES);
      case 'Duree':
        return majuscule(rng.pick(DUREES));
      case 'accroche':
        return (this.accroche = remplir(rng.pick(ACCROCHES), this));
      case 'ville':
        return this.lieu.nomCourt;
      case 'deVille':
        return this.lieu.deVille;
      case 'aVille':
        return this.lieu.aVille;
      case 'sujet':
        return this.lieu.sujet;
      case 'Sujet':
        return majuscule(this.lieu.sujet);
      case 'deSujet':
        return this.lieu.deSujet;
      case 'annee':
        return String(this.annee);
      case 'anneeAvant':
        return String(this.anneeAvant);
      case 'anneeApres':
        return String(this.annee + 1);
      case 'anneeFin':
        return String(this.anneeFin);
      case 'objet':
        return this.g.texte;
      case 'Objet':
        return majuscule(this.g.texte);
      case 'leObjet':
        return le(this.g);
      case 'LeObjet':
        return majuscule(le(this.g));
      case 'unObjet':
        return un(this.g);
      case 'UnObjet':
        return majuscule(un(this.g));
      case 'duObjet':
        return du(this.g);
      case 'auObjet':
        return au(this.g);
      case 'ceObjet':
        return ce(this.g);
      case 'dUnObjet':
        return dUn(this.g);
      case 'pense':
        return accorder('pensé', this.g);
      case 'destine':
        return accorder('destiné', this.g);
      case 'public':
        return this.public_;
      case 'partenaire':
        return this.partenaire;
      case 'outil':
        return this.rng.pick(this.theme.outils);
      case 'prestataire':
        return this.prestataire;
      case 'constat':
        return this.constat;
      case 'objectif':
        return this.objectif;
      case 'deObjectif':
        return elide(this.objectif);
      case 'mois':
        return this.mois;
      default:
        return undefined;
    }
  }

  phrase(modele: string): string {
    return remplir(modele, this);
  }

  /** Up to k distinct templates of a bank, filled and joined. */
  phrases(liste: readonly string[], k: number, prefixe: string, sep: string): string {
    let out = '';
    let vus = 0;
    let pris = 0;
    for (let essais = 0; pris < k && pris < liste.length && essais < k * 4; essais++) {
      const i = this.rng.int(0, liste.length - 1);
      if (i < 31 && vus & (1 << i)) continue;
      if (i < 31) vus |= 1 << i;
      out += (pris > 0 ? sep : '') + prefixe + this.phrase(liste[i]);
      pris++;
    }
    return out;
  }
}

const ctx = new Contexte();

/** Up to k distinct items of a list. */
function plusieurs<T>(rng: Rng, liste: readonly T[], k: number): T[] {
  const out: T[] = [];
  for (let essais = 0; out.length < Math.min(k, liste.length) && essais < k * 4; essais++) {
    const x = rng.pick(liste);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function aleatoires(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[rng.int(0, ALPHABET.length - 1)];
  return s;
}

const SLUGS_PRESTATAIRES = PRESTATAIRES.map(slug);

export function composerTextes(rng: Rng, theme: Theme, lieu: LieuDemo, annee: number, anomalies: Anomalies): TextesFiche {
  const c = ctx;
  c.rng = rng;
  c.lieu = lieu;
  c.theme = theme;
  c.g = groupe(rng.pick(theme.objets));
  c.annee = annee;
  c.echelle = lieu.population ?? 5000;
  c.anneeAvant = annee - rng.int(1, 3);
  c.anneeFin = annee + rng.int(3, 5);
  c.public_ = theme.publics && rng.chance(0.85) ? rng.pick(theme.publics) : rng.pick(PUBLICS);
  c.partenaire = rng.pick(PARTENAIRES);
  const p = rng.int(0, PRESTATAIRES.length - 1);
  c.prestataire = PRESTATAIRES[p];
  c.constat = rng.pick(theme.constats);
  c.objectif = rng.pick(theme.objectifs);
  c.mois = rng.pick(MOIS);
  c.accroche = '';

  // Titre and sous-titre.
  let titre = c.phrase(rng.chance(TAUX.titreTheme) ? rng.pick(theme.titres) : rng.pick(TITRES_GENERIQUES));
  if (rng.chance(TAUX.titreGuillemets)) {
    titre = `Opération "${majuscule(c.g.texte)}" ${lieu.aVille}`;
    anomalies.add('actions.titre-guillemets');
  }
  let sousTitre = '';
  if (rng.chance(0.85)) sousTitre = c.phrase(theme.sousTitres && rng.chance(0.3) ? rng.pick(theme.sousTitres) : rng.pick(SOUS_TITRES));
  if (rng.chance(TAUX.sousTitrePointVirgule)) {
    sousTitre = `${sousTitre || majuscule(c.g.texte)} ; ${c.accroche || c.phrase('{accroche}')}`;
    anomalies.add('actions.sous-titre-point-virgule');
  }

  // Synthèse: an opening, the problem, the aim, a detail or two; in one to three paragraphs.
  const coupure = () => (rng.chance(0.35) ? (rng.chance(0.7) ? '\n' : '\n\n') : ' ');
  let synthese = c.phrase(rng.pick(OUVERTURES));
  const avecConstat = rng.chance(0.8);
  if (avecConstat) synthese += coupure() + c.phrase(rng.pick(PHRASES_CONSTAT));
  if (rng.chance(0.8)) synthese += coupure() + c.phrase(rng.pick(avecConstat && rng.chance(0.4) ? PHRASES_OBJECTIF_APRES_CONSTAT : PHRASES_OBJECTIF));
  const complements = rng.int(0, 2);
  if (complements) synthese += coupure() + c.phrases(COMPLEMENTS, complements, '', rng.chance(0.5) ? ' ' : '\n');

  // Actions: setting up, the theme's own steps, then running it; as a list or as prose.
  const forme = rng.pickWeight([40, 10, 10, 40]);
  const puce = forme === 0 ? '- ' : forme === 1 ? '• ' : '';
  const sep = forme === 3 ? (rng.chance(0.5) ? ' ' : '\n') : '\n';
  let actions = c.phrases(ACTIONS_DEBUT, rng.int(1, 2), puce, sep) + sep + c.phrases(theme.actions, rng.int(2, 4), puce, sep);
  const fin = rng.int(0, 2);
  if (fin) actions += sep + c.phrases(ACTIONS_FIN, fin, puce, sep);
  if (forme === 2) actions = actions.split('\n').map((e, i) => `${i + 1}) ${e}`).join('\n');

  let resultats = '';
  if (rng.chance(0.88)) {
    const sepR = rng.chance(0.5) ? ' ' : '\n';
    resultats = c.phrases(theme.resultats, rng.int(1, 2), '', sepR);
    if (rng.chance(0.5)) resultats += sepR + c.phrase(rng.pick(RESULTATS));
  }
  let recommandations = '';
  if (rng.chance(0.82)) {
    const banque = theme.recommandations && rng.chance(0.4) ? theme.recommandations : RECOMMANDATIONS;
    const k = rng.int(1, 3);
    recommandations = k > 1 && rng.chance(0.5) ? c.phrases(banque, k, '- ', '\n') : c.phrases(banque, k, '', rng.chance(0.5) ? ' ' : '\n');
  }

  // Outils, prestataires.
  let outils = '';
  if (rng.chance(0.8)) {
    const liste = plusieurs(rng, theme.outils, rng.int(1, 3));
    if (rng.chance(0.25)) liste.push(rng.pick(OUTILS_GENERIQUES));
    const s = rng.pickWeight([85, 10, 5]);
    outils = liste.join(s === 0 ? ', ' : s === 1 ? '; ' : ' / ');
    if (s === 1 && liste.length > 1) anomalies.add('actions.outils-point-virgule');
  }
  let prestataires = '';
  if (rng.chance(0.5)) {
    prestataires = c.prestataire;
    if (rng.chance(0.15)) prestataires += ', ' + rng.pick(PRESTATAIRES);
  }

  // Liens, Videos, Photos.
  const chemin = c.g.slug;
  const nbLiens = rng.pickWeight([12, 55, 25, 8]);
  const sepLiens = ['\n', ' ', ';', ' ; '][rng.pickWeight([55, 20, 15, 10])];
  let liens = '';
  const premierType = rng.pickWeight([50, 30, 20]);
  for (let i = 0; i < nbLiens; i++) {
    const u = (premierType + i) % 3; // distinct kinds of link, so no URL repeats
    liens += (i > 0 ? sepLiens : '') + (
      u === 0 ? `https://www.${lieu.domaine}/${chemin}`
      : u === 1 ? `http://www.${lieu.domaine}/actualites/${annee}/${chemin}-${rng.int(10, 999)}`
      : `https://www.${SLUGS_PRESTATAIRES[p]}.fr/references/${lieu.slug}`);
  }
  if (rng.chance(TAUX.lienJavascript)) {
    const js = rng.pick(JAVASCRIPT);
    liens = liens && rng.chance(0.5) ? liens + sepLiens + js : js + (liens ? sepLiens + liens : '');
    anomalies.add('actions.lien-javascript');
  }
  const videos = rng.chance(TAUX.videos)
    ? [`https://www.youtube.com/watch?v=${aleatoires(rng, 11)}`, `https://vimeo.com/${rng.int(10_000_000, 999_999_999)}`, `https://www.dailymotion.com/video/x${aleatoires(rng, 6).toLowerCase()}`][rng.int(0, 2)]
    : '';
  let photos = '';
  if (rng.chance(TAUX.photos)) {
    const n = rng.int(1, 3);
    const s = rng.chance(0.5) ? '\n' : ' ';
    for (let i = 0; i < n; i++) photos += (i > 0 ? s : '') + `https://www.${lieu.domaine}/sites/default/files/${chemin}-${rng.int(1, 40)}.jpg`;
  }

  const t: TextesFiche = { titre, sousTitre, synthese, actions, resultats, recommandations, liens, outils, prestataires, videos, photos };

  if (rng.chance(TAUX.apostropheDroite)) {
    t.titre = t.titre.replace(/’/g, "'");
    t.sousTitre = t.sousTitre.replace(/’/g, "'");
    t.synthese = t.synthese.replace(/’/g, "'");
    t.actions = t.actions.replace(/’/g, "'");
    t.resultats = t.resultats.replace(/’/g, "'");
    t.recommandations = t.recommandations.replace(/’/g, "'");
  }

  // HTML pasted from a CMS: line breaks as <br/>, links, paragraphs, entities.
  if (rng.chance(TAUX.html)) {
    const v = rng.int(0, 2);
    if (v === 0) {
      const br = rng.pick(['<br/>', '<br />', '<br>']);
      t.synthese = t.synthese.includes('\n') ? t.synthese.replace(/\n+/g, br) : t.synthese + br;
      t.actions = t.actions.replace(/\n/g, br + '\n');
    } else if (v === 1) {
      t.actions += ` Plus d’informations sur <a href="https://www.${lieu.domaine}/${chemin}" target="_blank">${rng.pick(TEXTES_LIENS)}</a>.`;
    } else {
      t.synthese = t.synthese.split(/\n+/).map((p) => `<p>${p.replace(/ :/g, '&nbsp;:')}</p>`).join('');
      if (t.resultats) t.resultats = `<strong>${t.resultats}</strong>`;
    }
    anomalies.add('actions.html');
  }
  if (rng.chance(TAUX.script)) {
    t.actions += rng.pick(SCRIPTS);
    anomalies.add('actions.html-script');
  }
  return t;
}
