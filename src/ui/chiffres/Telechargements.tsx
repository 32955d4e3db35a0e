/**
 * Downloads of exactly the current selection (CSV for spreadsheets, GeoJSON of the open data's
 * Features), of the map view as an image, and of the whole open data.
 */
import { useState } from 'preact/hooks';
import { geojsonSelection } from '../../core/geojson-selection.ts';
import { urlDonnee } from '../../data/adresse.ts';
import { carteDisponible, filtres, meta } from '../../state/etat.ts';
import { IconeTelecharger } from '../icones.tsx';
import { libelles } from '../libelles.ts';
import { formatCompte } from '../format.ts';
import { csvSelection } from './csv-selection.ts';
import type { LigneChiffres } from './lignes.ts';
import { nomFichier } from './noms.ts';
import { carteEnPng } from './png.ts';
import { telecharger } from './telecharger.ts';

type Tache = 'csv' | 'geojson' | 'carte';

export function Telechargements({ lignes }: { lignes: readonly LigneChiffres[] | null }) {
  const [enCours, setEnCours] = useState<Tache | null>(null);
  const [message, setMessage] = useState<{ texte: string; erreur: boolean } | null>(null);
  const m = meta.value;
  if (!m) return null;
  const pretes = lignes !== null;

  const lancer = async (t: Tache, faire: () => Promise<string>) => {
    setEnCours(t);
    setMessage(null);
    try {
      setMessage({ texte: await faire(), erreur: false });
    } catch (e) {
      setMessage({ texte: e instanceof Error ? e.message : String(e), erreur: true });
    } finally {
      setEnCours(null);
    }
  };

  const csv = () =>
    lancer('csv', async () => {
      const l = lignes as readonly LigneChiffres[];
      const url = (id: string) => new URL(`?fiche=${encodeURIComponent(id)}`, location.href.split('?')[0]).href;
      const texte = csvSelection(l, { enjeux: libelles.value.enjeux, strates: libelles.value.strates }, url);
      telecharger(new Blob([texte], { type: 'text/csv;charset=utf-8' }), nomFichier('initiatives', filtres.value, 'csv'));
      return `${formatCompte(l.length, 'initiative')} dans le fichier CSV.`;
    });

  const geojson = () =>
    lancer('geojson', async () => {
      const l = lignes as readonly LigneChiffres[];
      const f = filtres.value;
      const r = await fetch(urlDonnee(m.fichiers.initiatives));
      if (!r.ok) throw new Error(`Les données ouvertes n’ont pas pu être chargées (HTTP ${r.status}).`);
      const ids = l.every((x) => x.id !== '') ? l.map((x) => x.id) : undefined;
      const texte = geojsonSelection(await r.text(), l.map((x) => x.i), m.total, ids);
      telecharger(new Blob([texte], { type: 'application/geo+json' }), nomFichier('initiatives', f, 'geojson'));
      return `${formatCompte(l.length, 'initiative')} dans le fichier GeoJSON.`;
    });

  const carte = () =>
    lancer('carte', async () => {
      telecharger(await carteEnPng(), nomFichier('carte', filtres.value, 'png'));
      return 'Image de la carte téléchargée.';
    });

  return (
    <section class="telechargements" aria-labelledby="telechargements-titre">
      <div class="telechargements__boutons">
        <h3 id="telechargements-titre" class="telechargements__titre">
          Télécharger la sélection
        </h3>
        <button type="button" class="bouton bouton--petit" onClick={() => void csv()} disabled={!pretes || enCours !== null} aria-busy={enCours === 'csv'} data-telecharger="csv">
          <IconeTelecharger /> {enCours === 'csv' ? 'Préparation…' : 'CSV'}
        </button>
        <button type="button" class="bouton bouton--petit" onClick={() => void geojson()} disabled={!pretes || enCours !== null} aria-busy={enCours === 'geojson'} data-telecharger="geojson">
          <IconeTelecharger /> {enCours === 'geojson' ? 'Préparation…' : 'GeoJSON'}
        </button>
        {carteDisponible.value ? (
          <button type="button" class="bouton bouton--petit" onClick={() => void carte()} disabled={enCours !== null} aria-busy={enCours === 'carte'} data-telecharger="carte">
            <IconeTelecharger /> {enCours === 'carte' ? 'Préparation…' : 'Carte (PNG)'}
          </button>
        ) : null}
      </div>
      <p class="telechargements__aide">
        CSV : UTF-8, point-virgule, pour Excel et LibreOffice.{' '}
        <a href={urlDonnee(m.fichiers.initiatives)} download={`atlaas-initiatives-donnees-ouvertes-${m.genere.slice(0, 10)}.geojson`}>
          Toutes les initiatives (GeoJSON, données ouvertes)
        </a>
      </p>
      <p class={'telechargements__message' + (message?.erreur ? ' est-erreur' : '')} role="status">
        {message?.texte}
      </p>
    </section>
  );
}
