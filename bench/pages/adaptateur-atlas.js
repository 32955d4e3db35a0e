/**
 * Evaluated in the atlas page once it is ready (bench/browser.bench.ts), as `(source)(rang)`. Plain
 * JavaScript on purpose: code handed to page.evaluate from a .ts file gets esbuild helpers the page lacks.
 *
 * `__bench.filtrer(quart)` clicks the legend button of the axe of rank `rang` (src/ui/legende) and
 * resolves with { carte, liste }: ms until the map has rendered new clusters (`__atlas.dessins`
 * changes, src/ui/carte/Carte.tsx) and until the list has its rows (`__atlas.lignes` changes,
 * src/state/atlas.ts). The setters wrap the plain properties of `window.__atlas`: nothing polls.
 */
(function installer(rang) {
  const a = window.__atlas;
  const surChangement = { dessins: null, lignes: null };
  for (const cle of ['dessins', 'lignes']) {
    let valeur = a[cle];
    Object.defineProperty(a, cle, {
      configurable: true,
      enumerable: true,
      get: () => valeur,
      set: (v) => {
        valeur = v;
        const f = surChangement[cle];
        if (f) f(performance.now());
      },
    });
  }
  let actif = false;
  window.__bench = {
    filtrer: (quart) =>
      new Promise((ok, ko) => {
        const bouton = document.querySelectorAll('.legende__axe')[rang];
        if (!bouton) return ko(new Error('bouton de la légende introuvable (.legende__axe)'));
        if (quart === actif) return ko(new Error(`filtre déjà ${actif ? 'actif' : 'inactif'}`));
        let carte = null;
        let liste = null;
        const t0 = performance.now();
        const fin = () => {
          if (carte === null || liste === null) return;
          surChangement.dessins = surChangement.lignes = null;
          ok({ carte, liste });
        };
        surChangement.dessins = (t) => {
          if (carte === null) carte = t - t0;
          fin();
        };
        surChangement.lignes = (t) => {
          if (liste === null) liste = t - t0;
          fin();
        };
        // The list may not change (same rows); do not wait on it for more than 10 s.
        setTimeout(() => {
          if (carte !== null && liste === null) {
            surChangement.dessins = surChangement.lignes = null;
            ok({ carte, liste: null });
          }
        }, 10000);
        bouton.click();
        actif = quart;
      }),
  };
});
