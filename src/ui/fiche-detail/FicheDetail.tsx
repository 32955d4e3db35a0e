/**
 * One fiche, in full. Every text from the export is untrusted: it is rendered as Preact text
 * nodes (line breaks kept by CSS `white-space: pre-line`), links only when http(s).
 */
import './fiche-detail.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Collectivite, FicheDetail as Fiche, LabelAnnee, ServicePublic } from '../../core/atlas-data.ts';
import { chargerFiche } from '../../data/fiches.ts';
import { couleurAxe } from '../../map/couleurs.ts';
import { clientAtlas } from '../../state/atlas.ts';
import { allerA, collectivites, ficheIndice, filtres, meta, volerVersFiche } from '../../state/etat.ts';
import { basculerValeurArbre, etatValeur } from '../filtres/selection.ts';
import { fermerFicheHistorique } from '../../state/synchro-url.ts';
import type { FicheReperee, Proche } from '../../worker/messages.ts';
import { formatCompte, formatDate, formatNombre, texteArobases } from '../format.ts';
import { IconeExterne, IconePartager, IconeRetour } from '../icones.tsx';
import { libelles } from '../libelles.ts';
import { lienSur, texteLien } from '../lien-sur.ts';
import { FicheMini } from '../fiche-mini/FicheMini.tsx';

type Etat = { sorte: 'chargement' } | { sorte: 'ok'; fiche: Fiche } | { sorte: 'introuvable' } | { sorte: 'erreur'; message: string };

export const ZOOM_FICHE = 12;
const PROCHES = 8;
const MEME_COMMUNE_VISIBLES = 6;

/** Text of the export for display: `<br>` tags become line breaks; everything stays text. */
export function texteAffiche(s: string | null | undefined): string {
  return (s ?? '').replace(/<br\s*\/?>/gi, '\n').trim();
}

