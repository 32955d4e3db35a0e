/**
 * The parts that the fiche chunks and initiatives.geojson share, written as bytes (OctetsJson):
 * each writes exactly what JSON.stringify writes of its object in fiche-publique.ts.
 */
import type { ServiceLigne } from '../../../src/core/modele.ts';
import type { AtlasAssemble, FicheAssemblee, LieuLocalise } from '../assemble.ts';
import type { ChampLong } from '../textes-longs.ts';
import type { OptionsPublication } from './fiche-publique.ts';
import { OctetsJson } from './json-octets.ts';

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

/** One element of servicesPublics(fa, atlas). */
export function ecrireServicePublic(w: OctetsJson, s: ServiceLigne, atlas: AtlasAssemble): void {
  const c = atlas.classement.get(s.id);
  w.brut('{"id":').chaine(s.id);
  w.brut(',"axe":').chaine(c?.axe ?? '');
  w.brut(',"enjeu":').chaine(c?.enjeu ?? '');
  w.brut(',"usage":').chaine(c?.usage ?? '');
  w.brut(',"service":').chaine(s.service);
  w.brut('}');
}

/**
 * The fragments of an atlas' fiches: a place's JSON is written once and copied into each of its
 * fiches (a million fiches cite 70,000 places, and 150 services), in both outputs.
 */
export class FragmentsJson {
  private readonly lieux = new Map<LieuLocalise, Uint8Array>();
  private readonly services = new Map<ServiceLigne, Uint8Array>();
  private readonly brouillon = new OctetsJson(4096);

  constructor(readonly atlas: AtlasAssemble) {}

  private fait<K>(cache: Map<K, Uint8Array>, cle: K, ecrire: (w: OctetsJson) => void): Uint8Array {
    let octets = cache.get(cle);
    if (!octets) {
      this.brouillon.vider();
      ecrire(this.brouillon);
      octets = new Uint8Array(this.brouillon.vue()); // a copy (Buffer#slice would be a view)
      cache.set(cle, octets);
    }
    return octets;
  }

  /** The fields from `titre` to `photos`, in the order both ficheDetail() and featureInitiative() give them. */
  textesFiche(w: OctetsJson, fa: FicheAssemblee): void {
    const f = fa.fiche;
    w.brut(',"titre":').chaine(f.titre);
    w.brut(',"sousTitre":').chaine(f.sousTitre);
    w.brut(',"date":').chaineOuNull(f.date?.iso ?? null);
    w.brut(',"annee":').nombreOuNull(fa.annee);
    w.brut(',"synthese":');
    this.texteLong(w, fa, 'synthese');
    w.brut(',"actions":');
    this.texteLong(w, fa, 'actions');
    w.brut(',"resultats":');
    this.texteLong(w, fa, 'resultats');
    w.brut(',"recommandations":');
    this.texteLong(w, fa, 'recommandations');
    w.brut(',"outils":').chaine(f.outils);
    w.brut(',"prestataires":').chaine(f.prestataires);
    w.brut(',"liens":').chaines(f.liens);
    w.brut(',"videos":').chaines(f.videos);
    w.brut(',"photos":').chaines(f.photos);
  }

  /** A long text: copied from the store's UTF-8 when the texts were moved there, else the fiche's own. */
  texteLong(w: OctetsJson, fa: FicheAssemblee, champ: ChampLong): void {
    const textes = this.atlas.textes;
    if (textes) {
      const octets = textes.utf8(fa.i, champ);
      w.utf8(octets, 0, octets.length);
    } else w.chaine(fa.fiche[champ]);
  }

  /** fa.lieux.map(lieuPublic). */
  lieuxPublics(w: OctetsJson, lieux: readonly LieuLocalise[]): void {
    w.brut('[');
    for (let k = 0; k < lieux.length; k++) {
      if (k) w.brut(',');
      w.fragment(this.fait(this.lieux, lieux[k], (b) => ecrireLieuPublic(b, lieux[k])));
    }
    w.brut(']');
  }

  /** servicesPublics(fa, atlas). */
  servicesPublics(w: OctetsJson, fa: FicheAssemblee): void {
    w.brut('[');
    for (let k = 0; k < fa.services.length; k++) {
      if (k) w.brut(',');
      const s = fa.services[k];
      w.fragment(this.fait(this.services, s, (b) => ecrireServicePublic(b, s, this.atlas)));
    }
    w.brut(']');
  }
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
