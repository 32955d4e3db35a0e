import { DESCRIPTIONS_AUTRE } from './banques/phrases.ts';
import { Anomalies, enFlottant, sansZeroInitial } from './anomalies.ts';
import { adresse, telephoneFixe, telephoneSansZero } from './contacts.ts';
import type { LieuDemo } from './lieux.ts';
import type { Rng } from './prng.ts';
import type { DepartementRef } from './referentiel.ts';

export const ENTETE_LIEUX = ['Id_Lieu', 'Type', 'Nom ', 'Description', 'Latitude', 'Longitude', 'Adresse web', 'Adresse ', 'Code postal', 'Ville', 'Telephone', 'Fax', 'Courriel ', 'Population', 'Id_INSEE'];

/** Shares of the quirks, per row (coordinates: per filled pair). */
const TAUX = {
  coordonnees: 0.6, // rows with a point
  virgule: 0.02,
  inversees: 0.015,
  zero: 0.012,
  idFlottant: 0.006,
  inseeSansZero: 0.12, // of the codes that start with 0
  inseeFlottant: 0.06, // of the codes that start with 0
  inseeVide: 0.006, // communes with Id_INSEE empty but a correct postcode and Ville
  cpSansZero: 0.12, // of the postcodes that start with 0
  telephoneSansZero: 0.015,
  autreSansInsee: 0.35, // structures of type Autre often leave the code empty (not a quirk)
};

function deDepartement(d: DepartementRef): string {
  switch (d.typeLiaison) {
    case 1:
      return 'd’' + d.nom;
    case 2:
      return 'du ' + d.nom;
    case 3:
      return 'de la ' + d.nom;
    case 4:
      return 'des ' + d.nom;
    case 5:
      return 'de l’' + d.nom;
    default:
      return 'de ' + d.nom;
  }
}

const milliers = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** A point inside the bounding box, around its centre: [lat, lon]. */
function pointDans(bbox: [number, number, number, number], rng: Rng): [number, number] {
  const [w, s, e, n] = bbox;
  const lon = (w + e) / 2 + (rng.float() - 0.5) * (e - w) * 0.5;
  const lat = (s + n) / 2 + (rng.float() - 0.5) * (n - s) * 0.5;
  return [lat, lon];
}

export function ligneLieu(l: LieuDemo, rng: Rng, anomalies: Anomalies, departements: Map<string, DepartementRef>): string[] {
  let id = l.id;
  if (rng.chance(TAUX.idFlottant)) {
    id = enFlottant(id);
    anomalies.add('lieux.id-flottant');
  }

  let description = '';
  if (l.genre === 'commune' && rng.chance(0.35)) {
    const d = departements.get(l.commune.departement);
    description = l.population ? `Commune de ${milliers(l.population)} habitants` + (d ? ' ' + deDepartement(d) : '') + '.' : 'Commune ' + (d ? deDepartement(d) : '') + '.';
  } else if (l.genre === 'epci' && rng.chance(0.5)) {
    description = `Intercommunalité de ${l.epci?.membres.length ?? 0} communes et ${milliers(l.population ?? 0)} habitants.`;
  } else if (l.genre === 'autre' && rng.chance(0.5)) {
    description = rng.pick(DESCRIPTIONS_AUTRE);
  }

  let lat = '';
  let lon = '';
  if (l.bbox && rng.chance(TAUX.coordonnees)) {
    const [y, x] = pointDans(l.bbox, rng);
    const decimales = rng.pick([4, 5, 6]);
    lat = y.toFixed(decimales);
    lon = x.toFixed(decimales);
    const r = rng.float();
    if (r < TAUX.virgule) {
      lat = lat.replace('.', ',');
      lon = lon.replace('.', ',');
      anomalies.add('lieux.coordonnees-virgule');
    } else if (r < TAUX.virgule + TAUX.inversees) {
      [lat, lon] = [lon, lat];
      anomalies.add('lieux.coordonnees-inversees');
    } else if (r < TAUX.virgule + TAUX.inversees + TAUX.zero) {
      lat = '0';
      lon = '0';
      anomalies.add('lieux.coordonnees-zero');
    }
  }

  const web = l.genre === 'autre' ? (rng.chance(0.5) ? `http://www.${l.domaine}` : '') : rng.chance(0.8) ? `https://www.${l.domaine}` : '';

  let cp = l.codePostal;
  if (cp.startsWith('0') && rng.chance(TAUX.cpSansZero)) {
    cp = sansZeroInitial(cp);
    anomalies.add('lieux.cp-zero-perdu');
  }

  let telephone = telephoneFixe(rng, l.commune.region);
  if (rng.chance(TAUX.telephoneSansZero)) {
    telephone = telephoneSansZero(telephone);
    anomalies.add('lieux.telephone-zero-perdu');
  }
  const fax = rng.chance(0.3) ? telephoneFixe(rng, l.commune.region) : '';
  const courriel = rng.chance(0.85) ? `${l.genre === 'autre' ? 'accueil' : rng.pick(['contact', 'mairie', 'accueil'])}@${l.domaine}` : '';

  let population = '';
  if (l.population !== undefined && (l.genre === 'epci' || l.genre === 'arrondissement' || rng.chance(0.95))) population = String(l.population);

  let insee = l.codeInsee;
  if (l.genre === 'autre' && rng.chance(TAUX.autreSansInsee)) insee = '';
  else if (l.genre === 'commune' && rng.chance(TAUX.inseeVide)) {
    insee = '';
    anomalies.add('lieux.insee-vide-cp-ville');
  } else if (l.genre === 'deleguee') anomalies.add('lieux.insee-commune-deleguee');
  else if (l.genre === 'arrondissement') anomalies.add('lieux.insee-arrondissement');
  else if (l.genre === 'epci') anomalies.add('lieux.siren-epci');
  if (insee.startsWith('0')) {
    const r = rng.float();
    if (r < TAUX.inseeSansZero) {
      insee = sansZeroInitial(insee);
      anomalies.add('lieux.insee-zero-perdu');
    } else if (r < TAUX.inseeSansZero + TAUX.inseeFlottant) {
      insee = enFlottant(sansZeroInitial(insee));
      anomalies.add('lieux.insee-flottant');
    }
  }
  if (/^2[AB]/.test(insee)) anomalies.add('lieux.insee-corse');

  return [id, l.genre === 'autre' ? 'Autre' : 'Ville / village', l.nom, description, lat, lon, web, adresse(rng), cp, l.ville, telephone, fax, courriel, population, insee];
}
