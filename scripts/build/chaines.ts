/**
 * A copy of a string that holds no bigger one: papaparse's cells of 13 characters or more are V8
 * slices of the whole decoded piece (up to 256 MB of UTF-16), and a message built around a cell
 * points to it too; one such string kept would keep the whole piece alive for the whole build.
 * A text of Latin-1 characters is copied through Latin-1 bytes, so that the copy is one-byte (a
 * slice of a two-byte piece stays two-byte otherwise); any other is flattened out of a
 * concatenation. A slice of 12 characters or less is already a copy.
 */
const HORS_LATIN1 = /[^\x00-\xff]/;
export const detacher = (texte: string): string =>
  texte.length < 13 ? texte : HORS_LATIN1.test(texte) ? (' ' + texte).slice(1) : Buffer.from(texte, 'latin1').toString('latin1');
