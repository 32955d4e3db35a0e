/**
 * Content-hashed names for the big, immutable data files, so that deployments can cache them
 * forever (`Cache-Control: immutable`) while atlas.json, which names them, stays short-cached.
 *
 *   points.bin            → points.<empreinte>.bin
 *   tuiles/ (a folder)    → tuiles/<empreinte>/…, the empreinte of every file in it
 *
 * The empreinte is the first LONGUEUR_EMPREINTE hex digits of the SHA-256 of the bytes written:
 * the same content always gets the same name, any change gets a new one.
 */
import { createHash, type Hash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export const LONGUEUR_EMPREINTE = 10;
const MOTIF_EMPREINTE = `[0-9a-f]{${LONGUEUR_EMPREINTE}}`;

export const empreinteDe = (hash: Hash): string => hash.digest('hex').slice(0, LONGUEUR_EMPREINTE);

export function empreinte(data: string | Uint8Array): string {
  return empreinteDe(createHash('sha256').update(data));
}

/** `points.bin` + empreinte → `points.<empreinte>.bin` (the extension stays last for MIME types). */
export function nomAvecEmpreinte(nom: string, e: string): string {
  const point = nom.lastIndexOf('.');
  return point <= 0 ? `${nom}.${e}` : `${nom.slice(0, point)}.${e}${nom.slice(point)}`;
}

/** Whether `fichier` is `nom` with an empreinte: what a previous build left and this one replaces. */
export function estVersionDe(fichier: string, nom: string): boolean {
  const point = nom.lastIndexOf('.');
  const [base, ext] = point <= 0 ? [nom, ''] : [nom.slice(0, point), nom.slice(point)];
  return new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.${MOTIF_EMPREINTE}${ext.replace('.', '\\.')}$`).test(fichier);
}

/** Removes what earlier builds left under `nom`: its versions with an empreinte, and the plain name. */
export async function retirerVersions(out: string, nom: string, sauf = ''): Promise<void> {
  for (const f of await readdir(out)) if (f !== sauf && (f === nom || estVersionDe(f, nom))) await rm(join(out, f), { force: true });
}

/** Writes `data` as `<out>/<nom with empreinte>` and returns that name; older versions are removed. */
export async function ecrireAvecEmpreinte(out: string, nom: string, data: string | Uint8Array): Promise<string> {
  const final = nomAvecEmpreinte(nom, empreinte(data));
  await retirerVersions(out, nom, final);
  await writeFile(join(out, final), data);
  return final;
}

/** The same for a file given in parts (too big for one buffer), written one after the other. */
export async function ecrireFluxAvecEmpreinte(out: string, nom: string, parties: readonly Uint8Array[]): Promise<string> {
  const hash = createHash('sha256');
  for (const p of parties) hash.update(p);
  const final = nomAvecEmpreinte(nom, empreinteDe(hash));
  await retirerVersions(out, nom, final);
  const fichier = await open(join(out, final), 'w');
  try {
    for (const p of parties) {
      for (let fait = 0; fait < p.length; ) fait += (await fichier.write(p, fait, p.length - fait)).bytesWritten;
    }
  } finally {
    await fichier.close();
  }
  return final;
}

/**
 * A folder of files whose name is the empreinte of all of them: files are written into
 * `<racine>/.en-cours/`, then `fermer()` renames it `<racine>/<empreinte>` and returns
 * `<nom de racine>/<empreinte>`. The empreinte does not depend on the order of the writes.
 */
export class DossierAvecEmpreinte {
  private readonly empreintes = new Map<string, string>();
  readonly chemin: string;
  private dossiers = new Set<string>();

  constructor(
    private readonly out: string,
    private readonly nom: string,
  ) {
    this.chemin = join(out, nom, '.en-cours');
  }

  async ouvrir(): Promise<void> {
    await rm(join(this.out, this.nom), { recursive: true, force: true });
    await mkdir(this.chemin, { recursive: true });
  }

  /** Writes one file, `relatif` being its path inside the folder (`8/130/90.json`). */
  async ecrire(relatif: string, data: string | Uint8Array): Promise<void> {
    const dossier = dirname(relatif);
    if (dossier !== '.' && !this.dossiers.has(dossier)) {
      await mkdir(join(this.chemin, dossier), { recursive: true });
      this.dossiers.add(dossier);
    }
    this.empreintes.set(relatif, empreinte(data));
    await writeFile(join(this.chemin, relatif), data);
  }

  /**
   * ecrire() at once. The build writes its thousands of small files this way: a string awaiting
   * an asynchronous write outlives the young generation and is promoted, and every major
   * collection then walks the whole assembled atlas (a write to the page cache takes less).
   */
  ecrireSync(relatif: string, data: string | Uint8Array): void {
    const dossier = dirname(relatif);
    if (dossier !== '.' && !this.dossiers.has(dossier)) {
      mkdirSync(join(this.chemin, dossier), { recursive: true });
      this.dossiers.add(dossier);
    }
    this.empreintes.set(relatif, empreinte(data));
    writeFileSync(join(this.chemin, relatif), data);
  }

  async fermer(): Promise<string> {
    const hash = createHash('sha256');
    for (const relatif of [...this.empreintes.keys()].sort()) hash.update(`${relatif}\0${this.empreintes.get(relatif)}\n`);
    const e = empreinteDe(hash);
    await rename(this.chemin, join(this.out, this.nom, e));
    return `${this.nom}/${e}`;
  }
}
