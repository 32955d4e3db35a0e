/**
 * `npm run bench`: every benchmark, in one run. Prints the time of each phase and the figures as
 * tables, writes bench/results.json and appends a dated section to bench/RESULTS.md.
 * Benchmarks print numbers; they never fail on time.
 *
 *   BENCH_TAILLES=11784,100000,1000000   atlas sizes built (default; 1,000,000 left out with BENCH_RAPIDE=1)
 *   BENCH_RAPIDE=1                       quick run: no 1M build, 1 build run per size above 20k, 2 filter pairs per page
 *   BENCH_NAVIGATEUR=11784,100000        sizes measured in the browser ('' for none)
 *   BENCH_TOURS=5                        interleaved rounds in the browser (each variant once per round)
 *   BENCH_REPETITIONS=3                  all → ¼ → all pairs per page
 *   BENCH_INTERACTIONS=0                 skip the scripted search/facet interactions
 *   BENCH_APP=dist                       serve dist/ as built instead of building the working tree
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { RACINE } from '../scripts/build-atlas.ts';
import { benchMoteur, type MesureMoteur } from './cluster.bench.ts';
import { benchNavigateur, chronologieAtlas, tailleApp, type Chronologie, type ResultatNavigateur, type Variante } from './browser.bench.ts';
import { exportDemo, mesurerBuild, type MesureBuild } from './build.bench.ts';
import { fois, kio, ms, nombre, tailleGzip } from './mesures.ts';
import { construireApp, preparerSite, SORTIE, type SiteBench } from './site.ts';

const env = process.env;
const rapide = env.BENCH_RAPIDE === '1';
const tailles = (env.BENCH_TAILLES ?? '11784,100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0 && !(rapide && n > 200_000));
const taillesNavigateur = (env.BENCH_NAVIGATEUR ?? '11784,100000')
  .split(',')
  .filter((s) => s.trim() !== '')
  .map(Number)
  .filter((n) => tailles.includes(n));
const tours = Number(env.BENCH_TOURS ?? 5);
const repetitions = Number(env.BENCH_REPETITIONS ?? (rapide ? 2 : 3));
const avecInteractions = env.BENCH_INTERACTIONS !== '0';

function lire(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: RACINE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '?';
  }
}
const commit = lire('git', ['rev-parse', '--short', 'HEAD']);
const modifie = lire('git', ['status', '--porcelain']) !== '';
const cpu = `${cpus().length} × ${cpus()[0]?.model ?? '?'}`;
const machine = `${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${lire('/usr/bin/chromium', ['--version']).replace(/^Chromium\s*/, '')} (SwiftShader WebGL, no GPU)`;
const chargeDebut = loadavg()[0];

console.log(`Atlaas — benchmarks (${machine})`);
console.log(`commit ${commit}${modifie ? ' + working tree changes' : ''}, load average ${chargeDebut.toFixed(1)}, sizes ${tailles.join(', ')}${rapide ? ' (BENCH_RAPIDE)' : ''}\n`);

// --- time and heap of each phase of this run (supercluster's bench.js habit) ---
const phases: { nom: string; secondes: number; tasMio: number }[] = [];
async function phase<T>(nom: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const h0 = process.memoryUsage().heapUsed;
  console.log(`▶ ${nom}…`);
  const r = await f();
  const p = { nom, secondes: (performance.now() - t0) / 1000, tasMio: (process.memoryUsage().heapUsed - h0) / 2 ** 20 };
  phases.push(p);
  console.log(`  ${nom} : ${p.secondes.toFixed(1)} s, tas ${p.tasMio >= 0 ? '+' : ''}${p.tasMio.toFixed(0)} Mio`);
  return r;
}

// --- 1. atlas builds ---
const builds: Record<number, MesureBuild & { runs: number }> = {};
for (const n of tailles) {
  const input = await phase(`export de démonstration, ${nombre(n)} fiches`, () => exportDemo(n));
  const runs = n <= 20_000 ? 3 : n <= 200_000 && !rapide ? 3 : 1;
  // Above 200k the build gets 8 GiB of heap so that it is measured instead of stopped at V8's default limit.
  const tasMaxMio = n > 200_000 ? 8192 : undefined;
  const m = await phase(`build de l'atlas, ${nombre(n)} fiches (${runs} exécution${runs > 1 ? 's' : ''})`, () =>
    mesurerBuild(input, { runs, garder: join(SORTIE, `atlas-${n}`), tasMaxMio, delaiSecondes: 1800 }),
  );
  builds[n] = { ...m, runs };
  if (m.echec) console.log(`  échec : ${m.echec}`);
}

