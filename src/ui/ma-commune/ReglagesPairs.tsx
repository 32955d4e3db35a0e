/** Where and how peers are looked for: scope (radius, department, region, France) and size. */
import { PORTEES, REGLAGES_PAIRS_DEFAUT, type Portee } from '../../core/pairs/similarite.ts';
import { changerReglages, reglagesPairs } from '../../state/ma-commune.ts';
import { RAYON_MAX_KM, RAYON_MIN_KM } from '../../state/url-pairs.ts';

const LIBELLES_PORTEE: Record<Portee, string> = {
  rayon: 'Dans un rayon',
  departement: 'Dans le même département',
  region: 'Dans la même région',
  france: 'Dans toute la France',
};

export function ReglagesPairs() {
  const r = reglagesPairs.value;
  return (
    <fieldset class="reglages-pairs">
      <legend class="visuellement-cache">Critères des communes comparables</legend>
      <div class="reglages-pairs__ligne">
        <label for="pairs-portee">Où chercher</label>
        <select id="pairs-portee" value={r.portee} onChange={(e) => changerReglages({ portee: (e.target as HTMLSelectElement).value as Portee })}>
          {PORTEES.map((p) => (
            <option key={p} value={p}>
              {LIBELLES_PORTEE[p]}
            </option>
          ))}
        </select>
      </div>
      {r.portee === 'rayon' ? (
        <div class="reglages-pairs__ligne">
          <label for="pairs-rayon">Rayon</label>
          <input
            id="pairs-rayon"
            type="range"
            min={RAYON_MIN_KM}
            max={RAYON_MAX_KM}
            step={5}
            value={r.rayonKm}
            aria-valuetext={`${r.rayonKm} kilomètres`}
            onInput={(e) => changerReglages({ rayonKm: Number((e.target as HTMLInputElement).value) })}
          />
          <output for="pairs-rayon" class="reglages-pairs__valeur">
            {r.rayonKm} km
          </output>
        </div>
      ) : null}
      <label class="reglages-pairs__case">
        <input type="checkbox" checked={r.memeStrate} onChange={(e) => changerReglages({ memeStrate: (e.target as HTMLInputElement).checked })} />
        Même strate de population uniquement
        {!r.memeStrate ? <span class="reglages-pairs__aide"> (sinon : population à ×{REGLAGES_PAIRS_DEFAUT.facteurPopulation} près)</span> : null}
      </label>
    </fieldset>
  );
}
