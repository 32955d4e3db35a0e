/**
 * A chart with its caption, the same numbers as a table (shown on demand), and a PNG export.
 * The chart's SVG is drawn by the child; the table comes from `lignes`.
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { IconeTelecharger } from '../icones.tsx';
import { svgEnPng } from './png.ts';
import { telecharger } from './telecharger.ts';

export interface LigneTableau {
  cle: string;
  libelle: string;
  /** Already formatted cells, one per column after the label. */
  valeurs: string[];
}

export function FigureChiffres({
  id,
  titre,
  colonnes,
  lignes,
  nomPng,
  outils,
  children,
}: {
  id: string;
  titre: string;
  /** Headers of the table: the label's, then one per value. */
  colonnes: string[];
  lignes: LigneTableau[];
  nomPng: string;
  outils?: ComponentChildren;
  children: ComponentChildren;
}) {
  const [tableau, setTableau] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const figure = useRef<HTMLElement>(null);
  const exporter = async () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('svg.graphique');
    if (!svg) return;
    try {
      telecharger(await svgEnPng(svg), nomPng);
      setMessage('Image téléchargée.');
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <figure class="figure-chiffres" id={id} ref={figure} aria-labelledby={`${id}-titre`}>
      <div class="figure-chiffres__entete">
        <figcaption id={`${id}-titre`} class="figure-chiffres__titre">
          {titre}
        </figcaption>
        <div class="figure-chiffres__outils">
          {outils}
          <button type="button" class="bouton bouton--petit" aria-expanded={tableau} aria-controls={`${id}-tableau`} onClick={() => setTableau(!tableau)}>
            {tableau ? 'Masquer le tableau' : 'Voir le tableau'}
          </button>
          <button type="button" class="bouton bouton--petit" onClick={() => void exporter()} data-export-png={id}>
            <IconeTelecharger /> Image PNG
          </button>
        </div>
      </div>
      {children}
      <div id={`${id}-tableau`} class="figure-chiffres__tableau" hidden={!tableau}>
        {tableau ? (
          <table class="tableau-chiffres">
            <caption class="visuellement-cache">{titre}</caption>
            <thead>
              <tr>
                {colonnes.map((c, k) => (
                  <th key={c} scope="col" class={k ? 'nombre' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lignes.map((l) => (
                <tr key={l.cle}>
                  <th scope="row">{l.libelle}</th>
                  {l.valeurs.map((v, k) => (
                    <td key={k} class="nombre">
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
      <p class="visuellement-cache" role="status">
        {message}
      </p>
    </figure>
  );
}
