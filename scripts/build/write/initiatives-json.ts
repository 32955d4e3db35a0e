/**
 * One Feature of initiatives.geojson written as bytes: the same bytes as JSON.stringify of
 * featureInitiative() (initiatives.ts), which stays the readable definition of its fields.
 */
import { STRATES } from '../../../src/core/strates.ts';
import type { FicheAssemblee } from '../assemble.ts';
import type { OptionsPublication } from './fiche-publique.ts';
import { ecrireContacts, type FragmentsJson } from './fragments-json.ts';
import type { featureInitiative } from './initiatives.ts';
import type { OctetsJson } from './json-octets.ts';
import { round } from './tuiles.ts';

type Noms = Parameters<typeof featureInitiative>[2];

/** The distinct values, in first-seen order (the `[...new Set(…)]` of featureInitiative). */
function distinctes(w: OctetsJson, valeurs: readonly string[]): void {
  w.chaines(valeurs.length < 2 ? valeurs : [...new Set(valeurs)]);
}

export function ecrireFeatureInitiative(w: OctetsJson, fa: FicheAssemblee, fragments: FragmentsJson, noms: Noms, options: OptionsPublication): void {
  const { atlas } = fragments;
  const f = fa.fiche;
  const loc = fa.principal?.loc;
  const coll = atlas.collectivites[fa.collectivite];
  w.brut('{"type":"Feature","id":').chaine(f.id);
  if (loc && loc.lng !== null && loc.lat !== null) {
    w.brut(',"geometry":{"type":"Point","coordinates":[').nombre(round(loc.lng)).brut(',').nombre(round(loc.lat)).brut(']}');
  } else w.brut(',"geometry":null');
  w.brut(',"properties":{"id":').chaine(f.id);
  fragments.textesFiche(w, fa);
  w.brut(',"collectivite":').chaineOuNull(coll?.nom ?? null);
  w.brut(',"typeCollectivite":').chaine(fa.type);
  w.brut(',"codeInsee":').chaineOuNull(loc?.codeInsee ?? null);
  const codes: string[] = [];
  for (const l of fa.lieux) if (l.loc.codeInsee !== null) codes.push(l.loc.codeInsee);
  w.brut(',"codesInsee":');
  distinctes(w, codes);
  w.brut(',"commune":').chaineOuNull(loc?.commune ?? null);
  w.brut(',"departement":').chaineOuNull(loc?.departement ?? null);
  w.brut(',"departementNom":').chaineOuNull((loc?.departement && noms.departements.get(loc.departement)?.nom) || null);
  w.brut(',"region":').chaineOuNull(loc?.region ?? null);
  w.brut(',"regionNom":').chaineOuNull((loc?.region && noms.regions.get(loc.region)?.nom) || null);
  w.brut(',"epci":').chaineOuNull(loc?.epci ?? null);
  w.brut(',"population":').nombreOuNull(coll?.population ?? null);
  w.brut(',"strate":').chaineOuNull(fa.strate >= 0 ? STRATES[fa.strate].code : null);
  w.brut(',"arobases":').nombreOuNull(fa.arobases || null);
  w.brut(',"precision":').chaine(fa.precision);
  const axes: string[] = [];
  const enjeux: string[] = [];
  for (const s of fa.services) {
    const c = atlas.classement.get(s.id);
    axes.push(c?.axe ?? '');
    enjeux.push(c?.enjeu ?? '');
  }
  w.brut(',"axes":');
  distinctes(w, axes);
  w.brut(',"enjeux":');
  distinctes(w, enjeux);
  w.brut(',"services":');
  fragments.servicesPublics(w, fa);
  w.brut(',"lieux":');
  fragments.lieuxPublics(w, fa.lieux);
  ecrireContacts(w, fa, options);
  w.brut('}}');
}
