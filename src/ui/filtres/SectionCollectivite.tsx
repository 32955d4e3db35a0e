/** Collectivité: its kind, its population size class, its label level (latest label year). */
import type { TypeCollectivite } from '../../core/atlas-data.ts';
import { basculerFiltre, filtres, meta } from '../../state/etat.ts';
import { texteArobases } from '../format.ts';
import { resumeChoix } from './resume.ts';
import { Section } from './Section.tsx';
import { basculerArobases, basculerType, comptesAffiches } from './selection.ts';
import { Valeur } from './Valeur.tsx';

export const LIBELLES_TYPES: Record<TypeCollectivite, string> = {
  village: 'Village',
  ville: 'Ville',
  territoire: 'Territoire (intercommunalité)',
  autre: 'Autre structure',
};

const NIVEAUX = [1, 2, 3, 4, 5, 0];

export function SectionCollectivite() {
  const m = meta.value;
  if (!m) return null;
  const f = filtres.value;
  const c = comptesAffiches.value;
  const n = (cle: 'types' | 'strates' | 'arobases', code: string) => (c ? (c[cle][code] ?? 0) : null);
  const choisis = (f.types?.length ?? 0) + (f.strates?.length ?? 0) + (f.arobases?.length ?? 0);
  return (
    <Section id="filtres-collectivite" titre="Collectivité" resume={resumeChoix(choisis)}>
      <fieldset class="filtres__groupe">
        <legend>Type</legend>
        {m.typesCollectivite.map((t) => (
          <Valeur
            key={t}
            facette={`types:${t}`}
            libelle={LIBELLES_TYPES[t] ?? t}
            n={n('types', t)}
            etat={f.types?.includes(t) ? 'coche' : 'vide'}
            onChange={() => basculerType(t)}
          />
        ))}
      </fieldset>
      <fieldset class="filtres__groupe">
        <legend>Taille (population)</legend>
        {m.strates.map((s) => (
          <Valeur
            key={s.code}
            facette={`strates:${s.code}`}
            libelle={s.libelle}
            n={n('strates', s.code)}
            etat={f.strates?.includes(s.code) ? 'coche' : 'vide'}
            onChange={() => basculerFiltre('strates', s.code)}
          />
        ))}
      </fieldset>
      <fieldset class="filtres__groupe">
        <legend>Label Villes Internet (le plus récent)</legend>
        {NIVEAUX.map((a) => (
          <Valeur
            key={a}
            facette={`arobases:${a}`}
            libelle={
              a === 0 ? (
                'Sans label'
              ) : (
                <span class="valeur__arobases" aria-hidden="true">
                  {'@'.repeat(a)}
                </span>
              )
            }
            libelleAccessible={a === 0 ? undefined : texteArobases(a)}
            n={n('arobases', String(a))}
            etat={f.arobases?.includes(a) ? 'coche' : 'vide'}
            onChange={() => basculerArobases(a)}
          />
        ))}
      </fieldset>
    </Section>
  );
}
