/**
 * Coverage of the taxonomy: one row per axe, one cell per enjeu, filled in the axe's colour with
 * the count when the collectivité has initiatives in it. Each cell carries its text (enjeu and
 * count) for screen readers; the summary says how many enjeux are covered.
 */
import { couleurAxe, texteSur } from '../../map/couleurs.ts';
import { meta } from '../../state/etat.ts';
import { formatCompte } from '../format.ts';

export function CouvertureGrille({ enjeux, nom }: { enjeux: ReadonlyMap<string, number>; nom: string }) {
  const m = meta.value;
  if (!m) return null;
  const total = m.taxonomie.axes.reduce((s, a) => s + a.enjeux.length, 0);
  return (
    <div class="couverture">
      <p class="couverture__resume">
        {enjeux.size === 0 ? 'Aucune initiative dans la taxonomie pour l’instant' : `${formatCompte(enjeux.size, 'enjeu couvert', 'enjeux couverts')} sur ${total}`}
      </p>
      {enjeux.size === 0 ? null : (
        <ul class="couverture__axes" aria-label={`Enjeux où ${nom} a des initiatives`}>
          {m.taxonomie.axes.map((axe, rang) => {
            const couleur = couleurAxe(rang);
            return (
              <li key={axe.code} class="couverture__axe">
                <span class="couverture__axe-nom">
                  {axe.numero}. {axe.libelle}
                </span>
                <ul class="couverture__enjeux">
                  {axe.enjeux.map((e) => {
                    const n = enjeux.get(e.code) ?? 0;
                    const texte = `${e.code} ${e.libelle} : ${n ? formatCompte(n, 'initiative') : 'aucune initiative'}`;
                    return (
                      <li
                        key={e.code}
                        class={'couverture__enjeu' + (n ? ' est-couvert' : '')}
                        style={n ? { background: couleur, color: texteSur(couleur), borderColor: couleur } : { borderColor: couleur }}
                        title={texte}
                      >
                        <span class="couverture__libelle" aria-hidden="true">
                          {e.libelle}
                        </span>
                        <span class="couverture__compte" aria-hidden="true">
                          {n ? n : '—'}
                        </span>
                        <span class="visuellement-cache">{texte}</span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
