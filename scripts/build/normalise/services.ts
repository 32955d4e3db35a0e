import type { ServiceLigne } from '../../../src/core/modele.ts';
import type { Valeurs } from '../entetes.ts';
import type { Feuille } from '../read.ts';
import type { Rapport } from '../report.ts';
import { IdsVus, normaliserFeuille, type NormaliserLigne } from './commun.ts';

/**
 * Services.csv → the rows of the taxonomy, labels kept as written (`2. Vitalité…`: the numbers
 * are split by src/core/taxonomie.ts). A row that misses a level cannot be placed in the tree.
 */
export function ligneService(): NormaliserLigne<ServiceLigne> {
  const ids = new IdsVus();
  return (ligne, valeurs) => {
    const v = valeurs as Valeurs<'Services'>;
    const id = ligne.identifiant('Id_Service', v.id_service);
    if (id === undefined) return undefined;
    if (ids.estDoublon(ligne, 'Id_Service', id)) return undefined;
    const service: ServiceLigne = {
      id,
      origine: ligne.origine,
      axe: ligne.texteCourt('Axe', v.axe),
      enjeu: ligne.texteCourt('Enjeu de développement', v['enjeu de developpement']),
      usage: ligne.texteCourt('Usage', v.usage),
      service: ligne.texteCourt('Service', v.service),
    };
    const manquants = (
      [
        ['Axe', service.axe],
        ['Enjeu de développement', service.enjeu],
        ['Usage', service.usage],
        ['Service', service.service],
      ] as const
    ).filter(([, texte]) => texte === '');
    if (manquants.length) {
      return ligne.rejet('SERVICE_INCOMPLET', `Service sans ${manquants.map(([c]) => c).join(', ')} : il ne peut pas être placé dans la classification.`, manquants[0][0]);
    }
    return ids.retenir(ligne, id, service);
  };
}

export function normaliseServices(feuille: Feuille | undefined, rapport: Rapport): ServiceLigne[] {
  return normaliserFeuille(feuille, rapport, ligneService());
}
