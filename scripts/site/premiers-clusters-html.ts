/**
 * Writes the atlas's first clusters into the site's index.html (src/map/premiere-vue.ts,
 * ID_PREMIERS_CLUSTERS): the early view (src/vue-immediate.ts) draws them without waiting for
 * atlas.json. Done once the data is built, since index.html comes from the app's build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasMeta } from '../../src/core/atlas-data.ts';
import { ID_PREMIERS_CLUSTERS, type PremiersClustersEnLigne } from '../../src/map/premiere-vue.ts';

const ELEMENT = new RegExp(`<script type="application/json" id="${ID_PREMIERS_CLUSTERS}">[\\s\\S]*?</script>\\n?`);

/**
 * index.html with the clusters of this atlas in a JSON script element at the start of the body
 * (before the early view's script), in place of any earlier one. None for an atlas drawn from
 * precomputed tiles, or without first clusters.
 */
export function avecPremiersClusters(html: string, meta: Pick<AtlasMeta, 'genere' | 'premiersClusters' | 'carte'>): string {
  const sans = html.replace(ELEMENT, '');
  if (!meta.premiersClusters || meta.carte?.mode === 'tuiles-vectorielles') return sans;
  const donnees: PremiersClustersEnLigne = { genere: meta.genere, premiersClusters: meta.premiersClusters };
  // `<` escaped: nothing in the JSON can close the element.
  const json = JSON.stringify(donnees).replace(/</g, '\\u003c');
  const corps = /<body[^>]*>/.exec(sans);
  if (!corps) throw new Error("index.html n'a pas de <body> où écrire les premiers clusters");
  const apres = corps.index + corps[0].length;
  return `${sans.slice(0, apres)}<script type="application/json" id="${ID_PREMIERS_CLUSTERS}">${json}</script>\n${sans.slice(apres)}`;
}

/** Rewrites <site>/index.html with <data>/atlas.json's first clusters. */
export function ecrirePremiersClusters(site: string, data = join(site, 'data')): void {
  const page = join(site, 'index.html');
  const meta = JSON.parse(readFileSync(join(data, 'atlas.json'), 'utf8')) as AtlasMeta;
  writeFileSync(page, avecPremiersClusters(readFileSync(page, 'utf8'), meta));
}
