/**
 * Counts of the deliberate quirks written into the demo export, by stable code
 * (`<feuille>.<quirk>`), so that the summary and the tests can say what the build must repair.
 */
export class Anomalies {
  private readonly comptes = new Map<string, number>();

  add(code: string, n = 1): void {
    this.comptes.set(code, (this.comptes.get(code) ?? 0) + n);
  }

  get(code: string): number {
    return this.comptes.get(code) ?? 0;
  }

  /** Sorted by code, for a stable summary. */
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.comptes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

/** `1004` for `01004`: what a spreadsheet does to a code read as a number. */
export function sansZeroInitial(code: string): string {
  return code.replace(/^0+(?=\d)/, '');
}

/** `15291.0`: an id that went through a float column. */
export function enFlottant(id: string): string {
  return id + '.0';
}

/** Days since 1899-12-30, as Excel stores dates (`41710` for 2014-03-12). */
export function numeroSerieExcel(annee: number, mois: number, jour: number): number {
  return Math.round((Date.UTC(annee, mois - 1, jour) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Adds counts received from a worker. */
export function fusionner(cible: Anomalies, comptes: Readonly<Record<string, number>>): void {
  for (const [code, n] of Object.entries(comptes)) cible.add(code, n);
}
