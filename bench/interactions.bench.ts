/**
 * Issue "Find": in-browser p50/p95 over scripted interactions — a search keystroke and a facet click,
 * each timed from the input event (keydown / beforeinput / pointerdown, caught in the capture phase) until both the
 * map and the list show the result.
 *
 * Hooks used (src/state/instrumentation.ts, `window.__atlas`):
 *   ready, inactif                 page loaded, map idle
 *   dessins (counter)              the map has rendered new clusters (src/ui/carte/Carte.tsx)
 *   lignes  (set on every list)    the list has its rows (src/state/atlas.ts)
 * The setters of these two plain properties are wrapped, so nothing polls.
 *
 * UI used, found by selector (first match wins):
 *   facets   SELECTEUR_FACETTES: `[data-facette]` buttons/checkboxes when the front end has them, else
 *            the axe toggles of the legend (`.legende__axe`).
 *   search   SELECTEUR_RECHERCHE: a full-text search box (`[data-recherche-texte]`, `input[type=search]`,
 *            `[role=searchbox]`), never the "Aller à une commune" box (`.recherche-commune`). None exists
 *            yet (the `texte` filter is reachable only through `?q=`), so the keystroke series is reported
 *            as missing until one does.
 *
 * What the front end should add for exact numbers (see the report in bench/RESULTS.md):
 *   - a counter `__atlas.resultats` bumped each time a filter's result is shown on map *and* list, even
 *     when it is unchanged (a keystroke that does not change the set of fiches now shows no change
 *     here and is counted apart, as `sansChangement`);
 *   - `data-recherche-texte` on the full-text search input, `data-facette="<cle>:<code>"` on facets.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, newOfflineContext } from '../test/e2e/browser.ts';
import { serveStatic } from '../test/e2e/serve.ts';
import { quantile } from './mesures.ts';
import type { SiteBench } from './site.ts';

export const SELECTEUR_FACETTES = '[data-facette], .legende__axe';
export const SELECTEUR_RECHERCHE = '[data-recherche-texte], input[type=search]:not(.recherche-commune *), [role=searchbox]:not(.recherche-commune *)';
/** Words typed one key at a time; the field is cleared between words. */
export const MOTS = ['médiathèque', 'numérique', 'école', 'wifi', 'citoyen', 'tiers-lieu'];

export interface SerieInteractions {
  quoi: 'frappe' | 'facette';
  /** Interactions timed (map and list both changed). */
  n: number;
  p50: number | null;
  p95: number | null;
  /** Same, map only and list only. */
  carte: { p50: number | null; p95: number | null };
  liste: { p50: number | null; p95: number | null };
  /** Interactions after which nothing changed within the wait (see the module comment). */
  sansChangement: number;
  /**
   * Until `__atlas.resultats` was bumped: the result on map and list, an unchanged result included
   * (the map then keeps what it draws). n = interactions timed this way.
   */
  resultat: { n: number; p50: number | null; p95: number | null };
  manquant?: string;
}

const OBSERVATEUR = readFileSync(fileURLToPath(new URL('./pages/observateur-atlas.js', import.meta.url)), 'utf8')
  .replace(/^\/\*\*[\s\S]*?\*\/\s*/, '')
  .trim()
  .replace(/;$/, '');

type Echantillon = { carte: number | null; liste: number | null; resultat?: number | null } | null;

function serie(quoi: SerieInteractions['quoi'], e: Echantillon[], manquant?: string): SerieInteractions {
  const complets = e.filter((x): x is { carte: number; liste: number } => !!x && x.carte !== null && x.liste !== null);
  const total = complets.map((x) => Math.max(x.carte, x.liste));
  const carte = e.map((x) => x?.carte);
  const liste = e.map((x) => x?.liste);
  return {
    quoi,
    n: complets.length,
    p50: quantile(total, 0.5),
    p95: quantile(total, 0.95),
    carte: { p50: quantile(carte, 0.5), p95: quantile(carte, 0.95) },
    liste: { p50: quantile(liste, 0.5), p95: quantile(liste, 0.95) },
    sansChangement: e.filter((x) => !x || (x.carte === null && x.liste === null)).length,
    resultat: (() => {
      const r = e.map((x) => x?.resultat).filter((x): x is number => typeof x === 'number');
      return { n: r.length, p50: quantile(r, 0.5), p95: quantile(r, 0.95) };
    })(),
    ...(manquant ? { manquant } : {}),
  };
}

