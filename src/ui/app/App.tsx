import { useEffect } from 'preact/hooks';
import { Entete } from '../entete/Entete.tsx';
import { Panneau } from '../panneau/Panneau.tsx';
import { Carte } from '../carte/Carte.tsx';
import { MiseAJour } from '../mise-a-jour/MiseAJour.tsx';
import { AppIntegree } from '../integration/Integration.tsx';
import { integre } from '../../state/integration.ts';
import type { Vue } from '../../state/url.ts';
import { feuille, ficheId } from '../../state/etat.ts';
import { fermerFicheHistorique } from '../../state/synchro-url.ts';

export function App({ vueInitiale }: { vueInitiale: Vue | null }) {
  useEffect(() => {
    // Escape: an open fiche closes first, then a full bottom sheet goes back to half.
    const surTouche = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (ficheId.value) {
        e.preventDefault();
        fermerFicheHistorique();
      } else if (feuille.value === 'plein') {
        e.preventDefault();
        feuille.value = 'mi';
      }
    };
    window.addEventListener('keydown', surTouche);
    return () => window.removeEventListener('keydown', surTouche);
  }, []);
  if (integre.value) return <AppIntegree vueInitiale={vueInitiale} />;
  return (
    <div class="app">
      <a class="lien-evitement" href="#panneau">
        Aller à la liste des initiatives
      </a>
      <Entete />
      <main class="app__corps">
        <Panneau />
        <Carte vueInitiale={vueInitiale} />
      </main>
      <MiseAJour />
    </div>
  );
}
