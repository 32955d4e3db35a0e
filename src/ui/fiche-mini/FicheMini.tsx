/** A compact fiche link (title, commune, year, distance) for related lists and map piles. */
import './fiche-mini.css';
import { proprietesFiche, versionTuiles } from '../../data/tuiles.ts';
import { couleurAxe, NEUTRES } from '../../map/couleurs.ts';
import { meta, ouvrirFiche } from '../../state/etat.ts';
import type { FicheReperee } from '../../worker/messages.ts';
import { formatKm } from '../format.ts';
import { libelles } from '../libelles.ts';
import { lienFiche } from '../lien-fiche.ts';

export function FicheMini({ f, km, avecCommune = true, quandOuvre }: { f: FicheReperee; km?: number; avecCommune?: boolean; quandOuvre?: () => void }) {
  versionTuiles.value;
  const p = proprietesFiche(f.i, f.lng, f.lat, meta.value?.tuileZoom ?? 8);
  const axe = p?.axe ? libelles.value.axes.get(p.axe) : undefined;
  return (
    <a
      class="fiche-mini"
      href={p ? lienFiche(p.id) : '#'}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        if (!p) return;
        quandOuvre?.();
        ouvrirFiche(p.id, { i: f.i, voler: true });
      }}
    >
      <span class="fiche-mini__axe" style={{ background: axe ? couleurAxe(axe.rang) : NEUTRES.sansAxe }} aria-hidden="true" />
      <span class="fiche-mini__titre">{p ? p.titre : <span class="squelette fiche-mini__squelette" aria-hidden="true" />}</span>
      <span class="fiche-mini__meta">
        {[avecCommune && p?.commune ? p.commune : null, f.annee ? String(f.annee) : null, km !== undefined ? `à ${formatKm(km)}` : null].filter(Boolean).join(' · ')}
      </span>
    </a>
  );
}
