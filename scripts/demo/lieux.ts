import { aNom, deNom, slug } from './francais.ts';
import type { Rng } from './prng.ts';
import type { AncienneCommuneRef, ArrondissementRef, Bbox, CommuneRef, EpciRef, Referentiel } from './referentiel.ts';

/**
 * The places behind the fiches, spread like the label's participants: mostly towns of
 * 3,500–100,000 inhabitants, many villages, the big cities, some intercommunalities (EPCI),
 * some other structures (médiathèque, EPN, centre social…), every region including overseas,
 * plus a few places whose code is a commune déléguée or a municipal arrondissement.
 */
export type GenreLieu = 'commune' | 'epci' | 'autre' | 'deleguee' | 'arrondissement';

export interface LieuDemo {
  id: string;
  genre: GenreLieu;
  /** Nom column. */
  nom: string;
  /** The commune the place is in (for an EPCI: its largest member). */
  commune: CommuneRef;
  epci?: EpciRef;
  /** Correct Id_INSEE before any quirk: INSEE code, SIREN for an EPCI, '' when the row leaves it empty. */
  codeInsee: string;
  codePostal: string;
  ville: string;
  population?: number;
  bbox?: Bbox;
  /** Relative number of fiches. */
  poids: number;
  /** Text forms: "la ville du Mans", "de la ville du Mans", "Le Mans", "du Mans", "au Mans". */
  sujet: string;
  deSujet: string;
  nomCourt: string;
  deVille: string;
  aVille: string;
  /** Fake web domain: "mairie-le-mans.fr". */
  domaine: string;
  /** ASCII slug of nomCourt. */
  slug: string;
}

/** Lieux for the real export's 11,784 fiches: about 3,000 (roughly 1 for 4 fiches). */
export const LIEUX_PAR_FICHE = 3000 / 11_784;

const PART = { villes: 0.45, villages: 0.3, epci: 0.06, autres: 0.17 };
const SEUIL_VILLAGE = 3500;
const SEUIL_GRANDE_VILLE = 100_000;

/** [Nom, sujet, domain prefix] of the structures of type Autre; {de} is "de X", {ville} is X. */
const STRUCTURES: readonly [string, string, string][] = [
  ['Médiathèque {de}', 'la médiathèque {de}', 'mediatheque'],
  ['Bibliothèque municipale {de}', 'la bibliothèque municipale {de}', 'bibliotheque'],
  ['Espace public numérique {de}', 'l’espace public numérique {de}', 'epn'],
  ['Cyber-base {de}', 'la Cyber-base {de}', 'cyberbase'],
  ['Centre social {de}', 'le centre social {de}', 'centresocial'],
  ['Association {ville} Multimédia', 'l’association {ville} Multimédia', 'asso'],
  ['Maison de services au public {de}', 'la maison de services au public {de}', 'msap'],
  ['Fablab {de}', 'le fablab {de}', 'fablab'],
  ['Tiers-lieu {de}', 'le tiers-lieu {de}', 'tierslieu'],
  ['Office de tourisme {de}', 'l’office de tourisme {de}', 'tourisme'],
  ['Maison de l’emploi {de}', 'la maison de l’emploi {de}', 'emploi'],
  ['Mission locale {de}', 'la mission locale {de}', 'missionlocale'],
  ['Centre communal d’action sociale {de}', 'le centre communal d’action sociale {de}', 'ccas'],
  ['Espace jeunes {de}', 'l’espace jeunes {de}', 'jeunesse'],
];

/** "la ville de X" → "de la ville de X"; "le centre…" → "du centre…"; "Brest Métropole" → "de Brest Métropole". */
export function dePhrase(sujet: string): string {
  if (sujet.startsWith('le ')) return 'du ' + sujet.slice(3);
  if (sujet.startsWith('les ')) return 'des ' + sujet.slice(4);
  if (sujet.startsWith('la ') || sujet.startsWith('l’')) return 'de ' + sujet;
  return (/^[AEIOUYÉÈÊÎÔ]/.test(sujet) ? 'd’' : 'de ') + sujet;
}

const puissance = (pop: number | undefined, e: number) => Math.pow(Math.max(pop ?? 300, 50), e);

function lieuCommune(c: CommuneRef): Omit<LieuDemo, 'id' | 'slug'> {
  const pop = c.population;
  const sujet = ((pop ?? 0) >= SEUIL_VILLAGE ? 'la ville ' : 'la commune ') + deNom(c.nom, c.typeLiaison);
  return {
    genre: 'commune',
    nom: c.nom,
    commune: c,
    codeInsee: c.code,
    codePostal: c.codesPostaux[0],
    ville: c.nom,
    population: pop,
    bbox: c.bbox,
    poids: puissance(pop, 0.6),
    sujet,
    deSujet: dePhrase(sujet),
    nomCourt: c.nom,
    deVille: deNom(c.nom, c.typeLiaison),
    aVille: aNom(c.nom, c.typeLiaison),
    domaine: 'mairie-' + slug(c.nom) + '.fr',
  };
}

