/**
 * Runs one atlas build in its own process and prints its duration and peak memory as JSON (stdout,
 * last line). Stage durations also go to stderr as each stage ends (`timings`), for builds that fail.
 */
import { buildAtlas } from '../scripts/build-atlas.ts';

const [input, out] = process.argv.slice(2);
const debut = performance.now();
const { rapport } = await buildAtlas({ input, out, quiet: true, timings: true });
const secondes = (performance.now() - debut) / 1000;
console.log(
  JSON.stringify({
    secondes,
    picMio: process.resourceUsage().maxRSS / 1024,
    tasFinMio: process.memoryUsage().heapUsed / 2 ** 20,
    fiches: rapport.fiches.gardees,
    etapes: rapport.etapes,
  }),
);