/** 50 (by default) facet clicks and 50 search keystrokes on the atlas of `site`, one page each. */
export async function benchInteractions(site: SiteBench, options: { n?: number; attenteMs?: number } = {}): Promise<SerieInteractions[]> {
  const n = options.n ?? 50;
  const attente = options.attenteMs ?? 3000;
  const serveur = await serveStatic(site.dossier);
  const browser = await launchChromium();
  const series: SerieInteractions[] = [];
  try {
    for (const quoi of ['facette', 'frappe'] as const) {
      const { page, close } = await newOfflineContext(browser);
      try {
        await page.goto(serveur.url);
        await page.waitForFunction(() => (window as unknown as { __atlas?: { ready: boolean } }).__atlas?.ready === true, null, { timeout: 120_000 });
        await page.waitForFunction(() => (window as unknown as { __atlas: { inactif: boolean } }).__atlas.inactif, null, { timeout: 30_000 }).catch(() => undefined);
        await page.evaluate(`${OBSERVATEUR}(${attente})`);
        type Interactions = { __interactions: { armer: () => void; resultat: () => Promise<Echantillon> } };
        // Armed before the input is sent, read after: the event can only be caught once armed.
        const armer = () => page.evaluate(() => (window as unknown as Interactions).__interactions.armer());
        const resultat = () => page.evaluate(() => (window as unknown as Interactions).__interactions.resultat());
        const echantillons: Echantillon[] = [];
        if (quoi === 'facette') {
          const facettes = page.locator(SELECTEUR_FACETTES);
          const k = await facettes.count();
          if (k === 0) {
            series.push(serie(quoi, [], `aucune facette (${SELECTEUR_FACETTES})`));
            continue;
          }
          // On, off, next facet on, off…: every click changes the filter.
          for (let i = 0; i < n; i++) {
            await armer();
            await facettes.nth(Math.floor(i / 2) % k).click();
            echantillons.push(await resultat());
            await page.waitForTimeout(150);
          }
        } else {
          const champ = page.locator(SELECTEUR_RECHERCHE).first();
          if ((await champ.count()) === 0) {
            series.push(serie(quoi, [], `aucun champ de recherche plein texte (${SELECTEUR_RECHERCHE})`));
            continue;
          }
          await champ.click();
          let i = 0;
          for (const mot of MOTS.flatMap((m) => [m, m]).slice(0, Math.max(1, Math.ceil(n / 5)))) {
            for (const lettre of mot) {
              if (i++ >= n) break;
              await armer();
              // Letters off the US layout (é, è) have no key: typed as text, timed from their beforeinput.
              if (/^[a-z]$/i.test(lettre) || lettre === '-') await page.keyboard.press(lettre === '-' ? 'Minus' : lettre);
              else await page.keyboard.insertText(lettre);
              echantillons.push(await resultat());
            }
            if (i >= n) break;
            await champ.fill('');
            await page.waitForTimeout(attente / 2);
          }
        }
        if (process.env.BENCH_DETAIL) console.log(quoi, echantillons.map((x) => (x ? `${x.carte?.toFixed(0) ?? '-'}/${x.liste?.toFixed(0) ?? '-'}/${x.resultat?.toFixed(0) ?? '-'}` : 'null')).join(' '));
        series.push(serie(quoi, echantillons));
      } finally {
        await close();
      }
    }
  } finally {
    await browser.close();
    await serveur.close();
  }
  return series;
}
