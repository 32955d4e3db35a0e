/**
 * Big sheets are decoded and parsed in pieces cut between records (read.ts, MORCEAU_OCTETS):
 * the same rows, cells and physical line numbers as in one piece, whatever the cut.
 */
import { describe, expect, it } from 'vitest';
import { coupuresEnregistrements, lireFeuille, type OctetsFichier } from '../../scripts/build/read.ts';
import { Rapport } from '../../scripts/build/report.ts';

const TEXTE =
  'Id_Action;Id_Lieu\r\n' +
  '1;"deux\r\nlignes"\n' +
  '\n' +
  '2;"un ""guillemet""; et un ;"\n' +
  '3;é’œ\r' +
  '4;"\nfin"\n' +
  '5;dernier\n';

const lire = (octets: Uint8Array, taille?: number) => lireFeuille('Liaison Lieux', 'Liaison Lieux.csv', octets, new Rapport(), undefined, taille);

describe('a sheet read in pieces', () => {
  it('cuts only after a line break outside quotes', () => {
    const octets = new TextEncoder().encode(TEXTE);
    const coupures = coupuresEnregistrements(octets, 8);
    expect(coupures[0]).toBe(0);
    expect(coupures.at(-1)).toBe(octets.length);
    for (const c of coupures.slice(1, -1)) {
      expect(octets[c - 1]).toBe(0x0a);
      expect(octets.subarray(0, c).filter((o) => o === 0x22).length % 2).toBe(0);
    }
    expect(coupures.length).toBeGreaterThan(3);
  });

  it('cuts where a byte-by-byte scan of quotes and line breaks cuts, for every piece size', () => {
    // The scan as it was written before Buffer#indexOf: the reference.
    const parOctet = (octets: Uint8Array, taille: number) => {
      const coupures = [0];
      let [guillemets, debut, derniere] = [false, 0, 0];
      octets.forEach((o, k) => {
        if (o === 0x22) guillemets = !guillemets;
        else if (o === 0x0a && !guillemets) {
          if (k + 1 - debut > taille && derniere > debut) coupures.push((debut = derniere));
          derniere = k + 1;
        }
      });
      if (coupures.at(-1) !== octets.length) coupures.push(octets.length);
      return coupures;
    };
    const octets = new TextEncoder().encode(TEXTE.repeat(7) + '6;"jamais fermé\n7;x\n');
    for (let taille = 1; taille < 120; taille += 3) expect(coupuresEnregistrements(octets, taille)).toEqual(parOctet(octets, taille));
  });

  it('gives the same rows, cells and line numbers for every piece size', () => {
    const octets = new TextEncoder().encode(TEXTE);
    const entier = lire(octets);
    expect(entier.lignes.map((l) => [l.ligne, l.valeurs.id_action, l.valeurs.id_lieu])).toEqual([
      [2, '1', 'deux\nlignes'],
      [5, '2', 'un "guillemet"; et un ;'],
      [6, '3', 'é’œ'],
      [7, '4', '\nfin'],
      [9, '5', 'dernier'],
    ]);
    for (const taille of [1, 8, 20, 40]) {
      const f = lire(octets, taille);
      expect(f.lignes, `morceaux de ${taille} octets`).toEqual(entier.lignes);
      expect(f.delimiteur).toBe(';');
      expect(f.encodage).toBe('utf-8');
    }
  });

  it('reads Windows-1252 when any piece is not UTF-8', () => {
    const latin = Buffer.concat([Buffer.from('Id_Action;Id_Lieu\n1;a\n2;b\n3;'), Buffer.from([0xe9, 0x92]), Buffer.from('\n')]);
    const f = lire(new Uint8Array(latin), 6);
    expect(f.encodage).toBe('windows-1252');
    expect(f.lignes.map((l) => l.valeurs.id_lieu)).toEqual(['a', 'b', 'é’']);
  });

  it('still refuses a workbook', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('x\n'.repeat(50))]);
    expect(() => lire(xlsx, 10)).toThrow(/classeur/);
  });
});

describe('a sheet read from a file a range at a time', () => {
  /** Bytes given back one range at a time, each a fresh copy, as sourceDossier's `ouvrir` does. */
  const fichier = (octets: Uint8Array): OctetsFichier => ({ longueur: octets.length, lire: (debut, fin) => octets.slice(debut, fin) });

  it('gives the same rows, line numbers and encoding as the bytes held whole', () => {
    const octets = new TextEncoder().encode(TEXTE);
    for (const taille of [1, 8, 20, 40, 1000]) {
      const f = lireFeuille('Liaison Lieux', 'Liaison Lieux.csv', fichier(octets), new Rapport(), undefined, taille);
      expect(f.lignes, `morceaux de ${taille} octets`).toEqual(lire(octets, taille).lignes);
      expect(f.encodage).toBe('utf-8');
    }
  });

  it('reads Windows-1252 and a BOM the same way', () => {
    const latin = new Uint8Array(Buffer.concat([Buffer.from('Id_Action;Id_Lieu\n1;a\n2;b\n3;'), Buffer.from([0xe9, 0x92]), Buffer.from('\n')]));
    const f = lireFeuille('Liaison Lieux', 'x.csv', fichier(latin), new Rapport(), undefined, 6);
    expect(f.encodage).toBe('windows-1252');
    expect(f.lignes.map((l) => l.valeurs.id_lieu)).toEqual(['a', 'b', 'é’']);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXTE)]);
    const g = lireFeuille('Liaison Lieux', 'x.csv', fichier(bom), new Rapport(), undefined, 8);
    expect(g.encodage).toBe('utf-8-bom');
    expect(g.lignes).toEqual(lire(new TextEncoder().encode(TEXTE)).lignes);
  });
});
