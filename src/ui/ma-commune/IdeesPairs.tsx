/**
 * « Ce que font vos pairs »: the peers' initiatives in the enjeux where the chosen collectivité
 * has none, grouped by enjeu; each idea names its commune (the contact to call).
 */
import { couleurAxe } from '../../map/couleurs.ts';
import { idees, pairs } from '../../state/ma-commune-donnees.ts';
import { FicheMini } from '../fiche-mini/FicheMini.tsx';
import { formatCompte } from '../format.ts';
import { libelles } from '../libelles.ts';

export function IdeesPairs({ nom, aDesEnjeux }: { nom: string; aDesEnjeux: boolean }) {
  const groupes = idees.value;
  const l = libelles.value;
  const nbPairs = pairs.value.length;
  return (
    <section class="ma-commune__section" aria-labelledby="idees-titre">
      <h2 id="idees-titre" class="ma-commune__titre">
        Ce que font vos pairs
      </h2>
      <p class="ma-commune__note">
        {aDesEnjeux
          ? `Les initiatives des collectivités comparables dans les enjeux où ${nom} n’en a pas encore.`
          : `Les initiatives des collectivités comparables, par enjeu : autant d’idées à reprendre.`}
      </p>
      {nbPairs === 0 ? null : groupes === null ? (
        <p class="ma-commune__note" role="status">
          Chargement des initiatives des pairs…
        </p>
      ) : groupes.length === 0 ? (
        <p class="ma-commune__note">Vos pairs n’ont pas d’initiative dans un enjeu que {nom} n’a pas déjà.</p>
      ) : (
        <ul class="idees">
          {groupes.map((g) => {
            const axe = l.axes.get(g.enjeu.split('.')[0]);
            return (
              <li key={g.enjeu} class="idees__groupe">
                <h3 class="idees__enjeu">
                  <span class="idees__pastille" style={{ background: axe ? couleurAxe(axe.rang) : undefined }} aria-hidden="true" />
                  {l.enjeux.get(g.enjeu) ?? g.enjeu}
                </h3>
                <p class="idees__compte">
                  {formatCompte(g.total, 'initiative')} chez {formatCompte(g.nbPairs, 'pair', 'pairs')}
                </p>
                <ul class="idees__fiches">
                  {g.fiches.map((f) => (
                    <li key={f.i}>
                      <FicheMini f={f} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
