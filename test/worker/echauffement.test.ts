import { describe, expect, it } from 'vitest';
import { echauffer, etapesEchauffement, etapesEchauffementRecherche, filtresEchauffement, requetesEchauffement } from '../../src/worker/echauffement.ts';
import { Moteur } from '../../src/worker/moteur.ts';
import { bufferTest, META, PARIS } from './fixture-moteur.ts';
import type { BBox } from '../../src/worker/messages.ts';

const FRANCE: BBox = [-5, 41, 10, 52];

describe('filtresEchauffement', () => {
  it('takes a value of each kind from the atlas, and ends on no filter', () => {
    const f = filtresEchauffement(META);
    expect(f[0]).toEqual({ axes: [META.taxonomie.axes[0].code] });
    expect(f).toContainEqual({ regions: [META.regions[0].code] });
    expect(f).toContainEqual({ enjeux: [META.taxonomie.axes[0].enjeux[0].code] });
    expect(f.at(-1)).toEqual({});
  });
});

describe('echauffer', () => {
  it('leaves the real engine as it was: same generation, filter, counts, clusters and list', async () => {
    const buffer = bufferTest();
    const reel = new Moteur(buffer, META, { axes: [META.taxonomie.axes[0].code] });
    const avant = { compte: reel.compte(), comptes: JSON.stringify(reel.comptesFacettes()), entites: JSON.stringify(reel.entites(FRANCE, 5)), liste: reel.liste(FRANCE, 'date', PARIS) };
    const n = await echauffer(etapesEchauffement(buffer, META, { bbox: FRANCE, zoom: 5 }), () => false, async () => undefined);
    expect(n).toBe(etapesEchauffement(buffer, META, { bbox: FRANCE, zoom: 5 }).length);
    expect(reel.compte()).toEqual(avant.compte);
    expect(JSON.stringify(reel.comptesFacettes())).toBe(avant.comptes);
    expect(JSON.stringify(reel.entites(FRANCE, 5))).toBe(avant.entites);
    expect(reel.liste(FRANCE, 'date', PARIS)).toEqual(avant.liste);
  });

  it('stops at the first step after a request came', async () => {
    const buffer = bufferTest();
    let demandes = 0;
    const etapes = etapesEchauffement(buffer, META, { bbox: FRANCE, zoom: 5 });
    const n = await echauffer(etapes, () => demandes > 0, async () => void demandes++);
    expect(n).toBe(1);
    expect(etapes.length).toBeGreaterThan(10);
  });
});

describe('requetesEchauffement', () => {
  it('types words of the taxonomy letter by letter, then each with two letters swapped', () => {
    const r = requetesEchauffement(META, 1);
    const mot = r[r.length - 2];
    expect(mot.length).toBeGreaterThanOrEqual(5);
    expect(r.slice(0, mot.length)).toEqual([...mot].map((_, k) => mot.slice(0, k + 1)));
    expect(r.at(-1)).toBe(mot.slice(0, 2) + mot[3] + mot[2] + mot.slice(4));
  });
});

describe('etapesEchauffementRecherche', () => {
  it('resolves every query and leaves the real engine as it was', async () => {
    const buffer = bufferTest();
    const reel = new Moteur(buffer, META);
    const avant = JSON.stringify([reel.compte(), reel.comptesFacettes(), reel.entites(FRANCE, 5)]);
    const vues: string[] = [];
    const etapes = etapesEchauffementRecherche(buffer, META, { bbox: FRANCE, zoom: 5 }, (q) => {
      vues.push(q);
      return { texte: new Uint8Array(reel.index.n).fill(1), pertinence: new Float64Array(reel.index.n) };
    }, ['ab', 'abc']);
    await echauffer(etapes, () => false, async () => undefined);
    expect(vues).toEqual(['ab', 'abc']);
    expect(JSON.stringify([reel.compte(), reel.comptesFacettes(), reel.entites(FRANCE, 5)])).toBe(avant);
  });
});
