/** The two trees of the filter tab, from atlas.json: the taxonomy, and regions > départements. Pure. */
import type { AtlasMeta, Taxonomie } from '../../core/atlas-data.ts';
import { creerArbre, type Arbre, type DescriptionNoeud } from './arbre-selection.ts';

export function arbreThematique(taxonomie: Taxonomie): Arbre {
  const description: DescriptionNoeud[] = taxonomie.axes.map((a) => ({
    cle: 'axes',
    code: a.code,
    enfants: a.enjeux.map((e) => ({
      cle: 'enjeux',
      code: e.code,
      enfants: e.usages.map((u) => ({
        cle: 'usages',
        code: u.code,
        enfants: u.services.map((s) => ({ cle: 'services', code: s.id })),
      })),
    })),
  }));
  return creerArbre(['axes', 'enjeux', 'usages', 'services'], description);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });
/** INSEE codes 01–06: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte (and any later one). */
const outreMer = (code: string) => /^0\d$/.test(code);

/**
 * Regions by name, metropolitan ones first, then overseas, each with its départements in code
 * order; a département without a known region is a root of its own, at the end.
 */
export function arbreTerritoire(m: Pick<AtlasMeta, 'regions' | 'departements'>): Arbre {
  const regions = new Set(m.regions.map((r) => r.code));
  const ordre = [...m.regions].sort((a, b) => Number(outreMer(a.code)) - Number(outreMer(b.code)) || collator.compare(a.nom, b.nom));
  const description: DescriptionNoeud[] = ordre.map((r) => ({
    cle: 'regions',
    code: r.code,
    enfants: m.departements.filter((d) => d.region === r.code).map((d) => ({ cle: 'departements', code: d.code })),
  }));
  for (const d of m.departements) if (!regions.has(d.region)) description.push({ cle: 'departements', code: d.code });
  return creerArbre(['regions', 'departements'], description);
}
