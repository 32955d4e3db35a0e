/** Legend of the axe colours; each axe is also a filter toggle. */
import './legende.css';
import { useState } from 'preact/hooks';
import { couleurAxe } from '../../map/couleurs.ts';
import { basculerFiltre, filtres, meta } from '../../state/etat.ts';

export function Legende() {
  const m = meta.value;
  const [ouverte, setOuverte] = useState(true);
  if (!m) return null;
  const actifs = filtres.value.axes ?? [];
  return (
    <div class={'legende' + (ouverte ? '' : ' est-repliee')}>
      <button type="button" class="legende__titre" aria-expanded={ouverte} aria-controls="legende-axes" onClick={() => setOuverte(!ouverte)}>
        Axes <span aria-hidden="true">{ouverte ? '▾' : '▸'}</span>
      </button>
      <ul id="legende-axes" hidden={!ouverte}>
        {m.taxonomie.axes.map((a, k) => {
          const actif = actifs.includes(a.code);
          return (
            <li key={a.code}>
              <button
                type="button"
                class={'legende__axe' + (actif ? ' est-actif' : '')}
                aria-pressed={actif}
                title={actif ? 'Retirer ce filtre' : 'N’afficher que cet axe'}
                onClick={() => basculerFiltre('axes', a.code)}
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
