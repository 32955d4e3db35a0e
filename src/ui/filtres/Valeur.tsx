/**
 * One value of a facet: a checkbox, its label and its live count (what the count would be with
 * this value added). A value with no fiche stays visible, dimmed.
 */
import type { ComponentChildren } from 'preact';
import { formatNombre } from '../format.ts';

interface Props {
  /** `<cle>:<code>`, as the benchmarks and tests find it. */
  facette: string;
  libelle: ComponentChildren;
  /** null while the counts are not known. */
  n: number | null;
  etat: 'coche' | 'partiel' | 'vide';
  onChange: () => void;
  /** Extra text for screen readers (« 3 sur 5 »). */
  libelleAccessible?: string;
}

export function Valeur({ facette, libelle, n, etat, onChange, libelleAccessible }: Props) {
  const id = 'f-' + facette.replace(/[^a-zA-Z0-9_-]/g, '_');
  return (
    <div class={'valeur' + (n === 0 ? ' valeur--vide' : '') + (etat !== 'vide' ? ' est-choisie' : '')}>
      <input
        type="checkbox"
        id={id}
        class="valeur__case"
        data-facette={facette}
        checked={etat === 'coche'}
        indeterminate={etat === 'partiel'}
        aria-describedby={n === null ? undefined : `${id}-n`}
        onChange={onChange}
      />
      <label for={id} class="valeur__libelle">
        {libelle}
        {libelleAccessible ? <span class="visuellement-cache"> {libelleAccessible}</span> : null}
      </label>
      {n === null ? null : (
        <span class="valeur__compte" id={`${id}-n`}>
          {formatNombre(n)}
          <span class="visuellement-cache"> initiative{n >= 2 ? 's' : ''}</span>
        </span>
      )}
    </div>
  );
}
