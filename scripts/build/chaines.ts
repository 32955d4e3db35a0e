/**
 * A copy of a string that holds no bigger one: papaparse's cells of 13 characters or more are V8
 * slices of the whole decoded piece (up to 256 MB of UTF-16), and a message built around a cell
 * points to it too; one such string kept would keep the whole piece alive for the whole build.
 * The copy goes through UTF-8, so that V8 makes it one-byte when it can (a slice of a two-byte
 * piece stays two-byte otherwise), with no slice header. The texts of an export are decoded
 * text: no lone surrogate, which UTF-8 would turn into U+FFFD. A slice of 12 characters or
 * less is already a copy.
 */
export const detacher = (texte: string): string => (texte.length < 13 ? texte : Buffer.from(texte, 'utf8').toString('utf8'));
