/** A collapsible section of the filter tab: a heading with a disclosure button, then its content. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  titre: string;
  /** What is chosen in it, shown beside the title (« 2 choisis »). */
  resume?: string | null;
  ouverte?: boolean;
  children: ComponentChildren;
}

export function Section({ id, titre, resume, ouverte: initiale = true, children }: Props) {
  const [ouverte, setOuverte] = useState(initiale);
  return (
    <section class="filtres__section" aria-labelledby={`${id}-titre`}>
      <h3 class="filtres__titre-section" id={`${id}-titre`}>
        <button type="button" class="filtres__deplier" aria-expanded={ouverte} aria-controls={`${id}-contenu`} onClick={() => setOuverte(!ouverte)}>
          <span class="filtres__chevron" aria-hidden="true">
            {ouverte ? '▾' : '▸'}
          </span>
          <span>{titre}</span>
          {resume ? <span class="filtres__resume">{resume}</span> : null}
        </button>
      </h3>
      <div id={`${id}-contenu`} class="filtres__contenu" hidden={!ouverte}>
        {children}
      </div>
    </section>
  );
}
