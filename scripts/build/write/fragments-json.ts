/**
 * The parts that the fiche chunks and initiatives.geojson share, written as bytes (OctetsJson):
 * each writes exactly what JSON.stringify writes of its object in fiche-publique.ts.
 */
import type { AtlasAssemble, FicheAssemblee, LieuLocalise } from '../assemble.ts';
import type { ChampLong } from '../textes-longs.ts';
import type { OctetsJson } from './json-octets.ts';
import type { OptionsPublication } from './fiche-publique.ts';

/** A long text: copied from the store's UTF-8 when the texts were moved there, else the fiche's own. */
export function ecrireTexteLong(w: OctetsJson, fa: FicheAssemblee, atlas: AtlasAssemble, champ: ChampLong): void {
  if (atlas.textes) {
    const octets = atlas.textes.utf8(fa.i, champ);
    w.utf8(octets, 0, octets.length);
  } else w.chaine(fa.fiche[champ]);
}

/** lieuPublic(l). */
export function ecrireLieuPublic(w: OctetsJson, { lieu, loc }: LieuLocalise): void {
  w.brut('{"id":').chaine(lieu.id);
  w.brut(',"nom":').chaine(lieu.nom);
  w.brut(',"type":').chaine(lieu.type);
  w.brut(',"commune":').chaineOuNull(loc.commune);
  w.brut(',"codeInsee":').chaineOuNull(loc.codeInsee);
  w.brut(',"codePostal":').chaineOuNull(lieu.codePostal ?? null);
  w.brut(',"departement":').chaineOuNull(loc.departement);
  w.brut(',"region":').chaineOuNull(loc.region);
  w.brut(',"epci":').chaineOuNull(loc.epci);
  w.brut(',"lng":').nombreOuNull(loc.lng);
  w.brut(',"lat":').nombreOuNull(loc.lat);
  w.brut(',"precision":').chaine(loc.precision);
  w.brut(',"adresseWeb":').chaineOuNull(lieu.adresseWeb ?? null);
  w.brut('}');
}

export function ecrireLieuxPublics(w: OctetsJson, lieux: readonly LieuLocalise[]): void {
  w.brut('[');
  for (let k = 0; k < lieux.length; k++) {
    if (k) w.brut(',');
    ecrireLieuPublic(w, lieux[k]);
  }
  w.brut(']');
}

/** servicesPublics(fa, atlas). */
export function ecrireServicesPublics(w: OctetsJson, fa: FicheAssemblee, atlas: AtlasAssemble): void {
  w.brut('[');
  for (let k = 0; k < fa.services.length; k++) {
    const s = fa.services[k];
    const c = atlas.classement.get(s.id);
    if (k) w.brut(',');
    w.brut('{"id":').chaine(s.id);
    w.brut(',"axe":').chaine(c?.axe ?? '');
    w.brut(',"enjeu":').chaine(c?.enjeu ?? '');
    w.brut(',"usage":').chaine(c?.usage ?? '');
    w.brut(',"service":').chaine(s.service);
    w.brut('}');
  }
  w.brut(']');
}

/** `,"contacts":[…]` when contacts are published (contactsPublics), else nothing. */
export function ecrireContacts(w: OctetsJson, fa: FicheAssemblee, options: OptionsPublication): void {
  if (!options.publierContacts) return;
  w.brut(',"contacts":[');
  let premier = true;
  for (const p of fa.personnes) {
    if (p.nom.trim() === '') continue;
    if (!premier) w.brut(',');
    premier = false;
    w.brut('{"nom":').chaine(p.nom).brut(',"fonction":').chaine(p.titre).brut('}');
  }
  w.brut(']');
}