export function FicheDetail({ id }: { id: string }) {
  const [etat, setEtat] = useState<Etat>({ sorte: 'chargement' });
  const [essai, setEssai] = useState(0);
  const titre = useRef<HTMLHeadingElement>(null);
  const m = meta.value;

  useEffect(() => {
    if (!m) return;
    let actuel = true;
    setEtat({ sorte: 'chargement' });
    chargerFiche(id, m.fichesChunks).then(
      (fiche) => {
        if (!actuel) return;
        if (!fiche) {
          setEtat({ sorte: 'introuvable' });
          return;
        }
        setEtat({ sorte: 'ok', fiche });
        ficheIndice.value = fiche.i;
        if (volerVersFiche.value) {
          volerVersFiche.value = false;
          void clientAtlas()
            ?.requete('position', { i: fiche.i })
            .then((pos) => {
              if (pos && actuel) allerA({ lng: pos[0], lat: pos[1], zoom: ZOOM_FICHE });
            });
        }
      },
      (err: unknown) => actuel && setEtat({ sorte: 'erreur', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      actuel = false;
    };
  }, [id, m, essai]);

  useEffect(() => {
    if (etat.sorte !== 'chargement') titre.current?.focus({ preventScroll: true });
  }, [etat.sorte, id]);

  return (
    <article class="fiche" aria-labelledby="fiche-titre" aria-busy={etat.sorte === 'chargement'}>
      <div class="fiche__barre">
        <button type="button" class="bouton bouton--discret fiche__retour" onClick={fermerFicheHistorique}>
          <IconeRetour /> Retour à la liste
        </button>
        {etat.sorte === 'ok' ? <BoutonPartager /> : null}
      </div>
      <div class="fiche__defilement">
        {etat.sorte === 'chargement' ? (
          <div class="fiche__corps" aria-hidden="true">
            <span class="squelette" style={{ width: '85%', height: '24px' }} />
            <span class="squelette" style={{ width: '55%', height: '16px', marginTop: '12px' }} />
            <span class="squelette" style={{ width: '100%', height: '90px', marginTop: '28px' }} />
            <span class="squelette" style={{ width: '100%', height: '60px', marginTop: '16px' }} />
          </div>
        ) : etat.sorte === 'introuvable' ? (
          <div class="fiche__corps">
            <h2 id="fiche-titre" tabIndex={-1} ref={titre}>
              Fiche introuvable
            </h2>
            <p>Aucune initiative ne porte l’identifiant « {id} ». Le lien est peut-être ancien ou incomplet.</p>
          </div>
        ) : etat.sorte === 'erreur' ? (
          <div class="fiche__corps" role="alert">
            <h2 id="fiche-titre" tabIndex={-1} ref={titre}>
              La fiche n’a pas pu être chargée
            </h2>
            <p>{etat.message}</p>
            <button type="button" class="bouton" onClick={() => setEssai((n) => n + 1)}>
              Réessayer
            </button>
          </div>
        ) : (
          <Contenu fiche={etat.fiche} titre={titre} />
        )}
      </div>
    </article>
  );
}

function BoutonPartager() {
  const [copie, setCopie] = useState(false);
  return (
    <button
      type="button"
      class="bouton bouton--discret"
      onClick={() => {
        void navigator.clipboard?.writeText(location.href).then(
          () => {
            setCopie(true);
            setTimeout(() => setCopie(false), 2500);
          },
          () => undefined,
        );
      }}
    >
      <IconePartager /> <span aria-live="polite">{copie ? 'Lien copié' : 'Copier le lien'}</span>
    </button>
  );
}

function dernierLabel(c: Collectivite | null): LabelAnnee | null {
  if (!c || !c.labels.length) return null;
  return c.labels.reduce((a, b) => (b.annee > a.annee ? b : a));
}

function Contenu({ fiche, titre }: { fiche: Fiche; titre: { current: HTMLHeadingElement | null } }) {
  const lib = libelles.value;
  const colls = collectivites.value;
  const coll = colls && fiche.collectivite >= 0 ? (colls[fiche.collectivite] ?? null) : null;
  const lieu = fiche.lieux[0];
  const commune = lieu?.commune ?? coll?.nom ?? lieu?.nom ?? null;
  const dep = lieu?.departement ?? coll?.departement ?? null;
  const reg = lieu?.region ?? coll?.region ?? null;
  const date = formatDate(fiche.date, fiche.annee);
  const label = dernierLabel(coll);
  const liens = fiche.liens.map(lienSur).filter((l): l is string => l !== null);
  const medias = [
    ...fiche.videos.map((u) => ({ u: lienSur(u), sorte: 'Vidéo' })),
    ...fiche.photos.map((u) => ({ u: lienSur(u), sorte: 'Photo' })),
  ].filter((x): x is { u: string; sorte: string } => x.u !== null);
  const ecartes = fiche.liens.length - liens.length;

  const sections: [string, string][] = [
    ['Synthèse', fiche.synthese],
    ['Actions', fiche.actions],
    ['Résultats', fiche.resultats],
    ['Recommandations', fiche.recommandations],
    ['Outils', fiche.outils],
    ['Prestataires', fiche.prestataires],
  ];

  return (
    <div class="fiche__corps">
      <header class="fiche__entete">
        <h2 id="fiche-titre" class="fiche__titre" tabIndex={-1} ref={titre}>
          {texteAffiche(fiche.titre) || 'Initiative sans titre'}
        </h2>
        {fiche.sousTitre ? <p class="fiche__soustitre">{texteAffiche(fiche.sousTitre)}</p> : null}
        <dl class="fiche__infos">
          {commune ? (
            <div>
              <dt>Lieu</dt>
              <dd>
                <strong>{commune}</strong>
                {dep ? `, ${lib.departements.get(dep) ?? ''} (${dep})` : ''}
                {reg && lib.regions.get(reg) ? `, ${lib.regions.get(reg)}` : ''}
              </dd>
            </div>
          ) : null}
          {date ? (
            <div>
              <dt>Publiée</dt>
              <dd>{fiche.date ? <time dateTime={fiche.date}>{date}</time> : date}</dd>
            </div>
          ) : null}
          {coll ? (
            <div>
              <dt>Collectivité</dt>
              <dd>
                {coll.nom}
                {coll.population ? ` · ${formatNombre(coll.population)} hab.` : ''}
              </dd>
            </div>
          ) : null}
          {label ? (
            <div>
              <dt>Label</dt>
              <dd class="fiche__label">
                <span class="arobases" aria-hidden="true">
                  {[1, 2, 3, 4, 5].map((k) => (
                    <span key={k} class={k <= label.arobases ? 'arobase est-pleine' : 'arobase'}>
                      @
                    </span>
                  ))}
                </span>
                <span class="visuellement-cache">{texteArobases(label.arobases)}</span>
                <span class="fiche__label-annee">
                  {' '}
                  en {label.annee}
                  {label.mention ? ` · ${label.mention}` : ''}
                </span>
              </dd>
            </div>
          ) : null}
        </dl>
      </header>

      {fiche.services.length ? <Services services={fiche.services} /> : null}

      {sections.map(([nom, texte]) =>
        texteAffiche(texte) ? (
          <section class="fiche__section" key={nom}>
            <h3>{nom}</h3>
            <p class="fiche__texte">{texteAffiche(texte)}</p>
          </section>
        ) : null,
      )}

      {liens.length || medias.length ? (
        <section class="fiche__section">
          <h3>Liens</h3>
          <ul class="fiche__liens">
            {liens.map((href) => (
              <li key={href}>
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {texteLien(href)}
                  <IconeExterne />
                  <span class="visuellement-cache"> (nouvel onglet)</span>
                </a>
              </li>
            ))}
            {medias.map(({ u, sorte }, k) => (
              <li key={u + k}>
                <a href={u} target="_blank" rel="noopener noreferrer">
                  {sorte} : {texteLien(u, 48)}
                  <IconeExterne />
                  <span class="visuellement-cache"> (nouvel onglet)</span>
                </a>
              </li>
            ))}
          </ul>
          {ecartes > 0 ? <p class="fiche__note">{formatCompte(ecartes, 'lien non valide masqué', 'liens non valides masqués')}.</p> : null}
        </section>
      ) : null}

      {fiche.lieux.length > 1 ? (
        <section class="fiche__section">
          <h3>Lieux</h3>
          <ul class="fiche__lieux">
            {fiche.lieux.map((l) => (
              <li key={l.id}>
                {l.nom}
                {l.commune && l.commune !== l.nom ? ` (${l.commune})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {fiche.contacts?.length ? (
        <section class="fiche__section">
          <h3>Contacts</h3>
          <ul class="fiche__lieux">
            {fiche.contacts.map((c, k) => (
              <li key={k}>
                {c.nom}
                {c.fonction ? `, ${c.fonction}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Voisines fiche={fiche} commune={coll?.nom ?? commune} />

      <p class="fiche__id">Fiche n° {fiche.id}</p>
    </div>
  );
}

function Services({ services }: { services: ServicePublic[] }) {
  const lib = libelles.value;
  const f = filtres.value;
  const filtre = (cle: 'axes' | 'enjeux' | 'usages' | 'services', code: string, texte: string | undefined, classe: string) => {
    if (!code || !texte) return null;
    // As the filter tab's tree shows it: a theme under a chosen one is chosen too.
    const actif = etatValeur(f, cle, code) === 'coche';
    return (
      <button
        type="button"
        class={classe + (actif ? ' est-actif' : '')}
        aria-pressed={actif}
        title={actif ? 'Retirer ce filtre' : 'Filtrer la carte et la liste sur ce thème'}
        onClick={() => basculerValeurArbre(cle, code)}
      >
        {texte}
      </button>
    );
  };
  // One block per axe, in taxonomy order, with its services below.
  const parAxe = new Map<string, ServicePublic[]>();
  for (const s of services) parAxe.set(s.axe, [...(parAxe.get(s.axe) ?? []), s]);
  const axes = [...parAxe.keys()].sort((a, b) => (lib.axes.get(a)?.rang ?? 99) - (lib.axes.get(b)?.rang ?? 99));
  return (
    <section class="fiche__section">
      <h3>Thèmes</h3>
      <p class="fiche__note">Choisir un thème filtre la carte et la liste.</p>
      <ul class="themes">
        {axes.map((code) => {
          const axe = lib.axes.get(code);
          const couleur = axe ? couleurAxe(axe.rang) : '#5F6368';
          return (
            <li key={code} class="theme" style={{ borderLeftColor: couleur }}>
              {filtre('axes', code, axe?.libelle ?? `Axe ${code}`, 'theme__axe')}
              <ul>
                {(parAxe.get(code) ?? []).map((s) => (
                  <li key={s.id} class="theme__service">
                    <span class="theme__chemin">
                      {filtre('enjeux', s.enjeu, lib.enjeux.get(s.enjeu), 'theme__lien')}
                      {lib.usages.get(s.usage) ? <span aria-hidden="true"> › </span> : null}
                      {filtre('usages', s.usage, lib.usages.get(s.usage), 'theme__lien')}
                    </span>
                    {filtre('services', s.id, lib.services.get(s.id) ?? s.service, 'theme__lien theme__nom')}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Voisines({ fiche, commune }: { fiche: Fiche; commune: string | null }) {
  const [memes, setMemes] = useState<FicheReperee[] | null>(null);
  const [proches, setProches] = useState<Proche[] | null>(null);
  const [tout, setTout] = useState(false);
  useEffect(() => {
    let actuel = true;
    const c = clientAtlas();
    setMemes(null);
    setProches(null);
    setTout(false);
    if (!c) return;
    void c.requete('memeCollectivite', { i: fiche.i }).then((r) => actuel && setMemes(r ?? []));
    void c.requete('proches', { i: fiche.i, n: PROCHES, parCollectivite: 2 }).then((r) => actuel && setProches(r ?? []));
    return () => {
      actuel = false;
    };
  }, [fiche.i]);

  const visibles = memes ? (tout ? memes : memes.slice(0, MEME_COMMUNE_VISIBLES)) : [];
  return (
    <>
      {memes && memes.length ? (
        <section class="fiche__section">
          <h3>
            {commune ? `Autres initiatives de ${commune}` : 'Autres initiatives de la collectivité'} <span class="fiche__nombre">({formatNombre(memes.length)})</span>
          </h3>
          <ul class="fiche__voisines">
            {visibles.map((f) => (
              <li key={f.i}>
                <FicheMini f={f} avecCommune={false} />
              </li>
            ))}
          </ul>
          {memes.length > MEME_COMMUNE_VISIBLES ? (
            <button type="button" class="bouton bouton--discret" aria-expanded={tout} onClick={() => setTout(!tout)}>
              {tout ? 'Afficher moins' : `Afficher les ${formatNombre(memes.length)}`}
            </button>
          ) : null}
        </section>
      ) : null}
      {proches && proches.length ? (
        <section class="fiche__section">
          <h3>À proximité</h3>
          <ul class="fiche__voisines">
            {proches.map((p) => (
              <li key={p.i}>
                <FicheMini f={p} km={p.km} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
