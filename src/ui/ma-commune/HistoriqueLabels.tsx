/**
 * Label history, one small bar per year (its height: the arobases that year), with the text
 * of every year for screen readers and on hover.
 */
import type { LabelAnnee } from '../../core/atlas-data.ts';
import { historiqueLabels } from '../../core/pairs/historique.ts';
import { texteArobases } from '../format.ts';

export function HistoriqueLabels({ labels, debut, fin, nom }: { labels: readonly LabelAnnee[]; debut: number; fin: number; nom: string }) {
  if (labels.length === 0) return <p class="historique-labels__aucun">Jamais labellisée.</p>;
  const annees = historiqueLabels(labels, debut, fin);
  return (
    <ol class="historique-labels" aria-label={`Label de ${nom}, année par année`}>
      {annees.map((a) => {
        const texte = `${a.annee} : ${a.arobases ? texteArobases(a.arobases) : 'pas de label'}${a.mention ? `, ${a.mention}` : ''}`;
        return (
          <li key={a.annee} class={'historique-labels__annee' + (a.arobases ? '' : ' est-vide')} title={texte}>
            <span class="historique-labels__barre" style={{ height: `${a.arobases * 20}%` }} aria-hidden="true">
              {a.mention ? <span class="historique-labels__mention">★</span> : null}
            </span>
            <span class="historique-labels__an" aria-hidden="true">
              {String(a.annee).slice(2)}
            </span>
            <span class="visuellement-cache">{texte}</span>
          </li>
        );
      })}
    </ol>
  );
}
