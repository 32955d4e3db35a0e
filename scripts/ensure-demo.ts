import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Generates the demo export when it is absent (data/demo is not committed). */
export async function ensureDemo(dossier: string): Promise<void> {
  if (existsSync(join(dossier, 'Actions.csv'))) return;
  console.error(`Export de démonstration absent : génération dans ${dossier}…`);
  const { generateDemo } = await import('./demo/generate-demo.ts');
  await generateDemo({ out: dossier });
}
