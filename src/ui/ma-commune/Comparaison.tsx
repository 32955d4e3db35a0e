/** 2–4 collectivités side by side: size, label history, initiatives and counts per enjeu. */
import type { ProfilPair } from '../../core/pairs/profil.ts';
import { meta } from '../../state/etat.ts';
import { basculerComparee } from '../../state/ma-commune.ts';
import { IconeFermer } from '../icones.tsx';
import { formatNombre, texteArobases } from '../format.ts';
import { HistoriqueLabels } from './HistoriqueLabels.tsx';

export function Comparaison({ profils, debut, fin }: { profils: ProfilPair[]; debut: number; fin: number }) {
  const m = meta.value;
  if (!m || profils.length < 2) return null;
  const [choisie, ...autres] = profils;
  return (
    <section class="ma-commune__section" aria-labelledby="comparaison-titre">
      <h2 id="comparaison-titre" class="ma-commune__titre">
        Comparaison
      </h2>
      <div class="comparaison__defilement" tabIndex={0} role="region" aria-label="Tableau de comparaison, défilable">
        <table class="comparaison">
          <caption class="visuellement-cache">
            {choisie.nom} comparée à {autres.map((a) => a.nom).join(', ')}
          </caption>
          <thead>
            <tr>
              <td />
              {profils.map((p, k) => (
                <th key={p.code} scope="col">
                  <span class="comparaison__nom">{p.nom}</span>
                  {k > 0 ? (
                    <button type="button" class="comparaison__retirer" aria-label={`Retirer ${p.nom} de la comparaison`} onClick={() => basculerComparee(p.code)}>
                      <IconeFermer />
                    </button>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Population</th>
              {profils.map((p) => (
                <td key={p.code}>{p.population !== null ? formatNombre(p.population) : '—'}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Strate</th>
              {profils.map((p) => (
                <td key={p.code}>{p.strate >= 0 ? m.strates[p.strate]?.libelle : '—'}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Dernier label</th>
              {profils.map((p) => (
                <td key={p.code}>{p.arobases ? <span title={texteArobases(p.arobases)}>{'@'.repeat(p.arobases)}</span> : '—'}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Historique</th>
              {profils.map((p) => (
                <td key={p.code} class="comparaison__historique">
                  <HistoriqueLabels labels={p.labels} debut={debut} fin={fin} nom={p.nom} />
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Initiatives</th>
              {profils.map((p) => (
                <td key={p.code}>{formatNombre(p.nbFiches)}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Enjeux couverts</th>
              {profils.map((p) => (
                <td key={p.code}>{formatNombre(p.enjeux.size)}</td>
              ))}
            </tr>
            {m.taxonomie.axes.flatMap((axe) => [
              <tr key={axe.code} class="comparaison__axe">
                <th scope="rowgroup" colSpan={profils.length + 1}>
                  {axe.numero}. {axe.libelle}
                </th>
              </tr>,
              ...axe.enjeux.map((e) => (
                <tr key={e.code}>
                  <th scope="row" class="comparaison__enjeu">
                    {e.libelle}
                  </th>
                  {profils.map((p) => {
                    const n = p.enjeux.get(e.code) ?? 0;
                    return (
                      <td key={p.code} class={n ? 'est-couvert' : 'est-vide'}>
                        {n ? formatNombre(n) : '—'}
                      </td>
                    );
                  })}
                </tr>
              )),
            ])}
          </tbody>
        </table>
      </div>
    </section>
  );
}
