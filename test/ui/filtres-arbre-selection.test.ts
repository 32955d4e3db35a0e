import { describe, expect, it } from 'vitest';
import type { Filtres } from '../../src/core/filtres.ts';
import { basculerNoeud, creerArbre, etatNoeud, normaliserSelection, type Arbre, type Noeud } from '../../src/ui/filtres/arbre-selection.ts';

// axe 1 > enjeux 1.1 (usages 1.1.1 [S1 S2], 1.1.2 [S3]), 1.2 (usage 1.2.1 [S4]); axe 2 > 2.1 > 2.1.1 [S5 S6]
const arbre: Arbre = creerArbre(
  ['axes', 'enjeux', 'usages', 'services'],
  [
    {
      cle: 'axes',
      code: '1',
      enfants: [
        {
          cle: 'enjeux',
          code: '1.1',
          enfants: [
            { cle: 'usages', code: '1.1.1', enfants: [{ cle: 'services', code: 'S1' }, { cle: 'services', code: 'S2' }] },
            { cle: 'usages', code: '1.1.2', enfants: [{ cle: 'services', code: 'S3' }] },
          ],
        },
        { cle: 'enjeux', code: '1.2', enfants: [{ cle: 'usages', code: '1.2.1', enfants: [{ cle: 'services', code: 'S4' }] }] },
      ],
    },
    { cle: 'axes', code: '2', enfants: [{ cle: 'enjeux', code: '2.1', enfants: [{ cle: 'usages', code: '2.1.1', enfants: [{ cle: 'services', code: 'S5' }, { cle: 'services', code: 'S6' }] }] }] },
  ],
);

const noeud = (cle: Noeud['cle'], code: string): Noeud => {
  const n = arbre.trouver(cle, code);
  if (!n) throw new Error(`${cle}:${code}`);
  return n;
};
const tous: Noeud[] = [];
const parcourir = (n: Noeud) => {
  tous.push(n);
  n.enfants.forEach(parcourir);
};
arbre.racines.forEach(parcourir);

/** The services a selection covers: every leaf under a selected node. */
function couverts(f: Filtres): Set<string> {
  const r = new Set<string>();
  const feuilles = (n: Noeud): void => {
    if (n.enfants.length === 0) r.add(n.code);
    else n.enfants.forEach(feuilles);
  };
  for (const n of tous) if (((f[n.cle] as readonly string[] | undefined) ?? []).includes(n.code)) feuilles(n);
  return r;
}
const trie = (s: Set<string>) => [...s].sort();
const basculer = (f: Filtres, cle: Noeud['cle'], code: string) => basculerNoeud(f, arbre, noeud(cle, code));

describe('tree selection of the filter tab', () => {
  it('selects an axe as its code alone, dropping what was chosen under it', () => {
    expect(basculer({ enjeux: ['1.1'], services: ['S1', 'S5'] }, 'axes', '1')).toEqual({ axes: ['1'], services: ['S5'] });
  });

  it('shows every child of a selected parent as checked and a parent with a chosen child as partly checked', () => {
    const f: Filtres = { enjeux: ['1.1'] };
    expect(etatNoeud(f, noeud('services', 'S2'))).toBe('coche');
    expect(etatNoeud(f, noeud('usages', '1.1.2'))).toBe('coche');
    expect(etatNoeud(f, noeud('axes', '1'))).toBe('partiel');
    expect(etatNoeud(f, noeud('enjeux', '1.2'))).toBe('vide');
    expect(etatNoeud(f, noeud('axes', '2'))).toBe('vide');
  });

  it('shows a parent as checked when all its children are, even outside the normal form', () => {
    const f: Filtres = { usages: ['1.2.1'] };
    expect(etatNoeud(f, noeud('enjeux', '1.2'))).toBe('coche');
    expect(etatNoeud(f, noeud('axes', '1'))).toBe('partiel');
  });

  it('replaces a selected axe by its other children when one service under it is unchecked', () => {
    expect(basculer({ axes: ['1'] }, 'services', 'S1')).toEqual({ enjeux: ['1.2'], usages: ['1.1.2'], services: ['S2'] });
  });

  it('removes a directly selected value when it is unchecked', () => {
    expect(basculer({ enjeux: ['1.2'], axes: ['2'] }, 'enjeux', '1.2')).toEqual({ axes: ['2'] });
  });

  it('replaces a complete set of children by their parent, up the tree', () => {
    const f1 = basculer({ services: ['S1'] }, 'services', 'S2');
    expect(f1).toEqual({ usages: ['1.1.1'] });
    const f2 = basculer(f1, 'usages', '1.1.2');
    expect(f2).toEqual({ enjeux: ['1.1'] });
    expect(basculer(f2, 'enjeux', '1.2')).toEqual({ axes: ['1'] });
  });

  it('keeps codes the taxonomy does not know and the other filters', () => {
    expect(basculer({ enjeux: ['9.9'], regions: ['76'] }, 'axes', '2')).toEqual({ enjeux: ['9.9'], regions: ['76'], axes: ['2'] });
  });

  it('unchecks a value of a non-normalised selection (a parent and its child both in the URL)', () => {
    const f: Filtres = { axes: ['1'], enjeux: ['1.1'] };
    expect(normaliserSelection(f, arbre)).toEqual({ axes: ['1'] });
    expect(basculer(f, 'enjeux', '1.1')).toEqual({ enjeux: ['1.2'] });
  });

  it('adds exactly the services under a node when checking it, and removes exactly them when unchecking it (random selections)', () => {
    let graine = 7;
    const hasard = () => ((graine = (graine * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let essai = 0; essai < 300; essai++) {
      let f: Filtres = {};
      for (const n of tous) if (hasard() < 0.12) f = { ...f, [n.cle]: [...((f[n.cle] as string[] | undefined) ?? []), n.code] };
      for (const n of tous) {
        const avant = couverts(f);
        const etat = etatNoeud(f, n);
        const apres = couverts(basculerNoeud(f, arbre, n));
        const sous = couverts({ [n.cle]: [n.code] });
        const attendu = new Set(avant);
        for (const s of sous) {
          if (etat === 'coche') attendu.delete(s);
          else attendu.add(s);
        }
        expect(trie(apres), `${n.cle}:${n.code} from ${JSON.stringify(f)}`).toEqual(trie(attendu));
      }
    }
  });

  it('comes back to the same selection when a value is checked then unchecked', () => {
    for (const start of [{}, { services: ['S1'] }, { axes: ['2'], services: ['S3'] }, { enjeux: ['1.2'] }] as Filtres[]) {
      for (const n of tous) {
        if (etatNoeud(start, n) !== 'vide') continue;
        const aller = basculerNoeud(start, arbre, n);
        expect(etatNoeud(aller, n)).toBe('coche');
        expect(couverts(basculerNoeud(aller, arbre, n))).toEqual(couverts(start));
      }
    }
  });
});
