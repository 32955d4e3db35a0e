/**
 * The long texts of the fiches (synthèse, actions, résultats, recommandations) as UTF-8 bytes,
 * out of the JS heap: as V8 strings they are UTF-16 (the export's `’` makes them two-byte),
 * about 1.9 GB at a million fiches, against 1 GB of UTF-8. The writers decode one fiche's
 * texts when they need them; the search reads them joined as its `texte` field.
 */
import type { Fiche } from '../../src/core/modele.ts';

export const CHAMPS_LONGS = ['synthese', 'actions', 'resultats', 'recommandations'] as const;
export type ChampLong = (typeof CHAMPS_LONGS)[number];
export type TextesFiche = Record<ChampLong, string>;

/** Bytes per block: the texts of tens of thousands of fiches, few allocations. */
const TAILLE_BLOC = 32 * 2 ** 20;
/** Per fiche: block, first byte, end byte, and the lengths (UTF-16 units) of the first three texts. */
const CASES = 6;
const SAUT = 0x0a;

export class TextesLongs {
  private readonly blocs: Buffer[] = [];
  private rempli = 0;
  private positions = new Int32Array(CASES * 1024);
  /** Number of fiches stored: their numbers run from 0. */
  nombre = 0;

  /** Bytes held, for measures. */
  get octets(): number {
    return this.blocs.reduce((n, b) => n + b.length, 0);
  }

  private bloc(maximum: number): Buffer {
    const dernier = this.blocs.at(-1);
    if (dernier && this.rempli + maximum <= dernier.length) return dernier;
    this.blocs.push(Buffer.allocUnsafeSlow(Math.max(TAILLE_BLOC, maximum)));
    this.rempli = 0;
    return this.blocs.at(-1)!;
  }

  /** Stores the texts; returns their number (0, 1, 2… in the order stored). */
  ranger(textes: TextesFiche): number {
    const [a, b, c, d] = CHAMPS_LONGS.map((champ) => textes[champ]);
    // A UTF-16 unit never takes more than 3 bytes of UTF-8.
    const bloc = this.bloc(3 * (a.length + b.length + c.length + d.length) + 3);
    const debut = this.rempli;
    let fin = debut + bloc.write(a, debut);
    bloc[fin++] = SAUT;
    fin += bloc.write(b, fin);
    bloc[fin++] = SAUT;
    fin += bloc.write(c, fin);
    bloc[fin++] = SAUT;
    fin += bloc.write(d, fin);
    this.rempli = fin;
    const k = this.nombre++;
    if (this.positions.length < CASES * this.nombre) {
      const plus = new Int32Array(this.positions.length * 2);
      plus.set(this.positions);
      this.positions = plus;
    }
    this.positions.set([this.blocs.length - 1, debut, fin, a.length, b.length, c.length], CASES * k);
    return k;
  }

  /** The four texts of fiche `k` joined by line breaks: what the search indexes as `texte`. */
  texte(k: number): string {
    const p = CASES * k;
    return this.blocs[this.positions[p]].toString('utf8', this.positions[p + 1], this.positions[p + 2]);
  }

  lire(k: number): TextesFiche {
    const texte = this.texte(k);
    const p = CASES * k;
    const fa = this.positions[p + 3];
    const fb = fa + 1 + this.positions[p + 4];
    const fc = fb + 1 + this.positions[p + 5];
    return { synthese: texte.slice(0, fa), actions: texte.slice(fa + 1, fb), resultats: texte.slice(fb + 1, fc), recommandations: texte.slice(fc + 1) };
  }

  /** Moves the fiche's long texts here, leaving them '' in the fiche; returns their number. */
  deplacer(fiche: Fiche): number {
    const k = this.ranger(fiche);
    for (const champ of CHAMPS_LONGS) fiche[champ] = '';
    return k;
  }
}
