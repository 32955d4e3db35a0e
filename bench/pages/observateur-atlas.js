/**
 * Evaluated in the atlas page by bench/interactions.bench.ts as `(source)(attenteMs)`. Plain JavaScript:
 * code handed to page.evaluate from a .ts file gets esbuild helpers the page lacks.
 *
 * `__interactions.armer()` then `__interactions.resultat()`: the latter resolves, for the first keydown
 * or pointerdown on the page after armer(), with
 * { carte, liste }: ms from that event until `__atlas.dessins` changes (map redrawn) and until
 * `__atlas.lignes` is set (list rows in), each null if it did not happen within attenteMs.
 */
(function installer(attenteMs) {
  const a = window.__atlas;
  const rappels = { dessins: null, lignes: null };
  for (const cle of ['dessins', 'lignes']) {
    let valeur = a[cle];
    Object.defineProperty(a, cle, {
      configurable: true,
      enumerable: true,
      get: () => valeur,
      set: (v) => {
        valeur = v;
        const f = rappels[cle];
        if (f) f(performance.now());
      },
    });
  }
  let armee = null;
  const depart = (e) => {
    if (!armee || armee.t0 !== null) return;
    armee.t0 = e.timeStamp || performance.now();
    armee.minuterie = setTimeout(armee.finir, attenteMs);
  };
  window.addEventListener('keydown', depart, true);
  window.addEventListener('pointerdown', depart, true);
  let promesse = null;
  const suivante = () =>
      new Promise((ok) => {
        const r = { carte: null, liste: null };
        const etat = {
          t0: null,
          minuterie: 0,
          finir: () => {
            clearTimeout(etat.minuterie);
            rappels.dessins = rappels.lignes = null;
            armee = null;
            ok(r);
          },
        };
        rappels.dessins = (t) => {
          if (etat.t0 === null || r.carte !== null) return;
          r.carte = t - etat.t0;
          if (r.liste !== null) etat.finir();
        };
        rappels.lignes = (t) => {
          if (etat.t0 === null || r.liste !== null) return;
          r.liste = t - etat.t0;
          if (r.carte !== null) etat.finir();
        };
        armee = etat;
      });
  window.__interactions = {
    armer: () => {
      promesse = suivante();
    },
    resultat: () => promesse,
  };
});
