/** The chosen collectivité: who it is, its label history, its coverage and its initiatives. */
import { useState } from 'preact/hooks';
import type { ProfilPair } from '../../core/pairs/profil.ts';
import { filtres, meta, onglet } from '../../state/etat.ts';
import { fichesChoisie } from '../../state/ma-commune-donnees.ts';
import { FicheMini } from '../fiche-mini/FicheMini.tsx';
import { formatCompte, formatNombre, texteArobases } from '../format.ts';
import { libelles } from '../libelles.ts';
import { CouvertureGrille } from './CouvertureGrille.tsx';
import { HistoriqueLabels } from './HistoriqueLabels.tsx';

const TYPES: Record<ProfilPair['type'], string> = { village: 'Village', ville: 'Ville', territoire: 'Territoire (intercommunalité)', autre: 'Structure' };
const PREMIERES = 5;

export function Profil({ p, debut, fin }: { p: ProfilPair; debut: number; fin: number }) {
  const [tout, setTout] = useState(false);
  const m = meta.value;
  const l = libelles.value;
  const fiches = fichesChoisie.value;
  const strate = p.strate >= 0 ? m?.strates[p.strate]?.libelle : null;
  const visibles = fiches ? (tout ? fiches : fiches.slice(0, PREMIERES)) : [];
  return (
    <section class="ma-commune__section profil" aria-labelledby="profil-titre">
      <h2 id="profil-titre" class="profil__nom">
        {p.nom}
      </h2>
      <p class="profil__lieu">
        {[TYPES[p.type], p.departement ? `${l.departements.get(p.departement) ?? ''} (${p.departement})` : null, p.region ? l.regions.get(p.region) : null].filter(Boolean).join(' · ')}
      </p>
      <dl class="profil__chiffres">
        <div>
          <dt>Population</dt>
          <dd>{p.population !== null ? `${formatNombre(p.population)} hab.` : 'inconnue'}</dd>
        </div>
        <div>
          <dt>Strate</dt>
          <dd>{strate ?? 'inconnue'}</dd>
        </div>
        <div>
          <dt>Initiatives</dt>
          <dd>{formatNombre(p.nbFiches)}</dd>
        </div>
        <div>
          <dt>Dernier label</dt>
          <dd>{p.arobases ? <span title={texteArobases(p.arobases)}>{'@'.repeat(p.arobases)}</span> : 'aucun'}</dd>
        </div>
      </dl>
      <h3 class="ma-commune__sous-titre">Label Villes Internet</h3>
      <HistoriqueLabels labels={p.labels} debut={debut} fin={fin} nom={p.nom} />
      <h3 class="ma-commune__sous-titre">Enjeux couverts</h3>
      <CouvertureGrille enjeux={p.enjeux} nom={p.nom} />
      <h3 class="ma-commune__sous-titre">Ses initiatives</h3>
      {p.nbFiches === 0 ? (
        <p class="ma-commune__note">{p.nom} n’a pas encore d’initiative dans l’atlas : voyez ci-dessous ce que font des collectivités comparables.</p>
      ) : fiches === null ? (
        <p class="ma-commune__note" role="status">
          Chargement des initiatives…
        </p>
      ) : (
        <>
          <ul class="ma-commune__fiches">
            {visibles.map((f) => (
              <li key={f.i}>
                <FicheMini f={f} avecCommune={false} />
              </li>
            ))}
          </ul>
          <div class="ma-commune__actions">
            {fiches.length > PREMIERES ? (
              <button type="button" class="bouton bouton--discret" aria-expanded={tout} onClick={() => setTout(!tout)}>
                {tout ? 'Afficher moins' : `Afficher les ${formatCompte(fiches.length, 'initiative')}`}
              </button>
            ) : null}
            {p.indice >= 0 ? (
              <button
                type="button"
                class="bouton bouton--discret"
                onClick={() => {
                  filtres.value = { collectivites: [p.code] };
                  onglet.value = 'liste';
                }}
              >
                Les voir sur la carte et dans la liste
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
