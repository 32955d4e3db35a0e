import type { DepartementMeta, RegionMeta } from '../../../src/core/atlas-data.ts';
import { STRATES } from '../../../src/core/strates.ts';
import { textesDe, type AtlasAssemble, type FicheAssemblee } from '../assemble.ts';
import { contactsPublics, lieuPublic, servicesPublics, type OptionsPublication } from './fiche-publique.ts';
import { round } from './tuiles.ts';

/**
 * One Feature of the open-data initiatives.geojson: every public field of the fiche,
 * its places and classification, flattened where a spreadsheet user would want columns.
 */
export function featureInitiative(
  fa: FicheAssemblee,
  atlas: AtlasAssemble,
  noms: { regions: Map<string, RegionMeta>; departements: Map<string, DepartementMeta> },
  options: OptionsPublication,
) {
  const f = fa.fiche;
  const t = textesDe(fa, atlas);
  const loc = fa.principal?.loc;
  const placee = loc && loc.lng !== null && loc.lat !== null;
  const services = servicesPublics(fa, atlas);
  const coll = atlas.collectivites[fa.collectivite];
  const properties: Record<string, unknown> = {
    id: f.id,
    titre: f.titre,
    sousTitre: f.sousTitre,
    date: f.date?.iso ?? null,
    annee: fa.annee,
    synthese: t.synthese,
    actions: t.actions,
    resultats: t.resultats,
    recommandations: t.recommandations,
    outils: f.outils,
    prestataires: f.prestataires,
    liens: f.liens,
    videos: f.videos,
    photos: f.photos,
    collectivite: coll?.nom ?? null,
    typeCollectivite: fa.type,
    codeInsee: loc?.codeInsee ?? null,
    codesInsee: [...new Set(fa.lieux.map((l) => l.loc.codeInsee).filter((c): c is string => c !== null))],
    commune: loc?.commune ?? null,
    departement: loc?.departement ?? null,
    departementNom: (loc?.departement && noms.departements.get(loc.departement)?.nom) || null,
    region: loc?.region ?? null,
    regionNom: (loc?.region && noms.regions.get(loc.region)?.nom) || null,
    epci: loc?.epci ?? null,
    population: coll?.population ?? null,
    strate: fa.strate >= 0 ? STRATES[fa.strate].code : null,
    arobases: fa.arobases || null,
    precision: fa.precision,
    axes: [...new Set(services.map((s) => s.axe))],
    enjeux: [...new Set(services.map((s) => s.enjeu))],
    services,
    lieux: fa.lieux.map(lieuPublic),
  };
  const contacts = contactsPublics(fa, options);
  if (contacts) properties.contacts = contacts;
  return {
    type: 'Feature' as const,
    id: f.id,
    geometry: placee ? { type: 'Point' as const, coordinates: [round(loc.lng as number), round(loc.lat as number)] } : null,
    properties,
  };
}
