/** The active filters as removable chips (the filter panel itself comes with the "Find" issue). */
import './filtres-actifs.css';
import type { Filtres } from '../../core/filtres.ts';
import { aDesFiltres, effacerFiltres, filtres, retirerFiltre } from '../../state/etat.ts';
import { collectivites } from '../../state/etat.ts';
import { descriptionPerimetre } from '../integration/perimetre.ts';
import { libelles, type Libelles } from '../libelles.ts';
import { IconeFermer } from '../icones.tsx';

interface Puce {
  cle: keyof Filtres;
  code?: string | number;
  texte: string;
}

export function pucesFiltres(f: Filtres, l: Libelles): Puce[] {
  const p: Puce[] = [];
  for (const c of f.axes ?? []) p.push({ cle: 'axes', code: c, texte: l.axes.get(c)?.libelle ?? `Axe ${c}` });
  for (const c of f.enjeux ?? []) p.push({ cle: 'enjeux', code: c, texte: l.enjeux.get(c) ?? `Enjeu ${c}` });
  for (const c of f.usages ?? []) p.push({ cle: 'usages', code: c, texte: l.usages.get(c) ?? `Usage ${c}` });
  for (const c of f.services ?? []) p.push({ cle: 'services', code: c, texte: l.services.get(c) ?? `Service ${c}` });
  for (const c of f.regions ?? []) p.push({ cle: 'regions', code: c, texte: l.regions.get(c) ?? `Région ${c}` });
  for (const c of f.departements ?? []) p.push({ cle: 'departements', code: c, texte: `${l.departements.get(c) ?? 'Département'} (${c})` });
  for (const c of f.collectivites ?? []) p.push({ cle: 'collectivites', code: c, texte: descriptionPerimetre({ collectivites: [c] }, l, collectivites.value) ?? c });
  for (const c of f.strates ?? []) p.push({ cle: 'strates', code: c, texte: l.strates.get(c) ?? c });
  for (const c of f.types ?? []) p.push({ cle: 'types', code: c, texte: c.charAt(0).toUpperCase() + c.slice(1) });
  for (const c of f.arobases ?? []) p.push({ cle: 'arobases', code: c, texte: c === 0 ? 'Sans label' : `${c} @` });
  if (f.annees && (f.annees[0] !== null || f.annees[1] !== null)) {
    const [a, b] = f.annees;
    p.push({ cle: 'annees', texte: a !== null && b !== null ? (a === b ? `En ${a}` : `${a} – ${b}`) : a !== null ? `Depuis ${a}` : `Jusqu’en ${b}` });
  }
  if (f.texte?.trim()) p.push({ cle: 'texte', texte: `« ${f.texte.trim()} »` });
  if (f.vue) p.push({ cle: 'vue', texte: 'Vue de la carte seulement' });
  return p;
}

export function FiltresActifs() {
  if (!aDesFiltres.value) return null;
  const puces = pucesFiltres(filtres.value, libelles.value);
  return (
    <div class="filtres-actifs" role="region" aria-label="Filtres actifs">
      <ul>
        {puces.map((p) => (
          <li key={`${p.cle}:${p.code ?? ''}`}>
            <button type="button" class="filtres-actifs__puce" onClick={() => retirerFiltre(p.cle, p.code)}>
              <span>{p.texte}</span>
              <IconeFermer />
              <span class="visuellement-cache"> (retirer ce filtre)</span>
            </button>
          </li>
        ))}
      </ul>
      {puces.length > 1 ? (
        <button type="button" class="filtres-actifs__tout" onClick={effacerFiltres}>
          Tout effacer
        </button>
      ) : null}
    </div>
  );
}
