import cliProgress from 'cli-progress';

/** A progress bar on a terminal, nothing when stdout is a pipe or a CI log. */
export function barreProgression(active: boolean) {
  const tty = active && process.stderr.isTTY === true;
  if (!tty) return { lecture: undefined, stop: () => {} };
  const barre = new cliProgress.SingleBar(
    { format: '  {feuille} |{bar}| {percentage}%', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let feuilleCourante = '';
  return {
    lecture: (feuille: string, fait: number, total: number) => {
      if (feuille !== feuilleCourante) {
        if (feuilleCourante) barre.stop();
        feuilleCourante = feuille;
        barre.start(Math.max(1, total), fait, { feuille: feuille.padEnd(18) });
      } else {
        barre.update(fait);
      }
    },
    stop: () => {
      if (feuilleCourante) barre.stop();
    },
  };
}
