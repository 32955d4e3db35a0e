import { Anomalies, enFlottant } from './anomalies.ts';
import type { LignesCsv } from './csv-writer.ts';
import { formaterDate, tirerDate } from './dates.ts';
import type { LieuDemo } from './lieux.ts';
import type { IndexPersonnes } from './personnes.ts';
import { Rng } from './prng.ts';
import { composerTextes } from './textes.ts';
import { THEMES, type ServiceTheme } from './themes.ts';

/**
 * The fiches: Actions.csv and the three link sheets, written side by side fiche by fiche.
 */
export const ENTETE_ACTIONS = ['Id_Action', 'Titre', 'Sous-titre ', 'Date', 'Synthèse', 'Actions', 'Résultats', 'Recommandations ', 'Liens', 'Outils', 'Prestataires', 'Videos', 'Photos '];
export const ENTETE_LIAISON_LIEUX = ['Id_Action', 'Id_Lieu'];
export const ENTETE_LIAISON_PERSONNES = ['Id_Action', 'Id_Personne'];
export const ENTETE_LIAISON_SERVICES = ['Id_Action', 'Id_Service'];

export const PREMIER_ID_ACTION = 10_000;

/**
 * Fiches are drawn in blocks of TAILLE_BLOC, each from its own seeded stream and its own range
 * of ids, so a block comes out the same whichever thread writes it and in whatever order.
 */
export const TAILLE_BLOC = 10_000;
const IDS_PAR_BLOC = 13_000; // ~1.2 ids per fiche are used (gaps); the rest is a jump between blocks

export const nombreDeBlocs = (count: number) => Math.ceil(count / TAILLE_BLOC);

const TAUX = {
  idEnDouble: 0.001, // an extra row that reuses the fiche's Id_Action, with other content
  idFlottantActions: 0.005,
  idFlottantLiaison: 0.006, // per id cell of a link row
  orpheline: 0.003, // per fiche and link sheet: one extra row pointing at nothing
};

export interface SortiesFiches {
  actions: LignesCsv;
  liaisonLieux: LignesCsv;
  liaisonPersonnes: LignesCsv;
  liaisonServices: LignesCsv;
}

export interface ContexteFiches {
  seed: number;
  count: number;
  lieux: LieuDemo[];
  cumulLieux: Float64Array;
  /** Lieu index → index of its EPCI among the lieux, or -1. */
  epciDuLieu: Int32Array;
  /** The first fiches go to these lieux, one each. */
  ordre: Int32Array;
  services: ServiceTheme[];
  cumulServices: Float64Array;
  personnes: IndexPersonnes;
  idMaxLieu: number;
}

function flottant(id: string, rng: Rng, anomalies: Anomalies, code: string): string {
  if (!rng.chance(TAUX.idFlottantLiaison)) return id;
  anomalies.add(code);
  return enFlottant(id);
}

/** Fiches between two pauses of ecrireBloc, so the caller can flush its buffers. */
const PAS = 256;

/**
 * Writes the fiches of block `b`: its Actions.csv rows and their link rows. A generator: it
 * pauses every PAS fiches so that the caller can flush (few live strings, cheap GC).
 */
