/**
 * A view whose code loads apart from the first screen (a tab of the panel, the detail of a fiche):
 * the page's own script stays small, so the map and the list come up sooner. The code loads when
 * the view is first shown, or ahead of that with `precharger` (once the map is drawn); the service
 * worker keeps it for offline visits like any other asset.
 */
import './differe.css';
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface VueDifferee<P> {
  (props: P): preact.JSX.Element | null;
  /** Starts loading the code (at most once; again after a failure). */
  precharger(): Promise<ComponentType<P>>;
}

export function differe<P extends object>(charger: () => Promise<ComponentType<P>>): VueDifferee<P> {
  let chargee: ComponentType<P> | null = null;
  let enCours: Promise<ComponentType<P>> | null = null;
  const precharger = () => {
    enCours ??= charger().then(
      (c) => (chargee = c),
      (e: unknown) => {
        enCours = null;
        throw e;
      },
    );
    return enCours;
  };
  function Vue(props: P) {
    const [Composant, setComposant] = useState<ComponentType<P> | null>(() => chargee);
    const [echec, setEchec] = useState(false);
    useEffect(() => {
      if (Composant) return;
      let actif = true;
      precharger().then(
        (c) => actif && setComposant(() => c),
        () => actif && setEchec(true),
      );
      return () => {
        actif = false;
      };
    }, [Composant, echec]);
    if (Composant) return <Composant {...props} />;
    if (echec)
      return (
        <p class="differe differe--echec" role="alert">
          Cette vue n’a pas pu se charger (connexion interrompue ?).{' '}
          <button type="button" class="bouton" onClick={() => setEchec(false)}>
            Réessayer
          </button>
        </p>
      );
    return (
      <p class="differe" role="status">
        Chargement…
      </p>
    );
  }
  return Object.assign(Vue, { precharger });
}
