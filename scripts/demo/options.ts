import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Delimiteur, Encodage } from './csv-writer.ts';

export interface OptionsDemo {
  out: string; // output folder
  count: number; // number of fiches (rows of Actions.csv)
  seed: number; // same seed + count → byte-identical files
  encoding: Encodage; // 'utf-8' or 'windows-1252'
  delimiter: Delimiteur; // ';', ',' or '\t'
  bom: boolean; // UTF-8 byte order mark
  quiet: boolean; // no summary on stdout
  /** Worker threads for the fiches; undefined = automatic (none below 50,000 fiches). Same bytes either way. */
  workers?: number;
}

const RACINE = fileURLToPath(new URL('../..', import.meta.url));

export const OPTIONS_PAR_DEFAUT: OptionsDemo = {
  out: resolve(RACINE, 'data/demo'), // where `npm run build:data` reads by default
  count: 11_784, // the size of the real platform export
  seed: 2014, // the year of the ATLAAS classification
  encoding: 'utf-8', // what the platform writes; 'windows-1252' is what French Excel writes
  delimiter: ';', // French Excel
  bom: false,
  quiet: false,
};

export const AIDE = `Usage : npm run demo -- [options]

Écrit un export de démonstration déterministe (7 feuilles + Labels.csv).

  --out <dossier>          dossier de sortie (défaut : data/demo)
  --count <n>              nombre de fiches (défaut : 11784)
  --seed <n>               graine (défaut : 2014) ; même graine + même nombre → mêmes octets
  --encoding <nom>         utf-8 (défaut) ou windows-1252
  --delimiter <d>          ; (défaut), , ou tab
  --bom                    écrit un BOM UTF-8
  --workers <n>            threads de génération (défaut : auto, aucun sous 50 000 fiches)
  --quiet                  pas de résumé
  -h, --help               cette aide
`;

function entier(nom: string, valeur: string | undefined, min: number): number {
  const n = Number(valeur);
  if (valeur === undefined || !Number.isInteger(n) || n < min) throw new Error(`--${nom} attend un entier ≥ ${min} (reçu : ${valeur ?? 'rien'})`);
  return n;
}

export function parseOptions(argv: readonly string[]): Partial<OptionsDemo> & { help?: boolean } {
  const o: Partial<OptionsDemo> & { help?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const [cle, enLigne] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const valeur = () => enLigne ?? argv[++i];
    switch (cle) {
      case '--out':
        o.out = resolve(valeur() ?? '');
        break;
      case '--count':
        o.count = entier('count', valeur(), 1);
        break;
      case '--seed':
        o.seed = entier('seed', valeur(), 0);
        break;
      case '--encoding': {
        const v = (valeur() ?? '').toLowerCase().replace(/^cp/, 'windows-');
        if (v === 'utf-8' || v === 'utf8') o.encoding = 'utf-8';
        else if (v === 'windows-1252' || v === 'latin1') o.encoding = 'windows-1252';
        else throw new Error(`--encoding : utf-8 ou windows-1252 (reçu : ${v})`);
        break;
      }
      case '--delimiter': {
        const v = valeur();
        if (v === ';' || v === ',') o.delimiter = v;
        else if (v === 'tab' || v === '\t' || v === '\\t') o.delimiter = '\t';
        else throw new Error(`--delimiter : ; , ou tab (reçu : ${v})`);
        break;
      }
      case '--workers':
        o.workers = entier('workers', valeur(), 0);
        break;
      case '--bom':
        o.bom = true;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      default:
        throw new Error(`Option inconnue : ${argv[i]}`);
    }
  }
  return o;
}