const PREFIXES_EPCI: [RegExp, string, string][] = [
  [/^CC /, 'la communauté de communes ', 'cc-'],
  [/^CA /, 'la communauté d’agglomération ', 'agglo-'],
  [/^CU /, 'la communauté urbaine ', 'cu-'],
  [/^Métropole /, 'la Métropole ', 'metropole-'],
  [/^Eurométropole /, 'l’Eurométropole ', 'eurometropole-'],
];

function lieuEpci(e: EpciRef, siege: CommuneRef): Omit<LieuDemo, 'id' | 'slug'> {
  let sujet = e.nom;
  let domaine = slug(e.nom) + '.fr';
  for (const [motif, article, prefixe] of PREFIXES_EPCI) {
    if (motif.test(e.nom)) {
      const reste = e.nom.replace(motif, '');
      sujet = article + reste;
      domaine = prefixe + slug(reste) + '.fr';
      break;
    }
  }
  return {
    genre: 'epci',
    nom: e.nom,
    commune: siege,
    epci: e,
    codeInsee: e.siren,
    codePostal: siege.codesPostaux[0],
    ville: siege.nom,
    population: e.population,
    bbox: e.bbox ?? siege.bbox,
    poids: 0.5 * puissance(e.population, 0.45),
    sujet,
    deSujet: dePhrase(sujet),
    nomCourt: e.nom,
    deVille: dePhrase(sujet),
    aVille: sujet.startsWith('l') ? 'dans ' + sujet : 'sur le territoire de ' + sujet,
    domaine,
  };
}

function lieuAutre(c: CommuneRef, structure: readonly [string, string, string], apostropheDroite: boolean): Omit<LieuDemo, 'id' | 'slug'> {
  const de = deNom(c.nom, c.typeLiaison);
  const remplir = (t: string) => t.replace('{de}', de).replace('{ville}', c.nom);
  const nom = remplir(structure[0]);
  const sujet = remplir(structure[1]);
  return {
    genre: 'autre',
    nom: apostropheDroite ? nom.replace(/’/g, "'") : nom,
    commune: c,
    codeInsee: c.code,
    codePostal: c.codesPostaux[0],
    ville: c.nom,
    bbox: c.bbox,
    poids: 12,
    sujet,
    deSujet: dePhrase(sujet),
    nomCourt: c.nom,
    deVille: de,
    aVille: aNom(c.nom, c.typeLiaison),
    domaine: structure[2] + '-' + slug(c.nom) + '.fr',
  };
}

function lieuDeleguee(a: AncienneCommuneRef, chefLieu: CommuneRef): Omit<LieuDemo, 'id' | 'slug'> {
  const sujet = 'la commune déléguée ' + deNom(a.nom, a.typeLiaison);
  return {
    genre: 'deleguee',
    nom: a.nom,
    commune: chefLieu,
    codeInsee: a.code,
    codePostal: chefLieu.codesPostaux[0],
    ville: a.nom,
    bbox: a.bbox ?? chefLieu.bbox,
    poids: 10,
    sujet,
    deSujet: dePhrase(sujet),
    nomCourt: a.nom,
    deVille: deNom(a.nom, a.typeLiaison),
    aVille: aNom(a.nom, a.typeLiaison),
    domaine: 'mairie-' + slug(a.nom) + '.fr',
  };
}

function lieuArrondissement(a: ArrondissementRef, commune: CommuneRef): Omit<LieuDemo, 'id' | 'slug'> {
  const m = /^(.*?) (\d+(?:er|e)) Arrondissement$/i.exec(a.nom);
  const sujet = m ? `la mairie du ${m[2]} arrondissement ${deNom(m[1], 0)}` : 'la mairie ' + deNom(a.nom, 0);
  return {
    genre: 'arrondissement',
    nom: a.nom,
    commune,
    codeInsee: a.code,
    codePostal: a.codePostal,
    ville: commune.nom,
    population: a.population,
    poids: 10,
    sujet,
    deSujet: dePhrase(sujet),
    nomCourt: a.nom,
    deVille: deNom(a.nom, 0),
    aVille: aNom(a.nom, 0),
    domaine: 'mairie' + (m ? m[2].replace(/\D/g, '') : '') + '-' + slug(commune.nom) + '.fr',
  };
}

