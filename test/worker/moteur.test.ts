import { describe, expect, it } from 'vitest';
import { axesDesFiches, bboxMonde, distanceKm, etiquetteCompte, Moteur } from '../../src/worker/moteur.ts';
import { AXE_INCONNU, type BBox, type ProprietesEntite } from '../../src/worker/messages.ts';
import { lireCleDonut } from '../../src/worker/donut-cle.ts';
import { bufferTest, LYON, META, PARIS, VERSAILLES } from './fixture-moteur.ts';

const MONDE: BBox = [-180, -85, 180, 85];
const ILE_DE_FRANCE: BBox = [1.4, 48.1, 3.6, 49.3];
const nouveau = () => new Moteur(bufferTest(), META);
const fiches = (n: number) => n;

describe('Moteur', () => {
  it('derives the axe of each fiche from its first service', () => {
    const m = nouveau();
    expect([...axesDesFiches(m.index, META, m.tables)]).toEqual([0, 1, 0, 1, 0, 0, AXE_INCONNU]);
  });

  it('counts matching and placed fiches', () => {
    expect(nouveau().compte()).toEqual({ total: 7, places: 6, generation: 1 });
  });

  it('clusters every placed fiche at low zoom, with counts that add up', () => {
    const e = nouveau().entites(MONDE, 0);
    const total = e.features.reduce((s, f) => s + (f.properties.k === 'f' ? 1 : (f.properties as { n: number }).n), 0);
    expect(total).toBe(fiches(6));
    expect(e.features.some((f) => f.properties.k === 'c')).toBe(true);
  });

  it('keeps fiches at the same coordinates as one pile with a count at high zoom', () => {
    const e = nouveau().entites(ILE_DE_FRANCE, 17);
    const pile = e.features.find((f) => f.properties.k === 'p');
    expect(pile?.properties).toMatchObject({ k: 'p', n: 3, r: 0, t: '3' });
    expect(pile?.geometry.coordinates[0]).toBeCloseTo(PARIS[0], 4);
    const seule = e.features.find((f) => f.properties.k === 'f');
    expect(seule?.properties).toEqual({ k: 'f', i: 3, r: 1 });
  });

  it('gives clusters a donut of axe shares and their dominant axe', () => {
    const e = nouveau().entites(ILE_DE_FRANCE, 5);
    const c = e.features.find((f) => f.properties.k === 'c')?.properties as Extract<ProprietesEntite, { k: 'c' }>;
    expect(c.n).toBe(4);
    // Paris: axes 0, 1, 0; Versailles: axe 1 → 2 and 2 of 4 → 12 and 12 of 24 parts.
    expect(lireCleDonut(c.d)).toEqual([12, 12]);
  });

  it('returns the zoom at which a cluster splits', () => {
    const m = nouveau();
    const c = m.entites(ILE_DE_FRANCE, 5).features.find((f) => f.properties.k === 'c')?.properties as Extract<ProprietesEntite, { k: 'c' }>;
    const z = m.expansion(m.generation, c.id);
    expect(z).toBeGreaterThan(5);
    const apres = m.entites(ILE_DE_FRANCE, z as number);
    expect(apres.features.filter((f) => f.properties.k !== 'c')).toHaveLength(2);
  });

  it('answers null for a cluster of an older generation', () => {
    const m = nouveau();
    const c = m.entites(ILE_DE_FRANCE, 5).features.find((f) => f.properties.k === 'c')?.properties as Extract<ProprietesEntite, { k: 'c' }>;
    m.filtrer({});
    expect(m.expansion(m.generation - 1, c.id)).toBeNull();
  });

  it('lists the fiches of a pile, newest first', () => {
    const m = nouveau();
    const pile = m.entites(ILE_DE_FRANCE, 17).features.find((f) => f.properties.k === 'p')?.properties as Extract<ProprietesEntite, { k: 'p' }>;
    expect(m.site(m.generation, pile.s).map((f) => f.i)).toEqual([1, 0, 2]);
    expect(m.site(m.generation + 1, pile.s)).toEqual([]);
  });

  it('lists the fiches inside a bbox, nearest to the centre first', () => {
    const l = nouveau().liste(ILE_DE_FRANCE, 'pertinence', VERSAILLES);
    expect([...l.indices]).toEqual([3, 0, 1, 2]);
    expect(l.total).toBe(4);
    expect([...l.axe]).toEqual([1, 0, 1, 0]);
  });

  it('sorts by date, newest first, unknown years last', () => {
    expect([...nouveau().liste(ILE_DE_FRANCE, 'date', null).indices]).toEqual([1, 0, 2, 3]);
  });

  it('sorts by commune with the ranks the main thread sends', () => {
    const m = nouveau();
    m.definirRangs(Uint32Array.from([1, 0, 2, 3, 4])); // Versailles (1) before Paris (0)
    expect([...m.liste(ILE_DE_FRANCE, 'commune', null).indices]).toEqual([3, 1, 0, 2]);
  });

  it('lists everything, unplaced fiches included, when there is no bbox (no map)', () => {
    const l = nouveau().liste(null, 'pertinence', null);
    expect(l.total).toBe(7);
    expect([...l.indices]).toContain(5);
  });

  it('clusters and lists only what matches the filter', () => {
    const m = nouveau();
    const c = m.filtrer({ axes: ['2'] });
    expect(c).toEqual({ total: 2, places: 2, generation: 2 });
    expect([...m.liste(null, 'date', null).indices]).toEqual([1, 3]);
    const n = m.entites(MONDE, 0).features.reduce((s, f) => s + (f.properties.k === 'f' ? 1 : (f.properties as { n: number }).n), 0);
    expect(n).toBe(2);
  });

  it('finds the nearest fiches of other collectivités, with distances', () => {
    const m = nouveau();
    const p = m.proches(0, 2);
    expect(p.map((x) => x.i)).toEqual([3, 4]);
    expect(p[0].km).toBeCloseTo(distanceKm(PARIS[0], PARIS[1], VERSAILLES[0], VERSAILLES[1]), 1);
    expect(p[0].km).toBeGreaterThan(15);
    expect(p[0].km).toBeLessThan(18);
    expect(m.proches(5, 3)).toEqual([]); // unplaced
    expect(m.proches(4, 0)).toEqual([]);
  });

  it('keeps at most a few fiches of any one collectivité among the nearest', () => {
    const m = nouveau();
    expect(m.proches(3, 3).map((x) => x.i)).toEqual([0, 1, 2]); // the three Paris fiches
    expect(m.proches(3, 3, Infinity, 1).map((x) => x.i)).toEqual([0, 4, 6]); // one Paris fiche, then Lyon, Marseille
    expect(m.proches(3, 5, 100).map((x) => x.i)).toEqual([0, 1, 2]); // within 100 km
  });

  it('lists the other fiches of the same collectivité, newest first', () => {
    expect(nouveau().memeCollectivite(2).map((f) => f.i)).toEqual([1, 0]);
  });

  it('gives the position of a placed fiche only', () => {
    const m = nouveau();
    expect(m.position(4)?.[0]).toBeCloseTo(LYON[0], 4);
    expect(m.position(5)).toBeNull();
    expect(m.position(99)).toBeNull();
  });

  it('counts the matching placed fiches in a bbox', () => {
    expect(nouveau().compteDansBbox(ILE_DE_FRANCE)).toBe(4);
  });
});

describe('helpers', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm(PARIS[0], PARIS[1], LYON[0], LYON[1])).toBeCloseTo(392, -1);
  });

  it('labels counts with a plain space between thousands', () => {
    expect(etiquetteCompte(7)).toBe('7');
    expect(etiquetteCompte(11784)).toBe('11 784');
    expect(etiquetteCompte(1234567)).toBe('1 234 567');
  });

  it('clamps a bbox that runs past the world', () => {
    expect(bboxMonde([-250, -90, 250, 90])).toEqual([-180, -90, 180, 90]);
    expect(bboxMonde([-190, 40, 10, 50])).toEqual([-180, 40, 10, 50]);
  });
});
