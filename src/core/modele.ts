/**
 * The domain model of an Atlaas export once read and normalised.
 * Ids stay strings: an INSEE code is never a number (`01004`, `2A004`).
 */

export type FicheId = string;
export type LieuId = string;
export type PersonneId = string;
export type ServiceId = string;
export type CodeInsee = string;

/** Where a row came from, so that every report entry can name it. */
export interface Origine {
  fichier: string;
  /** 1-based line of the record's first physical line in the file (the header is line 1). */
  ligne: number;
}

export interface DateFiche {
  annee: number;
  /** ISO date `yyyy-mm-dd` when the day is known. */
  iso?: string;
}

export interface Fiche {
  id: FicheId;
  origine: Origine;
  titre: string;
  sousTitre: string;
  date?: DateFiche;
  synthese: string;
  actions: string;
  resultats: string;
  recommandations: string;
  liens: string[];
  outils: string;
  prestataires: string;
  videos: string[];
  photos: string[];
}

export type TypeLieu = 'ville' | 'autre';

export interface Lieu {
  id: LieuId;
  origine: Origine;
  type: TypeLieu;
  nom: string;
  description: string;
  /** As written in the export, after decimal-comma repair; [lng, lat]. Undefined when empty or 0. */
  coordonnees?: [number, number];
  adresseWeb?: string;
  adresse: string;
  codePostal?: string;
  ville: string;
  telephone: string;
  courriel: string;
  population?: number;
  /** Id_INSEE after the format repairs (`.0`, lost leading zero); may still be a SIREN or a postcode. */
  codeInsee?: string;
}

export interface Personne {
  id: PersonneId;
  origine: Origine;
  nom: string;
  titre: string;
  elu: boolean;
  adresse: string;
  codePostal?: string;
  ville: string;
  telephone: string;
  telephoneMobile: string;
  courriel: string;
}

export interface ServiceLigne {
  id: ServiceId;
  origine: Origine;
  axe: string;
  enjeu: string;
  usage: string;
  service: string;
}

export type Categorie = 'village' | 'ville' | 'territoire';

export interface Label {
  origine: Origine;
  /** INSEE code of a commune, or SIREN of an EPCI for a territoire. */
  code: string;
  nom: string;
  annee: number;
  arobases: number;
  categorie?: Categorie;
  mention: string;
}

export interface Liaison {
  origine: Origine;
  idAction: FicheId;
  idAutre: string;
}