/** How many lieux of each kind for `count` fiches, capped by what the geography holds. */
export function tailles(count: number, ref: Referentiel) {
  const cible = Math.max(30, Math.round(count * LIEUX_PAR_FICHE));
  return {
    cible,
    villes: Math.round(cible * PART.villes),
    villages: Math.round(cible * PART.villages),
    epci: Math.min(ref.epcis.length, Math.round(cible * PART.epci)),
    autres: Math.min(ref.communes.length, Math.round(cible * PART.autres)),
    deleguees: Math.max(2, Math.round(cible * 0.002)),
    arrondissements: Math.max(3, Math.round(cible * 0.001)),
  };
}

/** Draws the lieux, shuffled, with numeric ids from 1000 (small gaps, as on the platform). */
export function composerLieux(ref: Referentiel, count: number, rng: Rng): LieuDemo[] {
  const t = tailles(count, ref);
  const choisies = new Set<string>();
  const communes: CommuneRef[] = [];
  const prendre = (c: CommuneRef | undefined) => {
    if (c && !choisies.has(c.code)) {
      choisies.add(c.code);
      communes.push(c);
    }
  };

  // Every region, overseas included, and both Corsican departments: their chefs-lieux first.
  for (const r of ref.regions) prendre(ref.communeParCode.get(r.chefLieu));
  for (const d of ref.departements) if (d.code === '2A' || d.code === '2B') prendre(ref.communeParCode.get(d.chefLieu));
  // The big cities: all of them at full size, the largest ones for a small export.
  const grandes = ref.communes.filter((c) => (c.population ?? 0) >= SEUIL_GRANDE_VILLE).sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  for (const c of grandes.slice(0, Math.max(5, Math.round(t.cible * 0.014)))) prendre(c);

  const villesDispo = ref.communes.filter((c) => !choisies.has(c.code) && (c.population ?? 0) >= SEUIL_VILLAGE && (c.population ?? 0) < SEUIL_GRANDE_VILLE);
  const nbVilles = communes.filter((c) => (c.population ?? 0) >= SEUIL_VILLAGE).length;
  for (const c of rng.sampleWeighted(villesDispo, t.villes - nbVilles, (c) => Math.sqrt(c.population ?? 0))) prendre(c);
  const villagesDispo = ref.communes.filter((c) => !choisies.has(c.code) && (c.population ?? 0) < SEUIL_VILLAGE);
  const nbVillages = communes.filter((c) => (c.population ?? 0) < SEUIL_VILLAGE).length;
  for (const c of rng.sampleWeighted(villagesDispo, t.villages - nbVillages, (c) => puissance(c.population, 0.7))) prendre(c);

  const lieux: Omit<LieuDemo, 'id' | 'slug'>[] = communes.map(lieuCommune);

  for (const e of rng.sampleWeighted(ref.epcis, t.epci, (e) => Math.sqrt(e.population))) {
    const siege = ref.communeParCode.get(e.membres[0]);
    if (siege) lieux.push(lieuEpci(e, siege));
  }

  // Structures: half in communes that already have fiches, half anywhere (weighted by size).
  const structuresVues = new Set<string>();
  const cumulCommunes = new Float64Array(ref.communes.length);
  let s = 0;
  ref.communes.forEach((c, i) => (cumulCommunes[i] = s += Math.sqrt(Math.max(c.population ?? 0, 50))));
  for (let essais = 0; structuresVues.size < t.autres && essais < t.autres * 20; essais++) {
    const c = rng.chance(0.5) ? rng.pick(communes) : ref.communes[rng.pickCumulative(cumulCommunes)];
    const k = rng.int(0, STRUCTURES.length - 1);
    const cle = c.code + ':' + k;
    if (structuresVues.has(cle)) continue;
    structuresVues.add(cle);
    lieux.push(lieuAutre(c, STRUCTURES[k], rng.chance(0.6)));
  }

  for (const a of rng.sampleWeighted(ref.anciennes, t.deleguees, () => 1)) {
    const chef = ref.communeParCode.get(a.chefLieu);
    if (chef) lieux.push(lieuDeleguee(a, chef));
  }

  // One arrondissement of each of Paris, Lyon and Marseille, then any.
  const arrs = [...ref.arrondissements];
  const arrChoisis: ArrondissementRef[] = [];
  for (const prefixe of ['751', '6938', '132']) {
    const candidats = arrs.filter((a) => a.code.startsWith(prefixe));
    if (candidats.length) arrChoisis.push(rng.pick(candidats));
  }
  for (const a of rng.sampleWeighted(arrs.filter((a) => !arrChoisis.includes(a)), t.arrondissements - arrChoisis.length, () => 1)) arrChoisis.push(a);
  for (const a of arrChoisis) {
    const commune = ref.communeParCode.get(a.commune);
    if (commune) lieux.push(lieuArrondissement(a, commune));
  }

  rng.shuffle(lieux);
  let id = 1000;
  return lieux.map((l) => {
    id += 1 + (rng.chance(0.1) ? rng.int(1, 3) : 0);
    return { id: String(id), ...l, slug: slug(l.nomCourt) };
  });
}
