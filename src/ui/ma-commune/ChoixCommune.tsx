/**
 * Picks the collectivité of « Ma commune »: an ARIA 1.2 combobox over the collectivités of the
 * atlas (communes and territoires with fiches) and every commune of the registry, accent- and
 * case-insensitive (foldNomCommune, as « Aller à une commune »); a 5-digit INSEE code or a
 * 9-digit SIREN picks directly.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CommuneRepere } from '../../core/atlas-data.ts';
import { chercherCommunes, indexerCommunes, type CommuneTrouvee } from '../../data/communes.ts';
import { collectivites } from '../../state/etat.ts';
import { indexCommunes } from '../../state/ma-commune-donnees.ts';
import { choisirCommune } from '../../state/ma-commune.ts';
import { formatCompte, formatNombre } from '../format.ts';
import { libelles } from '../libelles.ts';

const CODE = /^(\d{5}|2[ABab]\d{3}|\d{9})$/;

export function ChoixCommune({ nomActuel }: { nomActuel: string | null }) {
  const [texte, setTexte] = useState('');
  const [ouvert, setOuvert] = useState(false);
  const [actif, setActif] = useState(-1);
  const cs = collectivites.value;
  const ix = indexCommunes.value;

  const { index, infos } = useMemo(() => {
    const reperes: CommuneRepere[] = [];
    const infos = new Map<string, { nbFiches: number; territoire: boolean }>();
    for (const c of cs ?? []) {
      if (c.type === 'autre' || c.lng === null || c.lat === null) continue;
      reperes.push([c.code, c.nom, c.departement ?? '', c.lng, c.lat, c.population ?? 0]);
      infos.set(c.code, { nbFiches: c.nbFiches, territoire: c.type === 'territoire' });
    }
    for (const r of ix?.communes ?? []) if (!infos.has(r[0])) reperes.push(r);
    return { index: indexerCommunes(reperes), infos };
  }, [cs, ix]);

  const resultats: CommuneTrouvee[] = useMemo(() => {
    const q = texte.trim();
    if (!q) return [];
    if (CODE.test(q)) return index.communes.filter((c) => c[0] === q.toUpperCase()).map(([code, nom, departement, lng, lat, population]) => ({ code, nom, departement, lng, lat, population }));
    return chercherCommunes(index, q, 8);
  }, [index, texte]);

  const pret = cs !== null && ix !== null;
  const choisir = (c: CommuneTrouvee) => {
    setTexte('');
    setOuvert(false);
    setActif(-1);
    choisirCommune(c.code);
  };

  const surTouche = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOuvert(true);
      const n = resultats.length;
      setActif((a) => (n === 0 ? -1 : e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      const c = resultats[actif >= 0 ? actif : 0];
      if (c) {
        e.preventDefault();
        choisir(c);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (ouvert && texte) setOuvert(false);
      else setTexte('');
      setActif(-1);
    }
  };

  const visible = ouvert && texte.trim() !== '' && resultats.length > 0;
  const deps = libelles.value.departements;
  const statut = !texte.trim() ? '' : !pret ? 'Chargement des communes…' : resultats.length ? formatCompte(resultats.length, 'résultat') : 'Aucune commune ni territoire trouvé';
  return (
    <div class="choix-commune" role="search">
      <label for="choix-commune-champ" class="choix-commune__etiquette">
        {nomActuel ? 'Choisir une autre commune ou un territoire' : 'Votre commune ou territoire'}
      </label>
      <input
        id="choix-commune-champ"
        class="choix-commune__champ"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        placeholder="Nom ou code INSEE, ex. Martigues, 13056"
        aria-autocomplete="list"
        aria-expanded={visible}
        aria-controls="choix-commune-liste"
        aria-activedescendant={visible && actif >= 0 ? `choix-commune-${actif}` : undefined}
        aria-describedby="choix-commune-statut"
        value={texte}
        onInput={(e) => {
          setTexte((e.target as HTMLInputElement).value);
          setOuvert(true);
          setActif(-1);
        }}
        onKeyDown={surTouche}
        onBlur={() => setTimeout(() => setOuvert(false), 150)}
      />
      <ul id="choix-commune-liste" class="choix-commune__liste" role="listbox" aria-label="Communes et territoires" hidden={!visible}>
        {resultats.map((c, k) => {
          const info = infos.get(c.code);
          return (
            <li
              key={c.code}
              id={`choix-commune-${k}`}
              role="option"
              aria-selected={k === actif}
              class={'choix-commune__option' + (k === actif ? ' est-actif' : '')}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choisir(c)}
              onMouseMove={() => setActif(k)}
            >
              <span class="choix-commune__nom">{c.nom}</span>
              <span class="choix-commune__info">
                {[
                  info?.territoire ? 'territoire' : null,
                  c.departement ? `${deps.get(c.departement) ?? ''} (${c.departement})` : null,
                  c.population > 0 ? `${formatNombre(c.population)} hab.` : null,
                  info ? formatCompte(info.nbFiches, 'initiative') : 'pas encore d’initiative',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      <div id="choix-commune-statut" class="visuellement-cache" role="status" aria-live="polite">
        {statut}
      </div>
      {ouvert && texte.trim() && resultats.length === 0 ? <p class="choix-commune__vide">{statut}</p> : null}
    </div>
  );
}