export function* ecrireBloc(c: ContexteFiches, b: number, f: SortiesFiches, anomalies: Anomalies): Generator<void, void, void> {
  const rng = new Rng(c.seed, 'fiches:' + b);
  const nbLieux = c.lieux.length;
  const premier = b * TAILLE_BLOC;
  const dernier = Math.min(c.count, premier + TAILLE_BLOC);
  const idLimite = PREMIER_ID_ACTION + (b + 1) * IDS_PAR_BLOC - 1;
  let id = PREMIER_ID_ACTION + b * IDS_PAR_BLOC;
  const orphelineAction = () => String(rng.int(1000, PREMIER_ID_ACTION - 1));

  for (let i = premier; i < dernier; i++) {
    // Id_Action: increasing, with gaps.
    id = Math.min(idLimite, id + 1 + (rng.chance(0.08) ? rng.int(1, 4) : 0));
    const idAction = String(id);

    // Lieux: every lieu gets one fiche first, then the weights decide (big towns get dozens).
    const k = i < nbLieux ? c.ordre[i] : rng.pickCumulative(c.cumulLieux);
    const lieux = [k];
    if (rng.chance(0.12)) {
      const epci = c.epciDuLieu[k];
      const autre = epci >= 0 && rng.chance(0.6) ? epci : rng.pickCumulative(c.cumulLieux);
      if (autre !== k) lieux.push(autre);
    }

    // Services: 1 to 3, the others mostly from the same usage or enjeu.
    const s0 = rng.pickCumulative(c.cumulServices);
    const services = [s0];
    const nbServices = 1 + rng.pickWeight([45, 35, 20]);
    for (let essais = 0; services.length < nbServices && essais < 6; essais++) {
      const st = c.services[s0];
      const r = rng.float();
      const s = r < 0.6 && st.memeUsage.length ? rng.pick(st.memeUsage) : r < 0.85 && st.memeEnjeu.length ? rng.pick(st.memeEnjeu) : rng.int(0, c.services.length - 1);
      if (!services.includes(s)) services.push(s);
    }

    // Personnes: 0 to 2 among the contacts of the main lieu.
    const personnes: number[] = [];
    const debut = c.personnes.debut[k];
    const fin = c.personnes.debut[k + 1];
    const nbPersonnes = rng.pickWeight([25, 55, 20]);
    for (let j = 0; j < nbPersonnes && fin > debut; j++) {
      const p = c.personnes.liste[rng.int(debut, fin - 1)];
      if (!personnes.includes(p)) personnes.push(p);
    }

    // Actions.csv row.
    const date = tirerDate(rng);
    const themes = c.services[s0].themes;
    const theme = THEMES[themes[rng.int(0, themes.length - 1)]];
    const t = composerTextes(rng, theme, c.lieux[k], date.annee, anomalies);
    let idCellule = idAction;
    if (rng.chance(TAUX.idFlottantActions)) {
      idCellule = enFlottant(idAction);
      anomalies.add('actions.id-flottant');
    }
    f.actions.row([idCellule, t.titre, t.sousTitre, formaterDate(date, rng, anomalies), t.synthese, t.actions, t.resultats, t.recommandations, t.liens, t.outils, t.prestataires, t.videos, t.photos]);

    // Link rows.
    for (const l of lieux) f.liaisonLieux.row([flottant(idAction, rng, anomalies, 'liaison-lieux.id-flottant'), flottant(c.lieux[l].id, rng, anomalies, 'liaison-lieux.id-flottant')]);
    for (const s of services) f.liaisonServices.row([flottant(idAction, rng, anomalies, 'liaison-services.id-flottant'), c.services[s].service.id]);
    for (const p of personnes) f.liaisonPersonnes.row([flottant(idAction, rng, anomalies, 'liaison-personnes.id-flottant'), flottant(c.personnes.ids[p], rng, anomalies, 'liaison-personnes.id-flottant')]);

    // Now and then an extra Actions.csv row with the same Id_Action and other content (and no
    // links of its own): a duplicate the build must report. It does not count as a fiche.
    if (rng.chance(TAUX.idEnDouble)) {
      const autre = composerTextes(rng, theme, c.lieux[k], date.annee, anomalies);
      const d = tirerDate(rng);
      f.actions.row([idAction, autre.titre, autre.sousTitre, formaterDate(d, rng, anomalies), autre.synthese, autre.actions, autre.resultats, autre.recommandations, autre.liens, autre.outils, autre.prestataires, autre.videos, autre.photos]);
      anomalies.add('actions.id-en-double');
    }

    // Orphans: rows that point at a fiche, a lieu, a service or a person that does not exist.
    if (rng.chance(TAUX.orpheline)) {
      if (rng.chance(0.5)) {
        f.liaisonLieux.row([orphelineAction(), c.lieux[k].id]);
        anomalies.add('liaison-lieux.orpheline-action');
      } else {
        f.liaisonLieux.row([idAction, String(c.idMaxLieu + rng.int(1, 5000))]);
        anomalies.add('liaison-lieux.orpheline-lieu');
      }
    }
    if (rng.chance(TAUX.orpheline)) {
      if (rng.chance(0.5)) {
        f.liaisonServices.row([orphelineAction(), c.services[s0].service.id]);
        anomalies.add('liaison-services.orpheline-action');
      } else {
        f.liaisonServices.row([idAction, rng.pick(['S0', 'S151', 'S152', 'S160', 'S999'])]);
        anomalies.add('liaison-services.orpheline-service');
      }
    }
    if (rng.chance(TAUX.orpheline)) {
      if (rng.chance(0.5) && personnes.length) {
        f.liaisonPersonnes.row([orphelineAction(), c.personnes.ids[personnes[0]]]);
        anomalies.add('liaison-personnes.orpheline-action');
      } else {
        f.liaisonPersonnes.row([idAction, String(c.personnes.idMax + rng.int(1, 5000))]);
        anomalies.add('liaison-personnes.orpheline-personne');
      }
    }
    if ((i - premier) % PAS === PAS - 1) yield;
  }
}
