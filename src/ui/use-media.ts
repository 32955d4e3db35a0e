import { useEffect, useState } from 'preact/hooks';

/** Whether a media query matches, kept current. */
export function useMedia(requete: string): boolean {
  const [ok, setOk] = useState(() => typeof matchMedia === 'function' && matchMedia(requete).matches);
  useEffect(() => {
    const mq = matchMedia(requete);
    const maj = () => setOk(mq.matches);
    maj();
    mq.addEventListener('change', maj);
    return () => mq.removeEventListener('change', maj);
  }, [requete]);
  return ok;
}

export { REQUETE_TELEPHONE } from './requete-telephone.ts';
