/** Thématique: axe > enjeu > usage > service, one tree; a checked level stands for all under it. */
import { couleurAxe } from '../../map/couleurs.ts';
import { filtres } from '../../state/etat.ts';
import { libelles } from '../libelles.ts';
import type { Noeud } from './arbre-selection.ts';
import { ArbreValeurs } from './ArbreValeurs.tsx';
import { Section } from './Section.tsx';
import { arbreTheme, comptesAffiches } from './selection.ts';
import { resumeChoix } from './resume.ts';

export function SectionThematique() {
  const arbre = arbreTheme.value;
  if (!arbre) return null;
  const l = libelles.value;
  const f = filtres.value;
  const libelle = (n: Noeud) => {
    switch (n.cle) {
      case 'axes':
        return l.axes.get(n.code)?.libelle ?? `Axe ${n.code}`;
      case 'enjeux':
        return l.enjeux.get(n.code) ?? `Enjeu ${n.code}`;
      case 'usages':
        return l.usages.get(n.code) ?? `Usage ${n.code}`;
      default:
        return l.services.get(n.code) ?? `Service ${n.code}`;
    }
  };
  const avant = (n: Noeud) =>
    n.cle === 'axes' ? <span class="valeur__pastille" style={{ background: couleurAxe(l.axes.get(n.code)?.rang ?? 0) }} aria-hidden="true" /> : null;
  const n = (f.axes?.length ?? 0) + (f.enjeux?.length ?? 0) + (f.usages?.length ?? 0) + (f.services?.length ?? 0);
  return (
    <Section id="filtres-thematique" titre="Thématique" resume={resumeChoix(n)}>
      <ArbreValeurs noeuds={arbre.racines} libelle={libelle} avant={avant} comptes={comptesAffiches.value} etiquette="Axes, enjeux, usages et services" />
    </Section>
  );
}
