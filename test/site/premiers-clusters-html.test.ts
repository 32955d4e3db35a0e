import { describe, expect, it } from 'vitest';
import { avecPremiersClusters } from '../../scripts/site/premiers-clusters-html.ts';
import { ID_PREMIERS_CLUSTERS } from '../../src/map/premiere-vue.ts';
import type { PremiersClusters } from '../../src/core/atlas-data.ts';

const PAGE = '<!doctype html><html><head></head><body class="x">\n<div id="app"></div>\n<script>vue()</script>\n</body></html>';
const premiers: PremiersClusters = { generation: 1, zoomMax: 6, zooms: [[[2.5, 47, { k: 'c', id: 1, n: 3, r: 0, d: 'd:3', t: '</script><b>3' }]]] } as unknown as PremiersClusters;
const lire = (html: string) => {
  const m = new RegExp(`<script type="application/json" id="${ID_PREMIERS_CLUSTERS}">([\\s\\S]*?)</script>`).exec(html);
  return m ? JSON.parse(m[1]) : null;
};

describe('the first clusters written into index.html', () => {
  it('puts them, with the build date, at the start of the body, before the early view script', () => {
    const html = avecPremiersClusters(PAGE, { genere: '2026-12-02T10:00:00Z', premiersClusters: premiers, carte: { mode: 'points', seuil: 200000 } });
    expect(lire(html)).toEqual({ genere: '2026-12-02T10:00:00Z', premiersClusters: premiers });
    expect(html.indexOf(ID_PREMIERS_CLUSTERS)).toBeGreaterThan(html.indexOf('<body class="x">'));
    expect(html.indexOf(ID_PREMIERS_CLUSTERS)).toBeLessThan(html.indexOf('vue()'));
  });

  it('escapes what could close the element', () => {
    const html = avecPremiersClusters(PAGE, { genere: 'g', premiersClusters: premiers, carte: { mode: 'points', seuil: 1 } });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(lire(html).premiersClusters.zooms[0][0][2].t).toBe('</script><b>3');
  });

  it('replaces those of an earlier build, and writes none for a tile atlas or without clusters', () => {
    const une = avecPremiersClusters(PAGE, { genere: 'a', premiersClusters: premiers, carte: { mode: 'points', seuil: 1 } });
    const deux = avecPremiersClusters(une, { genere: 'b', premiersClusters: premiers, carte: { mode: 'points', seuil: 1 } });
    expect(deux.split(ID_PREMIERS_CLUSTERS)).toHaveLength(2);
    expect(lire(deux).genere).toBe('b');
    expect(avecPremiersClusters(une, { genere: 'c', premiersClusters: premiers, carte: { mode: 'tuiles-vectorielles', seuil: 1 } as never })).toBe(PAGE);
    expect(avecPremiersClusters(une, { genere: 'c', carte: undefined })).toBe(PAGE);
  });
});
