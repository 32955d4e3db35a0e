import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodePointsIndex } from '../../src/core/points-index.ts';
import { Moteur } from '../../src/worker/moteur.ts';
import type { BBox, Tri } from '../../src/worker/messages.ts';
import { ligne, META } from './fixture-moteur.ts';

const fiche = fc.record({
  place: fc.boolean(),
  x: fc.integer({ min: 0, max: 40 }),
  y: fc.integer({ min: 0, max: 40 }),
  annee: fc.option(fc.integer({ min: 2005, max: 2026 })),
  collectivite: fc.integer({ min: 0, max: 9 }),
  service: fc.integer({ min: 0, max: 2 }),
});
const vue = fc.record({
  bbox: fc.option(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 20, max: 40 }), fc.integer({ min: 20, max: 40 }))),
  centre: fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))),
  tri: fc.constantFrom<Tri>('pertinence', 'date', 'commune'),
});
const filtre = fc.record({ garde: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), scores: fc.array(fc.constantFrom(4e6, 3e6, 4e4, 400)), requete: fc.boolean() });

// The point index keeps float32 coordinates: the test's points are float32 from the start.
const lng = (x: number) => Math.fround(2 + x * 0.01);
const lat = (y: number) => Math.fround(45 + y * 0.01);

describe('the list of a view, kept across filters (ordre-vue.ts)', () => {
  it('is what sorting the matching fiches of the view gives, for any sequence of filters and views', () => {
    fc.assert(
      fc.property(
        fc.array(fiche, { minLength: 1, maxLength: 60 }),
        fc.option(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })),
        fc.array(fc.tuple(vue, filtre), { minLength: 1, maxLength: 6 }),
        (fiches, rangsBruts, etapes) => {
          const lignes = fiches.map((f) =>
            ligne({ lng: f.place ? lng(f.x) : null, lat: f.place ? lat(f.y) : null, services: [f.service], collectivite: f.collectivite, annee: f.annee }),
          );
          const m = new Moteur(encodePointsIndex(lignes), META);
          // Alphabetical ranks of collectivités 0..7 (a permutation); 8 and 9 have none.
          const ordre = rangsBruts ? [...rangsBruts.keys()].slice(0, 8).sort((a, b) => rangsBruts[a] - rangsBruts[b] || a - b) : null;
          const rangs = ordre ? Uint32Array.from(ordre.map((_, c) => ordre.indexOf(c))) : null;
          if (rangs) m.definirRangs(rangs);
          for (const [v, f] of etapes) {
            const masque = new Uint8Array(fiches.length).map((_, i) => (f.garde[i] ? 1 : 0));
            const score = new Float64Array(fiches.length).map((_, i) => (masque[i] ? f.scores[i % Math.max(1, f.scores.length)] ?? 400 : 0));
            if (f.requete) m.filtrer({ texte: 'q' }, { texte: masque, pertinence: score });
            else m.filtrer({}, {});
            const bbox: BBox | null = v.bbox ? [lng(v.bbox[0]), lat(v.bbox[1]), lng(v.bbox[2]), lat(v.bbox[3])] : null;
            const centre: [number, number] | null = v.centre ? [lng(v.centre[0]), lat(v.centre[1])] : null;
            const obtenu = [...m.liste(bbox, v.tri, centre).indices];

            const garde = (i: number) => (f.requete ? masque[i] === 1 : true) && (!bbox || (fiches[i].place && lng(fiches[i].x) >= bbox[0] && lng(fiches[i].x) <= bbox[2] && lat(fiches[i].y) >= bbox[1] && lat(fiches[i].y) <= bbox[3]));
            const cos = centre ? Math.cos((centre[1] * Math.PI) / 180) : 0;
            const cle = (i: number): number => {
              const x = fiches[i];
              if (v.tri === 'date') return -(x.annee ?? -1);
              if (v.tri === 'commune') return !rangs ? 0 : x.collectivite < rangs.length ? rangs[x.collectivite] * 10000 - (x.annee ?? 0) : Infinity;
              if (!centre) return 0;
              return x.place ? ((lng(x.x) - centre[0]) * cos) ** 2 + (lat(x.y) - centre[1]) ** 2 : Infinity;
            };
            const parScore = v.tri === 'pertinence' && f.requete;
            const attendu = fiches
              .map((_, i) => i)
              .filter(garde)
              .sort((a, b) => (parScore ? score[b] - score[a] : 0) || cle(a) - cle(b) || a - b);
            expect(obtenu).toEqual(attendu);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
