/**
 * The long texts of the fiches (synthèse, actions, résultats, recommandations) as UTF-8 bytes,
 * out of the JS heap: as V8 strings they are UTF-16 (the export's `’` makes them two-byte),
 * about 1.9 GB at a million fiches, against 1 GB of UTF-8. The writers decode one fiche's
 * texts when they need them; the search reads them joined as its `texte` field.
 */
import type { Fiche } from '../../src/core/modele.ts';
import { MagasinUtf8 } from './magasin-utf8.ts';

export const CHAMPS_LONGS = ['synthese', 'actions', 'resultats', 'recommandations'] as const;
export type ChampLong = (typeof CHAMPS_LONGS)[number];
export type TextesFiche = Record<ChampLong, string>;

/** The store, four parts per fiche: shared with the search's worker thread (write/recherche-parallele.ts). */
export class TextesLongs {
  readonly magasin: MagasinUtf8;

  constructor(magasin = new MagasinUtf8(CHAMPS_LONGS.length)) {
    this.magasin = magasin;
  }

  /** Number of fiches stored: their numbers run from 0. */
  get nombre(): number {
    return this.magasin.nombre;
  }

  /** Bytes held, for measures. */
  get octets(): number {
    return this.magasin.octets;
  }

  /** Stores the texts; returns their number (0, 1, 2… in the order stored). */
  ranger(textes: TextesFiche): number {
    return this.magasin.ranger(CHAMPS_LONGS.map((champ) => textes[champ]));
  }

  /** The four texts of fiche `k` joined by line breaks: what the search indexes as `texte`. */
  texte(k: number): string {
    return this.magasin.joint(k);
  }

  /** One text of fiche `k` as UTF-8 bytes: a view into the store, for the byte writers. */
  utf8(k: number, champ: ChampLong): Buffer {
    return this.magasin.partie(k, CHAMPS_LONGS.indexOf(champ));
  }

  lire(k: number): TextesFiche {
    const [synthese, actions, resultats, recommandations] = this.magasin.lire(k);
    return { synthese, actions, resultats, recommandations };
  }

  /** Moves the fiche's long texts here, leaving them '' in the fiche; returns their number. */
  deplacer(fiche: Fiche): number {
    const k = this.ranger(fiche);
    for (const champ of CHAMPS_LONGS) fiche[champ] = '';
    return k;
  }
}
