/** Jump to metropolitan France or an overseas department (disclosure menu over the map). */
import './territoires.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { VUES_TERRITOIRES } from '../../map/territoires.ts';
import { allerA } from '../../state/etat.ts';
import { IconeGlobe } from '../icones.tsx';

export function Territoires() {
  const [ouvert, setOuvert] = useState(false);
  const racine = useRef<HTMLDivElement>(null);
  const bouton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!ouvert) return;
    const dehors = (e: PointerEvent) => {
      if (!racine.current?.contains(e.target as Node)) setOuvert(false);
    };
    document.addEventListener('pointerdown', dehors);
    racine.current?.querySelector<HTMLButtonElement>('.territoires__choix')?.focus();
    return () => document.removeEventListener('pointerdown', dehors);
  }, [ouvert]);

  return (
    <div
      class="territoires"
      ref={racine}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && ouvert) {
          e.preventDefault();
          setOuvert(false);
          bouton.current?.focus();
        }
      }}
    >
      <button
        ref={bouton}
        type="button"
        class="bouton territoires__bouton"
        aria-expanded={ouvert}
        aria-controls="territoires-menu"
        onClick={() => setOuvert(!ouvert)}
      >
        <IconeGlobe /> Territoires
      </button>
      <ul id="territoires-menu" class="territoires__menu" hidden={!ouvert} aria-label="Aller à un territoire">
        {VUES_TERRITOIRES.map((t) => (
          <li key={t.code}>
            <button
              type="button"
              class="territoires__choix"
              onClick={() => {
                setOuvert(false);
                allerA({ bornes: t.bounds, maxZoom: 10 });
                bouton.current?.focus();
              }}
            >
              {t.nom}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
