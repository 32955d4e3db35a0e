import { Anomalies, sansZeroInitial } from './anomalies.ts';
import type { LieuDemo } from './lieux.ts';
import type { Rng } from './prng.ts';
import type { CommuneRef, Referentiel } from './referentiel.ts';

/**
 * Labels.csv: the Villes Internet label history of the collectivités. Most communes and EPCI
 * among the lieux took part, plus participants without any fiche. Each has a run of years,
 * with arobases (1 to 5) that mostly go up.
 */
export const ENTETE_LABELS = ['Id_INSEE', 'Nom', 'Année', 'Arobases', 'Catégorie', 'Mention'];

const MENTIONS = [
  'Mention spéciale : démocratie locale',
  'Mention spéciale : médiation numérique',
  'Mention spéciale : e-administration',
  'Mention spéciale : écoles numériques',
  'Mention spéciale : logiciels libres',
  'Mention spéciale : open data',
  'Mention spéciale du jury',
  'Coup de cœur du jury',
  'Prix de l’innovation numérique',
];

export interface Participant {
  code: string;
  nom: string;
  categorie: 'village' | 'ville' | 'territoire';
  population: number;
}

const TAUX = {
  lieuLabellise: 0.85, // communes and EPCI among the lieux that took part
  sansFiche: 0.25, // extra participants with no fiche, relative to the above
  mention: 0.03,
  inseeSansZero: 0.06, // of the codes that start with 0
};

function participantCommune(c: CommuneRef): Participant {
  const population = c.population ?? 0;
  return { code: c.code, nom: c.nom, categorie: population < 3500 ? 'village' : 'ville', population };
}

export function choisirParticipants(ref: Referentiel, lieux: readonly LieuDemo[], rng: Rng): Participant[] {
  const vus = new Set<string>();
  const participants: Participant[] = [];
  for (const l of lieux) {
    if (!rng.chance(TAUX.lieuLabellise)) continue;
    if (l.genre === 'commune' && !vus.has(l.commune.code)) {
      vus.add(l.commune.code);
      participants.push(participantCommune(l.commune));
    } else if (l.genre === 'epci' && l.epci && !vus.has(l.epci.siren)) {
      vus.add(l.epci.siren);
      participants.push({ code: l.epci.siren, nom: l.epci.nom, categorie: 'territoire', population: l.epci.population });
    }
  }
  // Label participants that never wrote a fiche.
  const avecFiche = new Set(lieux.filter((l) => l.genre === 'commune').map((l) => l.commune.code));
  const autres = ref.communes.filter((c) => !avecFiche.has(c.code));
  const nb = Math.min(autres.length, Math.round(participants.length * TAUX.sansFiche));
  for (const c of rng.sampleWeighted(autres, nb, (c) => Math.sqrt(Math.max(c.population ?? 0, 50)))) participants.push(participantCommune(c));
  return participants.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The rows of one participant, year by year. */
export function lignesLabel(p: Participant, rng: Rng, anomalies: Anomalies): string[][] {
  const premiere = rng.chance(0.2) ? rng.int(2000, 2009) : rng.int(2010, 2019);
  const derniere = Math.min(2020, premiere + rng.int(0, 10));
  const depart = p.population >= 100_000 ? [10, 25, 35, 20, 10] : p.categorie === 'village' ? [50, 35, 15, 0, 0] : [25, 40, 25, 10, 0];
  let arobases = 1 + rng.pickWeight(depart);
  const lignes: string[][] = [];
  for (let annee = premiere; annee <= derniere; annee++) {
    if (annee !== premiere && annee !== derniere && !rng.chance(0.8)) continue;
    if (lignes.length > 0) {
      const r = rng.float();
      if (r < 0.3) arobases = Math.min(5, arobases + 1);
      else if (r < 0.37) arobases = Math.max(1, arobases - 1);
    }
    let code = p.code;
    if (code.startsWith('0') && rng.chance(TAUX.inseeSansZero)) {
      code = sansZeroInitial(code);
      anomalies.add('labels.insee-zero-perdu');
    }
    const mention = rng.chance(TAUX.mention) ? rng.pick(MENTIONS) : '';
    lignes.push([code, p.nom, String(annee), String(arobases), p.categorie, mention]);
  }
  return lignes;
}
