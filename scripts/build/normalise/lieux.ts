import { parseCodeInsee } from '../../../src/core/champs/code-insee.ts';
import { parseCodePostal } from '../../../src/core/champs/code-postal.ts';
import { parseCoordonnees } from '../../../src/core/champs/coordonnees.ts';
import { parseNombre } from '../../../src/core/champs/nombre.ts';
import { parseTypeLieu } from '../../../src/core/champs/type-lieu.ts';
import type { Lieu } from '../../../src/core/modele.ts';
import type { Valeurs } from '../entetes.ts';
import type { Feuille } from '../read.ts';
import type { Rapport } from '../report.ts';
import { IdsVus, normaliserFeuille, type NormaliserLigne } from './commun.ts';

/**
 * Lieux.csv → places. Coordinates are kept as given ([Longitude, Latitude]) even when they look
 * swapped: only the commune can tell, at geolocation. Id_INSEE gets format repairs only.
 */
export function ligneLieu(): NormaliserLigne<Lieu> {
  const ids = new IdsVus();
  return (ligne, valeurs) => {
    const v = valeurs as Valeurs<'Lieux'>;
    const id = ligne.identifiant('Id_Lieu', v.id_lieu);
    if (id === undefined) return undefined;
    if (ids.estDoublon(ligne, 'Id_Lieu', id)) return undefined;

    let type = ligne.champ('Type', v.type, parseTypeLieu(v.type), { correction: 'TYPE_LIEU_CORRIGE', illisible: 'TYPE_LIEU_INCONNU' });
    type ??= 'autre';
    const coordonnees = ligne.champ(
      'Latitude/Longitude',
      `${v.latitude.trim()} / ${v.longitude.trim()}`,
      parseCoordonnees(v.latitude, v.longitude),
      { correction: 'COORDONNEES_CORRIGEES', illisible: 'COORDONNEES_ILLISIBLES' },
      ([lng, lat]) => `${lat} / ${lng}`,
    );
    const adressesWeb = ligne.liens('Adresse web', v['adresse web']);
    if (adressesWeb.length > 1) {
      ligne.avertissement('ADRESSE_WEB_MULTIPLE', 'Adresse web', `Adresse web : ${adressesWeb.length} adresses, seule la première est gardée.`, adressesWeb.slice(1).join('\n'));
    }
    const lieu: Lieu = {
      id,
      origine: ligne.origine,
      type,
      nom: ligne.texteCourt('Nom', v.nom),
      description: ligne.texte('Description', v.description),
      adresse: ligne.texte('Adresse', v.adresse),
      ville: ligne.texteCourt('Ville', v.ville),
      telephone: ligne.brut(v.telephone),
      courriel: ligne.brut(v.courriel),
    };
    if (coordonnees) lieu.coordonnees = coordonnees;
    if (adressesWeb.length) lieu.adresseWeb = adressesWeb[0];
    const codePostal = ligne.champ('Code postal', v['code postal'], parseCodePostal(v['code postal']), { correction: 'CODE_POSTAL_CORRIGE', illisible: 'CODE_POSTAL_ILLISIBLE' });
    if (codePostal !== undefined) lieu.codePostal = codePostal;
    const population = ligne.champ('Population', v.population, parseNombre(v.population), { correction: 'NOMBRE_CORRIGE', illisible: 'NOMBRE_ILLISIBLE' });
    if (population !== undefined) lieu.population = population;
    const codeInsee = ligne.champ('Id_INSEE', v.id_insee, parseCodeInsee(v.id_insee), { correction: 'CODE_INSEE_CORRIGE', illisible: 'CODE_INSEE_ILLISIBLE' });
    if (codeInsee !== undefined) lieu.codeInsee = codeInsee;
    return ids.retenir(ligne, id, lieu);
  };
}

export function normaliseLieux(feuille: Feuille | undefined, rapport: Rapport): Lieu[] {
  return normaliserFeuille(feuille, rapport, ligneLieu());
}
