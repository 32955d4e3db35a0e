/**
 * "Aller à une commune": an ARIA 1.2 combobox (input + listbox). communes.json loads on first
 * focus. Arrows move, Enter picks, Escape closes the list (then clears the text).
 */
import './recherche-commune.css';
import { useMemo, useRef, useState } from 'preact/hooks';
import { chargerCommunes, chercherCommunes, type CommuneTrouvee, type IndexCommunes } from '../../data/communes.ts';
import { allerA, meta } from '../../state/etat.ts';
import { montrerAutour } from '../../state/autour.ts';
import { libelles } from '../libelles.ts';
import { formatCompte, formatNombre } from '../format.ts';
import { IconeLoupe } from '../icones.tsx';

export const ZOOM_COMMUNE = 12;

export function RechercheCommune() {
  const [index, setIndex] = useState<IndexCommunes | null>(null);
  const [etat, setEtat] = useState<'inactif' | 'chargement' | 'pret' | 'erreur'>('inactif');
  const [texte, setTexte] = useState('');
  const [ouvert, setOuvert] = useState(false);
  const [actif, setActif] = useState(-1);
  const entree = useRef<HTMLInputElement>(null);

  const resultats: CommuneTrouvee[] = useMemo(() => (index && texte.trim() ? chercherCommunes(index, texte, 8) : []), [index, texte]);

  const charger = () => {
    const m = meta.value;
    if (index || etat === 'chargement' || !m) return;
    setEtat('chargement');
    chargerCommunes(m.fichiers.communes).then(
      (ix) => {
        setIndex(ix);
        setEtat('pret');
      },
      () => setEtat('erreur'),
    );
  };

  const choisir = (c: CommuneTrouvee) => {
    setTexte(c.nom);
    setOuvert(false);
    setActif(-1);
    montrerAutour({ lng: c.lng, lat: c.lat, nom: c.nom, commune: c.code });
    allerA({ lng: c.lng, lat: c.lat, zoom: ZOOM_COMMUNE });
  };

  const surTouche = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!ouvert) setOuvert(true);
      setActif((a) => (resultats.length ? (a + 1) % resultats.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!ouvert) setOuvert(true);
      setActif((a) => (resultats.length ? (a <= 0 ? resultats.length - 1 : a - 1) : -1));
    } else if (e.key === 'Enter') {
      const c = resultats[actif >= 0 ? actif : 0];
      if (c && ouvert) {
        e.preventDefault();
        choisir(c);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault(); // handled here: the fiche stays open
      if (ouvert && texte) setOuvert(false);
      else {
        setTexte('');
        setOuvert(false);
      }
      setActif(-1);
    } else if (e.key === 'Home' || e.key === 'End') {
      setActif(-1);
    }
  };

  const visible = ouvert && texte.trim() !== '';
  const deps = libelles.value.departements;
  let statutTexte = '';
  if (visible) {
    if (etat === 'chargement' || (etat === 'inactif' && !index)) statutTexte = 'Chargement des communes…';
    else if (etat === 'erreur') statutTexte = 'La liste des communes n’a pas pu être chargée.';
    else statutTexte = resultats.length ? `${formatCompte(resultats.length, 'commune trouvée', 'communes trouvées')}` : 'Aucune commune trouvée';
  }

  return (
    <div class="recherche-commune" role="search">
      <label class="visuellement-cache" for="recherche-commune-champ">
        Aller à une commune
      </label>
      <span class="recherche-commune__icone">
        <IconeLoupe />
      </span>
      <input
        ref={entree}
        id="recherche-commune-champ"
        class="recherche-commune__champ"
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        enterkeyhint="go"
        placeholder="Aller à une commune…"
        aria-autocomplete="list"
        aria-expanded={visible && resultats.length > 0}
        aria-controls="recherche-commune-liste"
        aria-activedescendant={visible && actif >= 0 ? `commune-option-${actif}` : undefined}
        aria-describedby="recherche-commune-statut"
        value={texte}
        onFocus={charger}
        onInput={(e) => {
          setTexte((e.target as HTMLInputElement).value);
          setOuvert(true);
          setActif(-1);
          charger();
        }}
        onKeyDown={surTouche}
        onBlur={() => setTimeout(() => setOuvert(false), 150)}
      />
      <ul id="recherche-commune-liste" class="recherche-commune__liste" role="listbox" aria-label="Communes" hidden={!(visible && resultats.length > 0)}>
        {resultats.map((c, k) => (
          <li
            key={c.code}
            id={`commune-option-${k}`}
            role="option"
            aria-selected={k === actif}
            class={'recherche-commune__option' + (k === actif ? ' est-actif' : '')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choisir(c)}
            onMouseMove={() => setActif(k)}
          >
            <span class="recherche-commune__nom">{c.nom}</span>
            <span class="recherche-commune__info">
              {deps.get(c.departement) ?? ''} ({c.departement}){c.population > 0 ? ` · ${formatNombre(c.population)} hab.` : ''}
            </span>
          </li>
        ))}
      </ul>
      <div id="recherche-commune-statut" class="visuellement-cache" role="status" aria-live="polite">
        {statutTexte}
      </div>
      {visible && resultats.length === 0 && statutTexte ? <div class="recherche-commune__vide">{statutTexte}</div> : null}
    </div>
  );
}
