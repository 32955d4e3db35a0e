import { describe, expect, it } from 'vitest';
import { parseBooleen } from '../../../src/core/champs/booleen.ts';

describe('parseBooleen', () => {
  it.each(['oui', 'Oui', 'OUI', '1', '1.0', 'true', 'vrai', 'x', 'X', 'yes', 'élu'])('reads %j as true', (brut) => {
    expect(parseBooleen(brut)).toEqual({ statut: 'ok', valeur: true });
  });

  it.each(['non', 'Non', '0', 'false', 'faux', 'no'])('reads %j as false', (brut) => {
    expect(parseBooleen(brut)).toEqual({ statut: 'ok', valeur: false });
  });

  it('reads an empty cell as empty', () => {
    expect(parseBooleen(' ')).toEqual({ statut: 'vide' });
  });

  it('refuses anything else', () => {
    expect(parseBooleen('peut-être').statut).toBe('illisible');
  });
});
