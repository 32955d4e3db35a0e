/** "Autour de moi": asks the browser for the position, flies there and lists the nearest initiatives, with French messages. */
import './autour-de-moi.css';
import { useEffect, useState } from 'preact/hooks';
import { allerA } from '../../state/etat.ts';
import { montrerAutour, NOM_POSITION } from '../../state/autour.ts';
import { IconeCible } from '../icones.tsx';

export const ZOOM_AUTOUR = 11;

/** The message for a GeolocationPositionError code (1 refused, 2 unavailable, 3 timeout). */
export function messageGeolocalisation(code: number | 'absente'): string {
  switch (code) {
    case 'absente':
      return 'La géolocalisation n’est pas disponible dans ce navigateur. Cherchez plutôt une commune.';
    case 1:
      return 'Vous avez refusé l’accès à votre position. Autorisez-le dans les réglages du navigateur, ou cherchez une commune.';
    case 3:
      return 'Votre position met trop de temps à arriver. Réessayez, ou cherchez une commune.';
    default:
      return 'Votre position n’a pas pu être déterminée. Cherchez plutôt une commune.';
  }
}

export function AutourDeMoi() {
  const [enCours, setEnCours] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage(null), 8000);
    return () => clearTimeout(t);
  }, [message]);

  const localiser = () => {
    setMessage(null);
    if (!('geolocation' in navigator)) {
      setMessage(messageGeolocalisation('absente'));
      return;
    }
    setEnCours(true);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setEnCours(false);
        montrerAutour({ lng: p.coords.longitude, lat: p.coords.latitude, nom: NOM_POSITION });
        allerA({ lng: p.coords.longitude, lat: p.coords.latitude, zoom: ZOOM_AUTOUR });
      },
      (err) => {
        setEnCours(false);
        setMessage(messageGeolocalisation(err.code));
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 300000 },
    );
  };

  return (
    <div class="autour-de-moi">
      <button type="button" class="bouton autour-de-moi__bouton" onClick={localiser} aria-busy={enCours} disabled={enCours}>
        <IconeCible />
        <span class="autour-de-moi__texte">{enCours ? 'Localisation…' : 'Autour de moi'}</span>
      </button>
      <div class="autour-de-moi__message" role="alert">
        {message ? (
          <p>
            {message}
            <button type="button" class="autour-de-moi__fermer" onClick={() => setMessage(null)} aria-label="Fermer le message">
              ×
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
