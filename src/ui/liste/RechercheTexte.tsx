/**
 * The full-text search box at the top of the list tab: bound to `filtres.texte` (q= in the URL),
 * searched as you type (the last word is a prefix), no debounce: the worker answers a keystroke
 * in a few ms and the main thread sends only the latest filter (state/atlas.ts). The index loads
 * when the pointer comes over the box or it gets the focus, so the first keystroke does not wait
 * for it (a hover comes a few hundred ms before a click).
 */
import './recherche-texte.css';
import type { Filtres } from '../../core/filtres.ts';
import { prechargerRecherche } from '../../state/atlas.ts';
import { etatRecherche, filtres } from '../../state/etat.ts';
import { IconeLoupe } from '../icones.tsx';

/** The filters with another query (none when blank); the other filters stay as they are. */
export function avecTexte(f: Filtres, texte: string): Filtres {
  const g: Filtres = { ...f };
  if (texte.trim() === '') delete g.texte;
  else g.texte = texte;
  return g;
}

export function RechercheTexte() {
  const texte = filtres.value.texte ?? '';
  const erreur = etatRecherche.value?.erreur ?? null;
  return (
    <div class="recherche-texte" role="search">
      <label for="recherche-texte" class="visuellement-cache">
        Rechercher une initiative
      </label>
      <span class="recherche-texte__icone" aria-hidden="true">
        <IconeLoupe />
      </span>
      <input
        id="recherche-texte"
        class="recherche-texte__champ"
        type="search"
        data-recherche-texte=""
        value={texte}
        placeholder="Rechercher une initiative"
        title="Titres, textes, communes, outils et prestataires ; sans tenir compte des accents ni des majuscules"
        autocomplete="off"
        spellcheck={false}
        enterKeyHint="search"
        aria-describedby={erreur ? 'recherche-texte-erreur' : undefined}
        onFocus={prechargerRecherche}
        onPointerEnter={prechargerRecherche}
        onInput={(e) => (filtres.value = avecTexte(filtres.value, (e.currentTarget as HTMLInputElement).value))}
      />
      {erreur ? (
        <p id="recherche-texte-erreur" class="recherche-texte__erreur" role="alert">
          {erreur}
        </p>
      ) : null}
    </div>
  );
}