// --- 2. data sizes ---
const INITIALES = ['atlas.json', 'points.bin', 'collectivites.json'];
const donnees: Record<number, Record<string, { octets: number; gzip: number }>> = {};
for (const n of tailles) {
  const dossier = join(SORTIE, `atlas-${n}`);
  if (builds[n].echec || !existsSync(join(dossier, 'atlas.json'))) continue;
  const d: Record<string, { octets: number; gzip: number }> = {};
  // Files carry an empreinte in their names (points.<e>.bin): atlas.json names them.
  const { fichiers } = JSON.parse(readFileSync(join(dossier, 'atlas.json'), 'utf8')) as { fichiers: Record<string, string> };
  const nomReel: Record<string, string> = { 'atlas.json': 'atlas.json', 'points.bin': fichiers.points, 'collectivites.json': fichiers.collectivites };
  for (const f of INITIALES) d[f] = { octets: readFileSync(join(dossier, nomReel[f])).length, gzip: tailleGzip(join(dossier, nomReel[f])) };
  d.total = { octets: INITIALES.reduce((s, f) => s + d[f].octets, 0), gzip: INITIALES.reduce((s, f) => s + d[f].gzip, 0) };
  donnees[n] = d;
}

// --- 3. the worker's engine alone (Node), for the sizes measured in the browser ---
const moteur: MesureMoteur[] = [];
for (const n of taillesNavigateur)
  if (donnees[n]) moteur.push(await phase(`moteur du worker, ${nombre(n)} fiches`, () => benchMoteur(join(SORTIE, `atlas-${n}`))));

// --- 4. the front end and the sites ---
const app = await phase('build du front end (vite)', () => construireApp());
const js = tailleApp(app);
const somme = (sorte: string) => js.filter((f) => f.sorte === sorte).reduce((s, f) => ({ octets: s.octets + f.octets, gzip: s.gzip + f.gzip }), { octets: 0, gzip: 0 });
const sites: SiteBench[] = [];
for (const n of taillesNavigateur) if (donnees[n]) sites.push(preparerSite(n, join(SORTIE, `atlas-${n}`), app));

// --- 5. browser ---
const navigateur: ResultatNavigateur[] = sites.length
  ? await phase(`navigateur : ${sites.map((s) => nombre(s.n)).join(' et ')} fiches, ${tours} tours entrelacés × 3 pages`, () =>
      benchNavigateur(sites, { tours, repetitionsFiltre: repetitions, journal: (l) => console.log(l) }),
    )
  : [];

const chronologies: Chronologie[] = [];
for (const site of sites) {
  try {
    chronologies.push(await phase(`chronologie d'Atlaas, ${nombre(site.n)} fiches`, () => chronologieAtlas(site)));
  } catch (e) {
    console.log(`  chronologie : ${String(e)}`);
  }
}

// --- 6. search, facets, interactions (when their scripts exist) ---
const atlasReel = join(SORTIE, 'atlas-11784');
const autres: Record<string, unknown> = {};
for (const [nom, fichier, fonction] of [
  ['recherche', 'search.bench.ts', 'benchRecherche'],
  ['facettes', 'facettes.bench.ts', 'benchFacettes'],
] as const) {
  if (!existsSync(resolve(RACINE, 'bench', fichier))) {
    autres[nom] = { absent: `bench/${fichier}` };
    continue;
  }
  if (!existsSync(join(atlasReel, 'atlas.json'))) continue;
  try {
    const mod = (await import(`./${fichier}`)) as Record<string, (dossier: string) => unknown>;
    autres[nom] = await phase(`${nom} (bench/${fichier})`, () => mod[fonction](atlasReel));
  } catch (e) {
    autres[nom] = { erreur: e instanceof Error ? e.message : String(e) };
    console.log(`  ${nom} : ${String(e)}`);
  }
}
const site11784 = sites.find((s) => s.n === 11784);
if (avecInteractions && site11784) {
  try {
    const { benchInteractions } = await import('./interactions.bench.ts');
    autres.interactions = await phase('interactions scriptées (recherche, facettes)', () => benchInteractions(site11784));
  } catch (e) {
    autres.interactions = { erreur: e instanceof Error ? e.message : String(e) };
  }
}

