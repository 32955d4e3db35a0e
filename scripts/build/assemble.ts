import type { Collectivite, LabelAnnee, Precision, Taxonomie, TypeCollectivite } from '../../src/core/atlas-data.ts';
import type { Fiche, Label, Lieu, Personne, ServiceLigne } from '../../src/core/modele.ts';
import { strateOf } from '../../src/core/strates.ts';
import { buildTaxonomie, type ClassementService } from '../../src/core/taxonomie.ts';
import type { Localisation } from './geolocate.ts';
import type { ExportJoint } from './join.ts';
import type { Referentiel } from './referentiel.ts';
import type { TextesFiche, TextesLongs } from './textes-longs.ts';

export interface LieuLocalise {
  lieu: Lieu;
  loc: Localisation;
}

/** A fiche with everything the writers need, computed once. */
export interface FicheAssemblee {
  /** Position in points.bin and in every per-fiche output. */
  i: number;
  fiche: Fiche;
  lieux: LieuLocalise[];
  services: ServiceLigne[];
  personnes: Personne[];
  /** The place the fiche is drawn at: its first placed place, else its first place. */
  principal: LieuLocalise | null;
  collectivite: number;
  type: TypeCollectivite;
  arobases: number;
  strate: number;
  annee: number | null;
  precision: Precision;
}

export interface AtlasAssemble {
  fiches: FicheAssemblee[];
  collectivites: Collectivite[];
  taxonomie: Taxonomie;
  classement: Map<string, ClassementService>;
  /** Service ids in taxonomy order: the index points.bin uses. */
  servicesOrdre: string[];
  anneeLabel: number | null;
  /** The fiches' long texts, when they were moved out of the fiches while read (fiche i's are the i-th). */
  textes?: TextesLongs;
}

/** The long texts of an assembled fiche: from the atlas' store when they were moved there, else its own. */
export function textesDe(fa: FicheAssemblee, atlas: { textes?: TextesLongs }): TextesFiche {
  return atlas.textes ? atlas.textes.lire(fa.i) : fa.fiche;
}

const AUCUN: never[] = [];
/** Arrays filled by `push` keep room for 17 elements: an exact copy for the whole build. */
const exact = <T>(liste: T[]): T[] => (liste.length === 0 ? AUCUN : liste.slice());

export interface OptionsAssemblage {
  /** Where the fiches' long texts were moved while read. */
  textes?: TextesLongs;
  /** Leave each fiche's people out (personnes: []): when contacts are not published no writer reads them. */
  sansPersonnes?: boolean;
}

/** Village / ville as the label defines them: a village has fewer than 3,500 inhabitants. */
const SEUIL_VILLAGE = 3500;

function labelsParCode(labels: readonly Label[], ref: Referentiel): Map<string, Label[]> {
  const parCode = new Map<string, Label[]>();
  for (const l of labels) {
    const code = /^\d{9}$/.test(l.code) ? l.code : (ref.parent(l.code) ?? l.code);
    const liste = parCode.get(code) ?? [];
    liste.push(l);
    parCode.set(code, liste);
  }
  return parCode;
}

function historique(labels: readonly Label[] | undefined): LabelAnnee[] {
  if (!labels) return [];
  const parAnnee = new Map<number, Label>();
  for (const l of labels) {
    const deja = parAnnee.get(l.annee);
    if (!deja || l.arobases > deja.arobases) parAnnee.set(l.annee, l);
  }
  return [...parAnnee.values()]
    .sort((a, b) => a.annee - b.annee)
    .map((l) => (l.mention ? { annee: l.annee, arobases: l.arobases, mention: l.mention } : { annee: l.annee, arobases: l.arobases }));
}

export function assembleAtlas(
  joint: ExportJoint,
  localisations: Map<string, Localisation>,
  labels: readonly Label[],
  ref: Referentiel,
  options: OptionsAssemblage = {},
): AtlasAssemble {
  const { textes } = options;
  const { taxonomie, classement } = buildTaxonomie(joint.services);
  const servicesOrdre = taxonomie.axes.flatMap((a) => a.enjeux.flatMap((e) => e.usages.flatMap((u) => u.services.map((s) => s.id))));
  const labels2 = labelsParCode(labels, ref);
  const anneeLabel = labels.reduce<number | null>((max, l) => (max === null || l.annee > max ? l.annee : max), null);

  const collectivites: Collectivite[] = [];
  const indexCollectivite = new Map<string, number>();
  const collectiviteDe = (principal: LieuLocalise | null): number => {
    if (!principal) return -1;
    const { lieu, loc } = principal;
    const c = loc.collectivite;
    const code = c ? c.code : `lieu:${lieu.id}`;
    let idx = indexCollectivite.get(code);
    if (idx === undefined) {
      const hist = historique(labels2.get(code));
      const derniere = hist.at(-1);
      const categorie = derniere ? labels2.get(code)?.find((l) => l.annee === derniere.annee)?.categorie : undefined;
      const population = c?.population ?? lieu.population ?? null;
      const type: TypeCollectivite = !c
        ? 'autre'
        : c.type === 'epci'
          ? 'territoire'
          : (categorie ?? (population !== null && population < SEUIL_VILLAGE ? 'village' : 'ville'));
      idx = collectivites.length;
      collectivites.push({
        code,
        nom: c?.nom ?? lieu.nom,
        type,
        departement: loc.departement,
        region: loc.region,
        population,
        strate: strateOf(population),
        lng: loc.lng,
        lat: loc.lat,
        labels: hist,
        nbFiches: 0,
        epci: c?.type === 'epci' ? c.code : loc.epci,
      });
      indexCollectivite.set(code, idx);
    }
    return idx;
  };

  // One per place, shared by its fiches (a million fiches cite 70,000 places).
  const localises = new Map<string, LieuLocalise>();
  const localise = (lieu: Lieu): LieuLocalise => {
    let l = localises.get(lieu.id);
    if (!l) localises.set(lieu.id, (l = { lieu, loc: localisations.get(lieu.id) as Localisation }));
    return l;
  };
  const fiches: FicheAssemblee[] = joint.fiches.map((f, i) => {
    const lieux = f.lieux.length === 0 ? AUCUN : f.lieux.map(localise);
    const principal = lieux.find((l) => l.loc.precision !== 'none') ?? lieux[0] ?? null;
    const collectivite = collectiviteDe(principal);
    const coll = collectivite >= 0 ? collectivites[collectivite] : undefined;
    if (coll) coll.nbFiches++;
    const type: TypeCollectivite = principal?.lieu.type === 'autre' ? 'autre' : (coll?.type ?? 'autre');
    return {
      i,
      fiche: f.fiche,
      lieux,
      services: exact(f.services),
      personnes: options.sansPersonnes ? AUCUN : exact(f.personnes.filter((p): p is Personne => typeof p !== 'string')),
      principal,
      collectivite,
      type,
      arobases: coll?.labels.at(-1)?.arobases ?? 0,
      strate: coll?.strate ?? -1,
      annee: f.fiche.date?.annee ?? null,
      precision: principal?.loc.precision ?? 'none',
    };
  });

  const atlas: AtlasAssemble = { fiches, collectivites, taxonomie, classement, servicesOrdre, anneeLabel };
  if (textes) atlas.textes = textes;
  return atlas;
}
