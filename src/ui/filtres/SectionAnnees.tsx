/**
 * Années: a histogram of the counts per year (also given as a table) and a two-handle range,
 * two native sliders, so arrows, Page Up/Down, Home and End work as everywhere.
 */
import { filtres, meta } from '../../state/etat.ts';
import { formatCompte, formatNombre } from '../format.ts';
import { barresAnnees, curseursDe, deplacer, memePlage, plageDe, textePlage, type Bornes } from './plage-annees.ts';
import { Section } from './Section.tsx';
import { choisirAnnees, comptesAffiches } from './selection.ts';

const HAUT = 56;

export function SectionAnnees() {
  const m = meta.value;
  const annees = filtres.value.annees;
  const bornes: Bornes | null = m?.annees ?? null;
  if (!bornes) return null;
  const curseurs = curseursDe(annees, bornes);
  const c = comptesAffiches.value;
  const barres = barresAnnees(c?.annees ?? {}, bornes, curseurs);
  const max = Math.max(1, ...barres.map((b) => b.n));
  const large = 100 / barres.length;
  const actif = plageDe(curseurs, bornes) !== undefined;
  const sansDate = c && !filtres.value.annees ? c.total - barres.reduce((s, b) => s + b.n, 0) : 0;

  // Every step is applied at once, from the latest filter (not this render's), so that fast key
  // presses or a drag never act on a stale range; the worker drops answers to stale requests.
  const bouger = (quel: 'min' | 'max', e: Event) => {
    const el = e.currentTarget as HTMLInputElement;
    const actuelle = filtres.peek().annees;
    const suivants = deplacer(quel, Number(el.value), curseursDe(actuelle, bornes), bornes);
    // A handle stops at the other one: put the native thumb back where the value stopped.
    el.value = String(quel === 'min' ? suivants[0] : suivants[1]);
    const plage = plageDe(suivants, bornes);
    if (!memePlage(plage, actuelle)) choisirAnnees(plage);
  };

  return (
    <Section id="filtres-annees" titre="Années" resume={actif ? textePlage(curseurs, bornes) : null}>
      <p class="filtres__plage" aria-live="polite">
        {textePlage(curseurs, bornes).replace(/^./, (x) => x.toUpperCase())}
      </p>
      <svg class="histogramme" viewBox={`0 0 100 ${HAUT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {barres.map((b, k) => {
          const h = b.n === 0 ? 0 : Math.max(1.5, (b.n / max) * (HAUT - 2));
          return (
            <rect
              key={b.annee}
              class={'histogramme__barre' + (b.dedans ? ' est-dedans' : '')}
              x={k * large + large * 0.1}
              y={HAUT - h}
              width={large * 0.8}
              height={h}
            >
              <title>{`${b.annee} : ${formatCompte(b.n, 'initiative')}`}</title>
            </rect>
          );
        })}
      </svg>
      <div class="curseurs" style={{ '--debut': `${((curseurs[0] - bornes[0]) / Math.max(1, bornes[1] - bornes[0])) * 100}%`, '--fin': `${((curseurs[1] - bornes[0]) / Math.max(1, bornes[1] - bornes[0])) * 100}%` }}>
        <span class="curseurs__piste" aria-hidden="true" />
        <input
          type="range"
          class="curseurs__curseur"
          min={bornes[0]}
          max={bornes[1]}
          step={1}
          value={curseurs[0]}
          aria-label="Première année"
          data-facette="annees:min"
          onInput={(e) => bouger('min', e)}
        />
        <input
          type="range"
          class="curseurs__curseur"
          min={bornes[0]}
          max={bornes[1]}
          step={1}
          value={curseurs[1]}
          aria-label="Dernière année"
          data-facette="annees:max"
          onInput={(e) => bouger('max', e)}
        />
      </div>
      <div class="curseurs__bornes" aria-hidden="true">
        <span>{bornes[0]}</span>
        <span>{bornes[1]}</span>
      </div>
      {sansDate > 0 ? (
        <p class="filtres__aide">
          {formatCompte(sansDate, 'initiative')} sans date connue {sansDate >= 2 ? 'sont écartées' : 'est écartée'} dès qu’une période est choisie.
        </p>
      ) : null}
      <details class="filtres__tableau">
        <summary>Voir les chiffres par année</summary>
        <table>
          <caption class="visuellement-cache">Initiatives par année, avec les autres filtres</caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col">Initiatives</th>
            </tr>
          </thead>
          <tbody>
            {barres.map((b) => (
              <tr key={b.annee} class={b.dedans ? '' : 'est-dehors'}>
                <th scope="row">{b.annee}</th>
                <td>{formatNombre(b.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {actif ? (
        <button type="button" class="filtres__lien" onClick={() => choisirAnnees(undefined)}>
          Toutes les années
        </button>
      ) : null}
    </Section>
  );
}