// --- 7. tables ---
const md = (lignes: (string | number)[][]) => {
  const [tete, ...corps] = lignes.map((l) => l.map(String));
  return [`| ${tete.join(' | ')} |`, `|${tete.map((_, k) => (k === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...corps.map((l) => `| ${l.join(' | ')} |`)].join('\n');
};
const sections: string[] = [];

sections.push(
  '### Build de l’atlas\n\n' +
    md([
      ['fiches', 'exécutions', 'secondes', 'pic mémoire (Mio)', 'tas à la fin (Mio)', 'étapes (ms)'],
      ...tailles.map((n) => {
        const b = builds[n];
        const etapes = Object.entries(b.etapes)
          .map(([k, v]) => `${k} ${nombre(v)}`)
          .join(', ');
        return [
          nombre(n),
          b.runs,
          b.echec ? `échec après ${b.secondes.toFixed(1)}` : b.secondes.toFixed(1),
          Number.isFinite(b.picMio) ? b.picMio.toFixed(0) : '—',
          b.tasFinMio?.toFixed(0) ?? '—',
          (etapes || '—') + (b.echec ? ` — ${b.echec}` : ''),
        ];
      }),
    ]) +
    '\n\nCible : 1 000 000 fiches en < 3 min et < 4 Gio. Au-delà de 200 000 fiches le build reçoit `--max-old-space-size=8192`.',
);

sections.push(
  '### Taille des données initiales (gzip -6, Kio)\n\n' +
    md([
      ['fiches', ...INITIALES, 'total', 'brut total'],
      ...Object.entries(donnees).map(([n, d]) => [nombre(Number(n)), ...INITIALES.map((f) => kio(d[f].gzip)), kio(d.total.gzip), kio(d.total.octets)]),
    ]) +
    `\n\nFront end (index.html, gzip) : JS de l’app hors maplibre ${kio(somme('js-app').gzip)} Kio (${js
      .filter((f) => f.sorte === 'js-app')
      .map((f) => f.fichier)
      .join(', ')} ; le worker de l’atlas est chargé à part, voir les requêtes), maplibre ${kio(somme('js-maplibre').gzip)} Kio, CSS ${kio(somme('css').gzip)} Kio. Cibles : données < 400 Kio, JS hors maplibre < 80 Kio.`,
);

if (moteur.length) {
  const noms = Object.keys(moteur[0].phases);
  sections.push(
    '### Moteur du worker seul (src/worker/moteur.ts dans Node, médiane de 5, ms)\n\n' +
      md([
        ['fiches', ...noms, 'entités 1re vue'],
        ...moteur.map((m) => [nombre(m.n), ...noms.map((k) => ms(m.phases[k])), m.entites]),
      ]) +
      '\n\nLa part du calcul du worker dans un premier affichage (init + entites) ou un changement de filtre (filtrer + entites + liste).',
  );
}

const NOMS: Record<Variante, string> = { atlas: 'Atlaas', leaflet: 'Leaflet.markercluster', maplibre: 'MapLibre nu (cluster: true)' };
for (const r of navigateur) {
  const lignes: (string | number)[][] = [
    ['page', 'premiers clusters (ms)', 'filtre tout → ¼ (ms)', 'filtre ¼ → tout (ms)', 'liste ¼ / tout (ms)', 'tas JS (Mio)', 'pages (échecs)'],
  ];
  for (const v of ['atlas', 'leaflet', 'maplibre'] as const) {
    const s = r.resume[v];
    lignes.push([
      NOMS[v],
      ms(s.premiersClustersMs),
      ms(s.filtreQuartMs),
      ms(s.filtreToutMs),
      v === 'atlas' ? `${ms(s.listeQuartMs)} / ${ms(s.listeToutMs)}` : '',
      s.tasMio?.toFixed(1) ?? '—',
      `${s.pages} (${s.echecs})`,
    ]);
  }
  const ra = r.ratios;
  const charge = r.chargementAtlas.parSorte;
  const marques = (v: Variante) =>
    Object.entries(r.resume[v].marques)
      .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0))
      .map(([k, t]) => `${k} ${ms(t)}`)
      .join(', ');
  sections.push(
    `### Navigateur, ${nombre(r.n)} fiches (médianes de ${r.tours} tours entrelacés, ${r.repetitionsFiltre} paires de filtres par page)\n\n` +
      md(lignes) +
      `\n\nFiltre « ¼ » : axe ${r.quart.axe} (${r.quart.libelle}), ${nombre(r.quart.gardes)} des ${nombre(r.quart.places)} fiches placées.\n\n` +
      md([
        ['ratio (référence ÷ Atlaas, > 1 : Atlaas plus rapide)', 'premiers clusters', 'changement de filtre', 'cible'],
        ['Leaflet.markercluster', fois(ra.leaflet.firstClusters), fois(ra.leaflet.filterChange), '≥ 5× / ≥ 10×'],
        ['MapLibre nu', fois(ra.maplibre.firstClusters), fois(ra.maplibre.filterChange), ''],
      ]) +
      `\n\nJalons (performance.mark, ms depuis la navigation) — Atlaas : ${marques('atlas')} ; Leaflet : ${marques('leaflet')} ; MapLibre nu : ${marques('maplibre')}. ` +
      `Une image MapLibre sans changement de données : ${ms(r.resume.maplibre.imageMs)} ms (plancher du rendu SwiftShader ici).\n\n` +
      `Chargé par Atlaas avant les premiers clusters (gzip) :\n\n` +
      md([
        ['sorte', 'fichiers', 'brut (Kio)', 'gzip (Kio)'],
        ...Object.entries(charge).map(([s, t]) => [s, t.fichiers, kio(t.octets), kio(t.gzip)]),
      ]) +
      '\n\n<details><summary>Requêtes</summary>\n\n' +
      md([['début (ms)', 'chemin', 'brut (Kio)', 'gzip (Kio)'], ...r.chargementAtlas.requetes.map((q) => [q.debutMs, q.chemin || 'index.html', kio(q.octets), kio(q.gzip)])]) +
      '\n\n</details>',
  );
}

