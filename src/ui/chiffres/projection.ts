/**
 * Outlines of the regions or departments as SVG paths: metropolitan France in a plain
 * equirectangular projection (longitudes shrunk by cos 46.5°, fine at this scale), and each of the
 * five overseas departments in an inset of its own, stacked in a column on the left.
 */
export interface FeatureContour {
  properties: { code: string; nom: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
}

export interface Zone {
  code: string;
  nom: string;
  d: string;
}

export interface Encart {
  x: number;
  y: number;
  largeur: number;
  hauteur: number;
  nom: string;
}

export interface FondCarte {
  largeur: number;
  hauteur: number;
  zones: Zone[];
  encarts: Encart[];
}

/** Overseas departments and their regions, top to bottom in the inset column. */
const OUTRE_MER: { departement: string; region: string; nom: string }[] = [
  { departement: '971', region: '01', nom: 'Guadeloupe' },
  { departement: '972', region: '02', nom: 'Martinique' },
  { departement: '973', region: '03', nom: 'Guyane' },
  { departement: '974', region: '04', nom: 'La Réunion' },
  { departement: '976', region: '06', nom: 'Mayotte' },
];

const COS = Math.cos((46.5 * Math.PI) / 180);
const LARGEUR = 600;
const HAUTEUR = 560;
const COLONNE = 96;
const MARGE = 6;

type Anneaux = number[][][];

function anneaux(f: FeatureContour): Anneaux {
  const g = f.geometry;
  if (!g) return [];
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function bornes(listes: Anneaux[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of listes)
    for (const anneau of a)
      for (const [lng, lat] of anneau) {
        const x = lng * COS;
        const y = -lat;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return [x0, y0, x1, y1];
}

/** The rings as a path, fitted into the box [bx, by, bw, bh] keeping proportions, centred. */
function chemin(a: Anneaux, b: [number, number, number, number], bx: number, by: number, bw: number, bh: number): string {
  const echelle = Math.min(bw / (b[2] - b[0] || 1), bh / (b[3] - b[1] || 1));
  const ox = bx + (bw - (b[2] - b[0]) * echelle) / 2;
  const oy = by + (bh - (b[3] - b[1]) * echelle) / 2;
  const parties: string[] = [];
  for (const anneau of a) {
    let prec = '';
    const points: string[] = [];
    for (const [lng, lat] of anneau) {
      const p = `${((lng * COS - b[0]) * echelle + ox).toFixed(1)},${((-lat - b[1]) * echelle + oy).toFixed(1)}`;
      if (p !== prec) points.push(p);
      prec = p;
    }
    if (points.length >= 3) parties.push('M' + points.join('L') + 'Z');
  }
  return parties.join('');
}

/** `niveau` says which code of OUTRE_MER matches the features' codes. */
export function fondCarte(features: readonly FeatureContour[], niveau: 'regions' | 'departements'): FondCarte {
  const codeOutreMer = new Map(OUTRE_MER.map((o) => [niveau === 'regions' ? o.region : o.departement, o]));
  const metropole = features.filter((f) => !codeOutreMer.has(f.properties.code));
  const b = bornes(metropole.map(anneaux));
  const zones: Zone[] = metropole.map((f) => ({
    code: f.properties.code,
    nom: f.properties.nom,
    d: chemin(anneaux(f), b, COLONNE + MARGE * 2, MARGE, LARGEUR - COLONNE - MARGE * 3, HAUTEUR - MARGE * 2),
  }));
  const encarts: Encart[] = [];
  const h = (HAUTEUR - MARGE) / OUTRE_MER.length;
  OUTRE_MER.forEach((o, k) => {
    const f = features.find((x) => x.properties.code === (niveau === 'regions' ? o.region : o.departement));
    const encart = { x: MARGE, y: MARGE + k * h, largeur: COLONNE, hauteur: h - MARGE, nom: o.nom };
    encarts.push(encart);
    if (!f) return;
    const a = anneaux(f);
    // Room at the top of the inset for its name.
    zones.push({ code: f.properties.code, nom: f.properties.nom, d: chemin(a, bornes([a]), encart.x + 6, encart.y + 18, encart.largeur - 12, encart.hauteur - 24) });
  });
  return { largeur: LARGEUR, hauteur: HAUTEUR, zones, encarts };
}
