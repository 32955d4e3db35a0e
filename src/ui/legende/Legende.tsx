/** Legend of the axe colours; each axe is also a filter toggle. */
import './legende.css';
import { useState } from 'preact/hooks';
import { couleurAxe } from '../../map/couleurs.ts';
import { filtres, meta } from '../../state/etat.ts';
import { basculerValeurArbre, etatValeur } from '../filtres/selection.ts';

export function Legende() {
  const m = meta.value;
  const [ouverte, setOuverte] = useState(true);
  if (!m) return null;
  const f = filtres.value;
  return (
    <div class={'legende' + (ouverte ? '' : ' est-repliee')}>
      <button type="button" class="legende__titre" aria-expanded={ouverte} aria-controls="legende-axes" onClick={() => setOuverte(!ouverte)}>
        Axes <span aria-hidden="true">{ouverte ? '▾' : '▸'}</span>
      </button>
      <ul id="legende-axes" hidden={!ouverte}>
        {m.taxonomie.axes.map((a, k) => {
          // Consistent with the filter tab's tree: an axe whose enjeux are all chosen is on, some of them: mixed.
          const etat = etatValeur(f, 'axes', a.code);
          const actif = etat === 'coche';
          return (
            <li key={a.code}>
              <button
                type="button"
                class={'legende__axe' + (actif ? ' est-actif' : '')}
                aria-pressed={etat === 'partiel' ? 'mixed' : actif}
                title={actif ? 'Retirer ce filtre' : 'N’afficher que cet axe'}
                onClick={() => basculerValeurArbre('axes', a.code)}
              >
                <span class="legende__pastille" style={{ background: couleurAxe(k) }} aria-hidden="true" />
                {a.libelle}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
