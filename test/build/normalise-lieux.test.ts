import { describe, expect, it } from 'vitest';
import { normaliseLieux } from '../../scripts/build/normalise/lieux.ts';
import { Rapport } from '../../scripts/build/report.ts';
import { feuille } from './normalise-aide.ts';

function normaliser(valeurs: Record<string, string>) {
  const rapport = new Rapport();
  const [lieu] = normaliseLieux(feuille('Lieux', [{ id_lieu: '1', ...valeurs }]), rapport);
  return { lieu, rapport, codes: rapport.entrees.map((e) => e.code) };
}

describe('normaliseLieux', () => {
  it('stores the coordinates as [Longitude, Latitude]', () => {
    expect(normaliser({ latitude: '48.3904', longitude: '-4.4861' }).lieu.coordonnees).toEqual([-4.4861, 48.3904]);
  });

  it('keeps swapped coordinates as given, for geolocation to detect', () => {
    const { lieu, codes } = normaliser({ latitude: '-4.4861', longitude: '48.3904' });
    expect(lieu.coordonnees).toEqual([48.3904, -4.4861]);
    expect(codes).toEqual([]);
  });

  it('repairs decimal commas with one COORDONNEES_CORRIGEES correction', () => {
    const { lieu, rapport } = normaliser({ latitude: '48,3904', longitude: '-4,4861' });
    expect(lieu.coordonnees).toEqual([-4.4861, 48.3904]);
    expect(rapport.entrees).toEqual([expect.objectContaining({ code: 'COORDONNEES_CORRIGEES', avant: '48,3904 / -4,4861', apres: '48.3904 / -4.4861' })]);
  });

  it.each([
    ['0 and 0', '0', '0'],
    ['0,0 and 0,0', '0,0', '0,0'],
    ['two empty cells', '', ''],
  ])('treats %s as no coordinates, silently', (_, latitude, longitude) => {
    const { lieu, codes } = normaliser({ latitude, longitude });
    expect(lieu).not.toHaveProperty('coordonnees');
    expect(codes).toEqual([]);
  });

  it.each([
    ['text', 'nord', 'ouest'],
    ['a latitude alone', '48.39', ''],
    ['Lambert-93 metres', '6519201', '842666'],
  ])('leaves out %s with a COORDONNEES_ILLISIBLES warning', (_, latitude, longitude) => {
    const { lieu, codes } = normaliser({ latitude, longitude });
    expect(lieu).not.toHaveProperty('coordonnees');
    expect(codes).toEqual(['COORDONNEES_ILLISIBLES']);
  });

  it('restores the leading zero of Id_INSEE 1004 and reports it', () => {
    const { lieu, rapport } = normaliser({ id_insee: '1004' });
    expect(lieu.codeInsee).toBe('01004');
    expect(rapport.entrees).toEqual([expect.objectContaining({ gravite: 'correction', code: 'CODE_INSEE_CORRIGE', champ: 'Id_INSEE', avant: '1004', apres: '01004', id: '1' })]);
  });

  it('leaves out an unreadable Id_INSEE with a warning', () => {
    const { lieu, codes } = normaliser({ id_insee: 'Brest' });
    expect(lieu).not.toHaveProperty('codeInsee');
    expect(codes).toEqual(['CODE_INSEE_ILLISIBLE']);
  });

  it('restores the leading zero of a postcode', () => {
    const { lieu, codes } = normaliser({ 'code postal': '1500' });
    expect(lieu.codePostal).toBe('01500');
    expect(codes).toEqual(['CODE_POSTAL_CORRIGE']);
  });

  it('reads a population with spaces between thousands', () => {
    const { lieu, codes } = normaliser({ population: '139 386' });
    expect(lieu.population).toBe(139386);
    expect(codes).toEqual(['NOMBRE_CORRIGE']);
  });

  it('leaves out an unreadable population with a warning', () => {
    const { lieu, codes } = normaliser({ population: 'environ 300' });
    expect(lieu).not.toHaveProperty('population');
    expect(codes).toEqual(['NOMBRE_ILLISIBLE']);
  });

  it.each([
    ['Ville / village', 'ville'],
    ['Autre', 'autre'],
    ['', 'autre'],
  ])('reads the type %j as %s', (type, attendu) => {
    expect(normaliser({ type }).lieu.type).toBe(attendu);
  });

  it('reads an unknown type as autre with a TYPE_LIEU_INCONNU warning', () => {
    const { lieu, codes } = normaliser({ type: 'Association' });
    expect(lieu.type).toBe('autre');
    expect(codes).toEqual(['TYPE_LIEU_INCONNU']);
  });

  it('keeps the first of several web addresses and warns', () => {
    const { lieu, codes } = normaliser({ 'adresse web': 'http://a.fr http://b.fr' });
    expect(lieu.adresseWeb).toBe('http://a.fr');
    expect(codes).toEqual(['ADRESSE_WEB_MULTIPLE']);
  });

  it('refuses a javascript: web address', () => {
    const { lieu, codes } = normaliser({ 'adresse web': 'javascript:alert(1)' });
    expect(lieu).not.toHaveProperty('adresseWeb');
    expect(codes).toEqual(['LIEN_REFUSE']);
  });

  it('keeps phone numbers as written, even without their leading zero', () => {
    expect(normaliser({ telephone: ' 298000000 ' }).lieu.telephone).toBe('298000000');
  });

  it('rejects a second place with the same id', () => {
    const rapport = new Rapport();
    const lieux = normaliseLieux(feuille('Lieux', [{ id_lieu: '1', nom: 'a' }, { id_lieu: '1', nom: 'b' }]), rapport);
    expect(lieux.map((l) => l.nom)).toEqual(['a']);
    expect(rapport.feuilles.get('Lieux.csv')).toEqual({ lues: 2, gardees: 1, rejetees: 1 });
  });
});
