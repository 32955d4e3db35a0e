import { describe, expect, it } from 'vitest';
import { clePlage, donneesInitiales, routeDe, type RequeteVue } from '../../src/sw/routes.ts';

const PORTEE = 'https://exemple.fr/atlaas/';
const req = (chemin: string, o: Partial<RequeteVue> = {}): RequeteVue => ({ url: PORTEE + chemin, method: 'GET', mode: 'cors', range: null, ...o });

describe('routeDe', () => {
  it.each([
    ['', 'navigation'],
    ['?fiche=12&vue=2,46,5', 'navigation'],
    ['index.html', 'navigation'],
    ['assets/maplibre-CLRxYO7i.js', 'coquille'],
    ['basemap/departements.geojson', 'coquille'],
    ['fonts/noto-sans/NotoSans-Bold.woff2', 'coquille'],
    ['favicon.png', 'coquille'],
    ['data/atlas.json', 'meta'],
    ['data/points.7c92120584.bin', 'donnee'],
    ['data/fiches/563ea97117/3.json', 'donnee'],
    ['data/tuiles/8/129/90.json', 'donnee'],
    ['data/initiatives.geojson', 'reseau'],
    ['data/report.csv', 'reseau'],
    ['sw.js', 'reseau'],
  ])('%s → %s', (chemin, route) => {
    expect(routeDe(req(chemin), PORTEE)).toBe(route);
  });

  it('treats any navigation inside the scope as the page', () => {
    expect(routeDe(req('une/autre/page', { mode: 'navigate' }), PORTEE)).toBe('navigation');
  });

  it('leaves other origins, other paths, non-GET and other byte ranges to the network', () => {
    expect(routeDe({ ...req(''), url: 'https://ailleurs.fr/atlaas/data/atlas.json' }, PORTEE)).toBe('reseau');
    expect(routeDe({ ...req(''), url: 'https://exemple.fr/autre/assets/x.js' }, PORTEE)).toBe('reseau');
    expect(routeDe(req('data/atlas.json', { method: 'POST' }), PORTEE)).toBe('reseau');
    expect(routeDe(req('data/points.ab.bin', { range: 'bytes=0-16383' }), PORTEE)).toBe('reseau');
    expect(routeDe(req('data/clusters.ab.pmtiles', { range: 'bytes=0-10,20-30' }), PORTEE)).toBe('reseau');
    expect(routeDe(req('data/clusters.ab.pmtiles', { range: 'bytes=-500' }), PORTEE)).toBe('reseau');
    expect(routeDe(req('data/clusters.ab.pmtiles', { method: 'HEAD', range: 'bytes=0-10' }), PORTEE)).toBe('reseau');
  });

  it('stores the byte ranges of the cluster archive one by one, each under its own key', () => {
    expect(routeDe(req('data/clusters.ab.pmtiles', { range: 'bytes=0-16383' }), PORTEE)).toBe('plage');
    expect(clePlage(`${PORTEE}data/clusters.ab.pmtiles`, 'bytes=0-16383')).toBe(`${PORTEE}data/clusters.ab.pmtiles?plage=0-16383`);
    expect(clePlage(`${PORTEE}data/clusters.ab.pmtiles`, 'bytes=16384-20000')).not.toBe(clePlage(`${PORTEE}data/clusters.ab.pmtiles`, 'bytes=0-16383'));
  });
});

describe('donneesInitiales', () => {
  it('names the point index and the collectivités of atlas.json', () => {
    expect(donneesInitiales({ fichiers: { points: 'points.ab.bin', collectivites: 'collectivites.cd.json', fiches: 'fiches/ef' } })).toEqual([
      'points.ab.bin',
      'collectivites.cd.json',
    ]);
  });
  it('ignores a malformed or hostile atlas.json', () => {
    expect(donneesInitiales(null)).toEqual([]);
    expect(donneesInitiales({ fichiers: { points: 3, collectivites: '../../secret' } })).toEqual([]);
  });
});
