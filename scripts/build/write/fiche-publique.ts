import type { ContactPublic, FicheDetail, LieuPublic, ServicePublic } from '../../../src/core/atlas-data.ts';
import { textesDe, type AtlasAssemble, type FicheAssemblee, type LieuLocalise } from '../assemble.ts';

/** What the atlas publishes of a fiche: no phone, email or address of any person, ever. */
export interface OptionsPublication {
  publierContacts: boolean;
}

export function lieuPublic({ lieu, loc }: LieuLocalise): LieuPublic {
  return {
    id: lieu.id,
    nom: lieu.nom,
    type: lieu.type,
    commune: loc.commune,
    codeInsee: loc.codeInsee,
    codePostal: lieu.codePostal ?? null,
    departement: loc.departement,
    region: loc.region,
    epci: loc.epci,
    lng: loc.lng,
    lat: loc.lat,
    precision: loc.precision,
    adresseWeb: lieu.adresseWeb ?? null,
  };
}

export function servicesPublics(fa: FicheAssemblee, atlas: AtlasAssemble): ServicePublic[] {
  return fa.services.map((s) => {
    const c = atlas.classement.get(s.id);
    return { id: s.id, axe: c?.axe ?? '', enjeu: c?.enjeu ?? '', usage: c?.usage ?? '', service: s.service };
  });
}

export function contactsPublics(fa: FicheAssemblee, options: OptionsPublication): ContactPublic[] | undefined {
  if (!options.publierContacts) return undefined;
  return fa.personnes.filter((p) => p.nom.trim() !== '').map((p) => ({ nom: p.nom, fonction: p.titre }));
}

export function ficheDetail(fa: FicheAssemblee, atlas: AtlasAssemble, options: OptionsPublication): FicheDetail {
  const f = fa.fiche;
  const t = textesDe(fa, atlas);
  const detail: FicheDetail = {
    id: f.id,
    i: fa.i,
    titre: f.titre,
    sousTitre: f.sousTitre,
    date: f.date?.iso ?? null,
    annee: fa.annee,
    synthese: t.synthese,
    actions: t.actions,
    resultats: t.resultats,
    recommandations: t.recommandations,
    outils: f.outils,
    prestataires: f.prestataires,
    liens: f.liens,
    videos: f.videos,
    photos: f.photos,
    lieux: fa.lieux.map(lieuPublic),
    services: servicesPublics(fa, atlas),
    collectivite: fa.collectivite,
  };
  const contacts = contactsPublics(fa, options);
  if (contacts) detail.contacts = contacts;
  return detail;
}
