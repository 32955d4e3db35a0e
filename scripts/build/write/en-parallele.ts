/**
 * Runs `tache(k)` for k = 0 … n-1, at most `largeur` at a time, in order of k. Thousands of files
 * are written this way without thousands of pending writes, each holding its JSON string.
 */
export async function enParallele(n: number, largeur: number, tache: (k: number) => Promise<void>): Promise<void> {
  let suivant = 0;
  const ouvrier = async () => {
    while (suivant < n) await tache(suivant++);
  };
  await Promise.all(Array.from({ length: Math.min(largeur, n) }, ouvrier));
}
