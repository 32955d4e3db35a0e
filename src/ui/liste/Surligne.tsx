/**
 * A text with the words the search matched in <mark> (src/core/recherche-surlignage.ts): the
 * worker gives the folded words of the corpus it matched, typos and prefixes included, so the
 * highlight shows exactly why a fiche is in the result.
 */
import { surligner } from '../../core/recherche-surlignage.ts';

export function Surligne({ texte, termes }: { texte: string; termes: readonly string[] | null | undefined }) {
  if (!termes || termes.length === 0 || texte === '') return <>{texte}</>;
  return (
    <>
      {surligner(texte, termes).map((s, k) => (s.match ? <mark key={k}>{s.texte}</mark> : s.texte))}
    </>
  );
}
