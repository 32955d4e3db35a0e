/**
 * The fiches' long texts kept as UTF-8 out of the heap (scripts/build/textes-longs.ts), and
 * an export normalised while it is read: the same sheets, texts and report as read whole.
 */
import { describe, expect, it } from 'vitest';
import type { Fiche } from '../../src/core/modele.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idPersonne, joinExport } from '../../scripts/build/join.ts';
import { joindreEnLisant } from '../../scripts/build/lecture-jointe.ts';
import { normaliseExport, normaliserEnLisant } from '../../scripts/build/normalise.ts';
import { normaliseActions } from '../../scripts/build/normalise/actions.ts';
import { lireFeuille, readExport, sourceDossier, type Source } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { CHAMPS_LONGS, TextesLongs, type TextesFiche } from '../../scripts/build/textes-longs.ts';

const textes = (synthese: string, actions = '', resultats = '', recommandations = ''): TextesFiche => ({ synthese, actions, resultats, recommandations });

describe('TextesLongs', () => {
  it('gives back each fiche’s texts, whatever their characters and line breaks', () => {
    const store = new TextesLongs();
    const donnees = [
      textes('Une synthèse d’été', 'l’œuvre\n2) suite', '€ 😀 «ok»', ''),
      textes('', '', '', ''),
      textes('a\n\nb', '\n', 'x', 'fin\n'),
    ];
    expect(donnees.map((t) => store.ranger(t))).toEqual([0, 1, 2]);
    donnees.forEach((t, k) => {
      expect(store.lire(k)).toEqual(t);
      expect(store.texte(k)).toBe(`${t.synthese}\n${t.actions}\n${t.resultats}\n${t.recommandations}`);
    });
  });

  it('starts new blocks as they fill, a text bigger than a block included', () => {
    const store = new TextesLongs();
    const grand = 'é’'.repeat(9 * 2 ** 20); // 45 MB of UTF-8: more than a block
    const petits = Array.from({ length: 3000 }, (_, k) => textes(`n°${k} `.repeat(k % 50), 'ça', '', String(k)));
    store.ranger(petits[0]);
    store.ranger(textes(grand, grand.slice(0, 10)));
    for (const t of petits.slice(1)) store.ranger(t);
    expect(store.nombre).toBe(3001);
    expect(store.lire(1)).toEqual(textes(grand, grand.slice(0, 10)));
    expect(store.lire(0)).toEqual(petits[0]);
    expect(store.lire(3000)).toEqual(petits[2999]);
    expect(store.octets).toBeGreaterThan(45 * 2 ** 20);
  });

  it('moves a fiche’s texts out of it', () => {
    const store = new TextesLongs();
    const fiche = { synthese: 'S', actions: 'A', resultats: 'R', recommandations: 'RE' } as Fiche;
    expect(store.deplacer(fiche)).toBe(0);
    for (const champ of CHAMPS_LONGS) expect(fiche[champ]).toBe('');
    expect(store.lire(0)).toEqual(textes('S', 'A', 'R', 'RE'));
  });
});