const ligne = (ev: { t: number; quoi: string }[]) => ev.map((e) => `${e.t} ${e.quoi}`).join(' · ');
for (const c of chronologies) {
  sections.push(
    `### Chronologie d'Atlaas, ${nombre(c.n)} fiches (une page ; → requête postée au worker de l'atlas, ← réponse reçue ; ms)\n\n` +
      `- chargement (depuis la navigation) : ${ligne(c.chargement)}\n` +
      `- filtre tout → ¼ (depuis le clic) : ${ligne(c.filtreQuart)}\n` +
      `- filtre ¼ → tout : ${ligne(c.filtreTout)}`,
  );
}

for (const [nom, valeur] of Object.entries(autres)) {
  sections.push(`### ${nom}\n\n\`\`\`json\n${JSON.stringify(valeur, null, 1).slice(0, 4000)}\n\`\`\``);
}

const date = new Date();
const entete = `## ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC — commit ${commit}${modifie ? ' (+ modifications non commitées)' : ''}\n\n${machine}. Charge moyenne au début : ${chargeDebut.toFixed(1)} (machine partagée : médianes, variantes entrelacées).${rapide ? ' BENCH_RAPIDE=1.' : ''}`;
const texte = [entete, ...sections].join('\n\n') + '\n';
console.log('\n' + texte);

// --- 8. results.json + RESULTS.md ---
const n0 = navigateur.find((r) => r.n === 11784) ?? navigateur[0];
const resultats = {
  date: date.toISOString(),
  commit,
  modifie,
  node: process.version,
  cpu,
  machine,
  charge: chargeDebut,
  options: { tailles, taillesNavigateur, tours, repetitions, rapide },
  ratios: n0
    ? {
        n: n0.n,
        firstClusters: n0.ratios.leaflet.firstClusters,
        filterChange: n0.ratios.leaflet.filterChange,
        maplibre: n0.ratios.maplibre,
      }
    : { firstClusters: null, filterChange: null },
  build: Object.fromEntries(
    tailles.map((n) => [
      n,
      { secondes: builds[n].secondes, picMio: Number.isFinite(builds[n].picMio) ? builds[n].picMio : null, tasFinMio: builds[n].tasFinMio ?? null, etapes: builds[n].etapes, runs: builds[n].runs, echec: builds[n].echec ?? null },
    ]),
  ),
  tailles: {
    app: { js: somme('js-app'), maplibre: somme('js-maplibre'), css: somme('css'), fichiers: js },
    donnees,
  },
  navigateur: Object.fromEntries(navigateur.map((r) => [r.n, r])),
  moteur: Object.fromEntries(moteur.map((m) => [m.n, m])),
  chronologies: Object.fromEntries(chronologies.map((c) => [c.n, c])),
  ...autres,
  phases,
};
writeFileSync(resolve(RACINE, 'bench/results.json'), JSON.stringify(resultats, null, 1) + '\n');
const fichierResultats = resolve(RACINE, 'bench/RESULTS.md');
if (!existsSync(fichierResultats)) {
  writeFileSync(
    fichierResultats,
    '# Résultats des benchmarks\n\nUne section par `npm run bench` (bench/run.ts), la plus récente en bas. Les chiffres bruts sont dans bench/results.json (dernière exécution seulement).\n\n',
  );
}
appendFileSync(fichierResultats, '\n' + texte);
console.log('Écrit : bench/results.json, bench/RESULTS.md');
