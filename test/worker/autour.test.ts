import { describe, expect, it } from 'vitest';
import { bornesSelection, fichesAutour } from '../../src/worker/autour.ts';
import { distanceKm, Moteur } from '../../src/worker/moteur.ts';
import { AXE_INCONNU } from '../../src/worker/messages.ts';
import { bufferTest, LYON, MARSEILLE, META, PARIS, VERSAILLES } from './fixture-moteur.ts';

const nouveau = () => new Moteur(bufferTest(), META);

describe('fichesAutour', () => {
  it('lists the placed fiches nearest first, with their distance, and leaves out the unplaced one', () => {
    const r = fichesAutour(nouveau(), VERSAILLES[0], VERSAILLES[1], 10);
    // Versailles itself, then the three Paris fiches (by index), then Lyon, then Marseille; fiche 5 has no place.
    expect(r.fiches.map((f) => f.i)).toEqual([3, 0, 1, 2, 4, 6]);
    expect(r.total).toBe(6);
    expect(r.fiches[0].km).toBeLessThan(0.001); // float32 coordinates: a few centimetres
    // Paris–Versailles is about 17 km as the crow flies.
    expect(r.fiches[1].km).toBeGreaterThan(16);
    expect(r.fiches[1].km).toBeLessThan(18);
    const km = r.fiches.map((f) => f.km);
    expect([...km].sort((a, b) => a - b)).toEqual(km);
  });

  it('gives what a row shows: collectivité, axe, year and place', () => {
    const [lyon] = fichesAutour(nouveau(), LYON[0], LYON[1], 1).fiches;
    expect(lyon).toMatchObject({ i: 4, collectivite: 2, axe: 0, annee: 2013 });
    expect(lyon.lng).toBeCloseTo(LYON[0], 4);
    const [marseille] = fichesAutour(nouveau(), MARSEILLE[0], MARSEILLE[1], 1).fiches;
    expect(marseille).toMatchObject({ i: 6, axe: AXE_INCONNU });
  });

  it('stops at n but says how many match in all', () => {
    const r = fichesAutour(nouveau(), PARIS[0], PARIS[1], 2);
    expect(r.fiches.map((f) => f.i)).toEqual([0, 1]);
    expect(r.total).toBe(6);
  });

  it('follows the current filter', () => {
    const m = nouveau();
    m.filtrer({ axes: ['2'] }); // service S2: fiche 1 (Paris) and fiche 3 (Versailles)
    const r = fichesAutour(m, LYON[0], LYON[1], 10);
    const attendu = [1, 3].sort((a, b) => distanceKm(LYON[0], LYON[1], ...ll(a)) - distanceKm(LYON[0], LYON[1], ...ll(b)));
    expect(r.fiches.map((f) => f.i)).toEqual(attendu);
    expect(r.total).toBe(2);
    expect(r.generation).toBe(m.generation);
  });

  it('answers an empty list for a point that is not one, or n = 0', () => {
    expect(fichesAutour(nouveau(), Number.NaN, 45, 5).fiches).toEqual([]);
    expect(fichesAutour(nouveau(), PARIS[0], PARIS[1], 0).fiches).toEqual([]);
  });
});

describe('bornesSelection', () => {
  it('is the box of the matching placed fiches', () => {
    const b = bornesSelection(nouveau()) as number[];
    expect(b[0]).toBeCloseTo(VERSAILLES[0], 4); // west
    expect(b[1]).toBeCloseTo(MARSEILLE[1], 4); // south
    expect(b[2]).toBeCloseTo(MARSEILLE[0], 4); // east
    expect(b[3]).toBeCloseTo(PARIS[1], 4); // north
  });

  it('shrinks to one point for one place, and is null when nothing placed matches', () => {
    const m = nouveau();
    m.filtrer({ departements: ['69'] });
    const b = bornesSelection(m) as number[];
    expect(b[0]).toBeCloseTo(LYON[0], 4);
    expect(b[2]).toBeCloseTo(LYON[0], 4);
    m.filtrer({ departements: ['2A'] });
    expect(bornesSelection(m)).toBeNull();
  });
});

function ll(i: number): [number, number] {
  return i === 1 ? PARIS : VERSAILLES;
}
