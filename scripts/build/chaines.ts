/**
 * A copy of a string that holds no bigger one: papaparse's cells of 13 characters or more are V8
 * slices of the whole decoded piece (up to 256 MB of UTF-16), and a message built around a cell
 * points to it too; one such string kept would keep the whole piece alive for the whole build.
 * V8 flattens the concatenation into a string of its own (a slice of 12 characters or less is
 * already a copy).
 */
export const detacher = (texte: string): string => (texte.length < 13 ? texte : (' ' + texte).slice(1));
