/**
 * Evaluated in the atlas page by bench/interactions.bench.ts as `(source)(attenteMs)`. Plain JavaScript:
 * code handed to page.evaluate from a .ts file gets esbuild helpers the page lacks.
 *
 * `__interactions.armer()` then `__interactions.resultat()`: the latter resolves, for the first keydown,
 * beforeinput or pointerdown on the page after armer(), with
 * { carte, liste, resultat }: ms from that event until `__atlas.dessins` changes (map redrawn), until
 * `__atlas.lignes` is set (list rows in) and until `__atlas.resultats` is bumped (the result is on
 * both, even when unchanged; null when the front end has no such counter), each null if it did not
 * happen within attenteMs.
 */
(function installer(attenteMs) {
  const a = window.__atlas;
  const rappels = { dessins: null, lignes: null, resultats: null };
  // `resultats` (bumped once a filter's result is on map and list, even unchanged) when the front end has it.
  const avecResultats = typeof a.resultats === 'number';
  for (const cle of avecResultats ? ['dessins', 'lignes', 'resultats'] : ['dessins', 'lignes']) {
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
  // A letter typed as text (no key on the layout, such as é) fires no keydown.
  window.addEventListener('beforeinput', depart, true);
  window.addEventListener('pointerdown', depart, true);
  let promesse = null;
  const suivante = () =>
      new Promise((ok) => {
        const r = { carte: null, liste: null, resultat: null };
        const etat = {
          t0: null,
          minuterie: 0,
          finir: () => {
            clearTimeout(etat.minuterie);
            rappels.dessins = rappels.lignes = rappels.resultats = null;
            armee = null;
            ok(r);
          },
        };
        rappels.dessins = (t) => {
          if (etat.t0 === null || r.carte !== null) return;
          r.carte = t - etat.t0;
          if (r.liste !== null && !avecResultats) etat.finir();
        };
        rappels.lignes = (t) => {
          if (etat.t0 === null || r.liste !== null) return;
          r.liste = t - etat.t0;
          if (r.carte !== null && !avecResultats) etat.finir();
        };
        rappels.resultats = (t) => {
          if (etat.t0 === null || r.resultat !== null) return;
          r.resultat = t - etat.t0;
          etat.finir();
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
