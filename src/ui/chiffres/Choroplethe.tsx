/**
 * Counts of the selection by region or department on a map of France (overseas in insets), as
 * a number of fiches or per 100 000 inhabitants; the same numbers as a table.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AtlasMeta, CompteurFacette } from '../../core/atlas-data.ts';
import { formatNombre } from '../format.ts';
import { classesQuantiles, COULEUR_ZERO, couleurDe } from './classes.ts';
import { FigureChiffres, type LigneTableau } from './FigureChiffres.tsx';
import { chargerFond } from './fonds.ts';
import { fondCarte, type FondCarte } from './projection.ts';

export type Niveau = 'regions' | 'departements';
export type Mesure = 'nombre' | 'taux';

const taux1 = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ENCRE = '#1b1f24';

export function populations(m: Pick<AtlasMeta, 'departements'>, niveau: Niveau): Map<string, number> {
  const p = new Map<string, number>();
  for (const d of m.departements) {
    const cle = niveau === 'regions' ? d.region : d.code;
    p.set(cle, (p.get(cle) ?? 0) + (d.population || 0));
  }
  return p;
}

export function Choroplethe({ meta, regions, departements, nomPng }: { meta: AtlasMeta; regions: CompteurFacette; departements: CompteurFacette; nomPng: (quoi: string) => string }) {
  const [niveau, setNiveau] = useState<Niveau>('departements');
  const [mesure, setMesure] = useState<Mesure>('nombre');
  const [fond, setFond] = useState<{ niveau: Niveau; fond: FondCarte } | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);

  useEffect(() => {
    let actif = true;
    setErreur(null);
    chargerFond(niveau)
      .then((f) => actif && setFond({ niveau, fond: fondCarte(f, niveau) }))
      .catch((e: unknown) => actif && setErreur(e instanceof Error ? e.message : String(e)));
    return () => {
      actif = false;
    };
  }, [niveau]);

  const comptes = niveau === 'regions' ? regions : departements;
  const zonesMeta = niveau === 'regions' ? meta.regions : meta.departements;
  const pop = useMemo(() => populations(meta, niveau), [meta, niveau]);
  const valeur = (code: string): number | null => {
    const n = comptes[code] ?? 0;
    if (mesure === 'nombre') return n;
    const p = pop.get(code);
    return p ? (n / p) * 100_000 : null;
  };
  const valeurs = zonesMeta.map((z) => valeur(z.code)).filter((v): v is number => v !== null);
  const classes = classesQuantiles(valeurs);
  const format = (v: number | null) => (v === null ? '—' : mesure === 'nombre' ? formatNombre(v) : taux1.format(v));
  const unite = mesure === 'nombre' ? 'initiatives' : 'initiatives pour 100 000 habitants';
  const titre = `Initiatives par ${niveau === 'regions' ? 'région' : 'département'}${mesure === 'taux' ? ', pour 100 000 habitants' : ''}`;

  const lignes: LigneTableau[] = zonesMeta
    .map((z) => ({ z, v: valeur(z.code) }))
    .sort((a, b) => (b.v ?? -1) - (a.v ?? -1) || a.z.code.localeCompare(b.z.code))
    .map(({ z }) => {
      const n = comptes[z.code] ?? 0;
      const p = pop.get(z.code);
      return { cle: z.code, libelle: `${z.nom} (${z.code})`, valeurs: [formatNombre(n), p ? formatNombre(p) : '—', p ? taux1.format((n / p) * 100_000) : '—'] };
    });

  const nom = new Map(zonesMeta.map((z) => [z.code, z.nom]));
  const outils = (
    <>
      <label class="figure-chiffres__choix">
        <span class="visuellement-cache">Découpage</span>
        <select value={niveau} onChange={(e) => setNiveau((e.target as HTMLSelectElement).value as Niveau)}>
          <option value="departements">Départements</option>
          <option value="regions">Régions</option>
        </select>
      </label>
      <label class="figure-chiffres__choix">
        <span class="visuellement-cache">Mesure</span>
        <select value={mesure} onChange={(e) => setMesure((e.target as HTMLSelectElement).value as Mesure)}>
          <option value="nombre">Nombre d’initiatives</option>
          <option value="taux">Pour 100 000 habitants</option>
        </select>
      </label>
    </>
  );
  const f = fond && fond.niveau === niveau ? fond.fond : null;
  const hauteurLegende = 34;
  return (
    <FigureChiffres
      id="chiffres-carte"
      titre={titre}
      colonnes={[niveau === 'regions' ? 'Région' : 'Département', 'Initiatives', 'Population', 'Pour 100 000 hab.']}
      lignes={lignes}
      nomPng={nomPng(`carte-${niveau}${mesure === 'taux' ? '-pour-100000-habitants' : ''}`)}
      outils={outils}
    >
      {erreur ? (
        <p class="chiffres__erreur" role="alert">
          {erreur}
        </p>
      ) : !f ? (
        <div class="chiffres__attente squelette" aria-hidden="true" />
      ) : (
        <svg class="graphique graphique--carte" viewBox={`0 0 ${f.largeur} ${f.hauteur + hauteurLegende}`} role="img" aria-label={`${titre}. Le tableau donne les valeurs.`} font-family="system-ui, sans-serif">
          <rect x="0" y="0" width={f.largeur} height={f.hauteur + hauteurLegende} fill="#ffffff" />
          {f.encarts.map((e) => (
            <g key={e.nom}>
              <rect x={e.x} y={e.y} width={e.largeur} height={e.hauteur} fill="none" stroke="#b9c0c8" stroke-width="0.8" rx="3" />
              <text x={e.x + 5} y={e.y + 12} font-size="10" fill="#4f5864">
                {e.nom}
              </text>
            </g>
          ))}
          {f.zones.map((z) => {
            const v = valeur(z.code);
            return (
              <path key={z.code} d={z.d} fill={couleurDe(v, classes)} stroke="#5f6874" stroke-width={niveau === 'regions' ? 0.8 : 0.45} stroke-linejoin="round">
                <title>{`${nom.get(z.code) ?? z.nom} : ${format(v)} ${unite}`}</title>
              </path>
            );
          })}
          <Legende x={8} y={f.hauteur + 6} bornes={classes.bornes} couleurs={classes.couleurs} format={format} />
        </svg>
      )}
    </FigureChiffres>
  );
}

function Legende({ x, y, bornes, couleurs, format }: { x: number; y: number; bornes: number[]; couleurs: string[]; format: (v: number) => string }) {
  const cases = [{ couleur: COULEUR_ZERO, texte: '0' }, ...bornes.map((b, k) => ({ couleur: couleurs[k], texte: `${k === 0 ? '≤ ' : ''}${format(b)}` }))];
  const largeur = 86;
  return (
    <g>
      {cases.map((c, k) => (
        <g key={k}>
          <rect x={x + k * largeur} y={y} width="18" height="14" fill={c.couleur} stroke="#5f6874" stroke-width="0.6" />
          <text x={x + k * largeur + 23} y={y + 11} font-size="11" fill={ENCRE}>
            {k > 1 ? `≤ ${c.texte}` : c.texte}
          </text>
        </g>
      ))}
    </g>
  );
}
