/** Helpers for the app's browser tests: open the site, wait for the map, read what it draws. */
import type { Page } from 'playwright-core';

export interface EntiteVisible {
  k: 'c' | 'p' | 'f';
  n: number;
  x: number;
  y: number;
  i?: number;
}

/** Opens the site with a query string and waits for the first clustered frame (or the list without map). */
export async function ouvrirAtlas(page: Page, base: string, query = '?test=1'): Promise<void> {
  await page.goto(base + query);
  await attendrePret(page);
}

export async function attendrePret(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __atlas?: { ready: boolean } }).__atlas?.ready === true, null, { timeout: 60_000 });
}

/** Waits until the map has drawn new data more than `avant` times and has nothing left to load. */
export async function attendreDessin(page: Page, avant: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const a = (window as unknown as { __atlas: { dessins: number; inactif: boolean } }).__atlas;
      return a.dessins > n && a.inactif;
    },
    avant,
    { timeout: 60_000 },
  );
}

export async function dessins(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __atlas: { dessins: number } }).__atlas.dessins);
}

export async function attendreInactif(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __atlas: { inactif: boolean } }).__atlas.inactif, null, { timeout: 60_000 });
}

/** The page's URL once the app has made its pending history writes (it makes them when idle). */
export async function urlAJour(page: Page): Promise<URL> {
  await page.waitForFunction(() => (window as unknown as { __atlas: { ecrituresUrl: number } }).__atlas.ecrituresUrl === 0, null, { timeout: 30_000 });
  return new URL(await page.evaluate(() => location.href));
}

/** What the map draws, in page coordinates. */
export async function entitesVisibles(page: Page): Promise<EntiteVisible[]> {
  const boite = await page.locator('.carte__maplibre').boundingBox();
  if (!boite) return [];
  const e = await page.evaluate(() => (window as unknown as { __atlas: { entitesVisibles: () => EntiteVisible[] } }).__atlas.entitesVisibles());
  return e.map((f) => ({ ...f, x: f.x + boite.x, y: f.y + boite.y }));
}

/** The `vue` parameter of the page's URL, as numbers. */
export function vueDansUrl(url: string): { lng: number; lat: number; zoom: number } | null {
  const v = new URL(url).searchParams.get('vue');
  if (!v) return null;
  const [lng, lat, zoom] = v.split(',').map(Number);
  return { lng, lat, zoom };
}
