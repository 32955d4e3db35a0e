/** The tab bar of the panel: « Initiatives » (the list), then every registered journey. */
import './onglets.css';
import { onglet } from '../../state/etat.ts';
import type { Onglet } from '../../state/url.ts';
import { ONGLETS_PANNEAU } from './registre.ts';

export function Onglets() {
  if (ONGLETS_PANNEAU.length === 0) return null;
  const actuel = onglet.value;
  const entrees: { onglet: Onglet; libelle: string }[] = [{ onglet: 'liste', libelle: 'Initiatives' }, ...ONGLETS_PANNEAU];
  const surTouche = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const k = entrees.findIndex((x) => x.onglet === actuel);
    const suivant = entrees[(k + (e.key === 'ArrowRight' ? 1 : entrees.length - 1)) % entrees.length];
    onglet.value = suivant.onglet;
    e.preventDefault();
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`[data-onglet="${suivant.onglet}"]`)?.focus();
  };
  return (
    <div class="onglets" role="tablist" aria-label="Vues du panneau" onKeyDown={surTouche}>
      {entrees.map((x) => (
        <button
          key={x.onglet}
          type="button"
          role="tab"
          class="onglets__onglet"
          id={`onglet-${x.onglet}`}
          data-onglet={x.onglet}
          aria-selected={x.onglet === actuel}
          aria-controls="panneau-vue"
          tabIndex={x.onglet === actuel ? 0 : -1}
          onClick={() => (onglet.value = x.onglet)}
        >
          {x.libelle}
        </button>
      ))}
    </div>
  );
}