describe('an export normalised while it is read', () => {
  const RACINE = fileURLToPath(new URL('../fixtures/exports/', import.meta.url));
  const dossiers = readdirSync(RACINE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  async function entier(source: Source) {
    const rapport = new Rapport();
    const normalise = normaliseExport(await readExport(source, rapport), rapport);
    return { normalise, rapport };
  }

  async function enLisant(source: Source) {
    const rapport = new Rapport();
    const textes = new TextesLongs();
    const normalisation = normaliserEnLisant(rapport, textes);
    const feuilles = await readExport(source, rapport, undefined, normalisation.lecteurs);
    for (const f of Object.values(feuilles)) expect(f.lignes).toEqual([]);
    const normalise = normalisation.fin();
    expect(textes.nombre).toBe(normalise.fiches.length);
    for (const f of normalise.fiches) for (const champ of CHAMPS_LONGS) expect(f[champ]).toBe('');
    const fiches: Fiche[] = normalise.fiches.map((f, k) => ({ ...f, ...textes.lire(k) }));
    return { normalise: { ...normalise, fiches }, rapport };
  }

  it.each(dossiers)('gives the same sheets and report as reading, then normalising: %s', async (dossier) => {
    const source = sourceDossier(join(RACINE, dossier));
    const attendu = await entier(source).catch((e: unknown) => e);
    const obtenu = await enLisant(source).catch((e: unknown) => e);
    if (attendu instanceof Error) return expect(obtenu).toEqual(attendu);
    expect(obtenu).toEqual(attendu);
  });

  it.each(dossiers)('joins while reading as joinExport does after: %s', async (dossier) => {
    const source = sourceDossier(join(RACINE, dossier));
    const apres = async () => {
      const rapport = new Rapport();
      const ex = normaliseExport(await readExport(source, rapport), rapport);
      return { joint: joinExport(ex, rapport), labels: ex.labels, rapport };
    };
    const enLisant = async () => {
      const rapport = new Rapport();
      const textes = new TextesLongs();
      const jointure = joindreEnLisant(rapport, textes);
      await readExport(source, rapport, undefined, jointure.lecteurs);
      const { joint, labels } = jointure.fin();
      const fiches = joint.fiches.map((f, k) => ({ ...f, fiche: { ...f.fiche, ...textes.lire(k) } }));
      return { joint: { ...joint, fiches }, labels, rapport };
    };
    const attendu = await apres().catch((e: unknown) => e);
    const obtenu = await enLisant().catch((e: unknown) => e);
    expect(obtenu).toEqual(attendu);
  });

  it.each(dossiers)('keeps only the ids of the people, with the same report and links, when asked to: %s', async (dossier) => {
    const source = sourceDossier(join(RACINE, dossier));
    const joindre = async (personnesEnIds: boolean) => {
      const rapport = new Rapport();
      const jointure = joindreEnLisant(rapport, new TextesLongs(), { personnesEnIds });
      await readExport(source, rapport, undefined, jointure.lecteurs);
      const { joint } = jointure.fin();
      return { rapport, joint };
    };
    const complet = await joindre(false).catch((e: unknown) => e);
    const enIds = await joindre(true).catch((e: unknown) => e);
    if (complet instanceof Error) return expect(enIds).toEqual(complet);
    const [a, b] = [complet, enIds] as Awaited<ReturnType<typeof joindre>>[];
    expect(b.rapport).toEqual(a.rapport);
    expect(b.joint.personnes).toEqual(a.joint.personnes.map(idPersonne));
    expect(b.joint.personnes.every((p) => typeof p === 'string')).toBe(true);
    expect(b.joint.fiches.map((f) => f.personnes)).toEqual(a.joint.fiches.map((f) => f.personnes.map(idPersonne)));
    expect(b.joint.fiches.map((f) => [f.lieux, f.services])).toEqual(a.joint.fiches.map((f) => [f.lieux, f.services]));
  });

  it('gives the same for a sheet read in pieces, with rows left out and texts cleaned', async () => {
    const CSV =
      'Id_Action;Titre;Synthèse;Actions;Résultats;Recommandations;Liens\n' +
      '101;Un titre;"Une <b>synthèse</b>\r\nsur deux lignes";1) a;r’;x;http://a.fr\n' +
      '101;Doublon;s;;;;\n' +
      ';Sans id;s;;;;\n' +
      '102;;Sans titre;"l’œuvre ""citée""";;;\n' +
      '103;Vide;;;;;\n';
    const octets = new TextEncoder().encode(CSV);
    const rapportEntier = new Rapport();
    const attendues = normaliseActions(lireFeuille('Actions', 'Actions.csv', octets, rapportEntier), rapportEntier);
    const rapport = new Rapport();
    const textes = new TextesLongs();
    const normalisation = normaliserEnLisant(rapport, textes);
    lireFeuille('Actions', 'Actions.csv', octets, rapport, undefined, 30, normalisation.lecteurs.Actions!('Actions.csv'));
    const { fiches } = normalisation.fin();
    expect(fiches.map((f) => f.id)).toEqual(['101', '102', '103']);
    expect(fiches.map((f, k) => ({ ...f, ...textes.lire(k) }))).toEqual(attendues);
    expect(rapport.entrees).toEqual(rapportEntier.entrees);
    expect(rapport.feuilles.get('Actions.csv')).toEqual({ lues: 5, gardees: 3, rejetees: 2 });
  });
});
