import { describe, expect, it } from 'vitest';
import { detectDelimiteur } from '../../scripts/build/read.ts';

describe('detectDelimiteur', () => {
  it.each([
    ['picks ; for French Excel files', 'Id_Action;Titre;Date\n1;Un, deux;2014\n2;Trois;2015\n', ';'],
    ['picks , when the header is comma-separated', 'Id_Action,Titre,Date\n1,"Un; deux",2014\n2,Trois,2015\n', ','],
    ['picks tab when the header is tab-separated', 'Id_Action\tTitre\tDate\n1\tUn; deux, trois\t2014\n', '\t'],
    ['ignores delimiters inside quoted cells', 'Id_Action;Titre\n1;"a,b,c,d,e"\n2;"f,g,h,i,j"\n', ';'],
    ['prefers the delimiter whose rows agree with the header', 'Id;Nom, prénom;Ville\n1;Durand;Lyon\n2;Martin;Brest\n', ';'],
    ['breaks a tie in favour of ;', 'Id;Nom,Prénom\n1;Durand,Paul\n2;Martin,Anne\n', ';'],
    ['reads a header-only file', 'Id_Action,Id_Lieu\n', ','],
    ['falls back to ; for a one-column file', 'Id_Action\n1\n', ';'],
    ['keeps going when one row is ragged', 'a;b;c;d\n1;2;3;4\n1;2\n1;2;3;4\n', ';'],
    ['reads a quoted multi-line cell as one record', 'a,b\n1,"x\ny;z;w"\n2,k\n', ','],
  ])('%s', (_, texte, delimiteur) => {
    expect(detectDelimiteur(texte)).toBe(delimiteur);
  });

  it('decides from a sample of a long file', () => {
    const texte = 'Id_Action;Titre\n' + '1;"un, deux, trois"\n'.repeat(20_000);
    expect(detectDelimiteur(texte)).toBe(';');
  });
});
