import { describe, expect, it } from 'vitest';
import { stylesEnLigne } from '../../scripts/vite/styles-en-ligne.ts';

const feuilles = new Map([
  ['assets/app-1.css', '.a{color:red}'],
  ['assets/index-2.css', '.b::after{content:"</style>"}'],
]);

describe('stylesEnLigne', () => {
  it('replaces the links to the build’s stylesheets by their CSS, in place and in order', () => {
    const html = '<head><link rel="stylesheet" crossorigin href="./assets/app-1.css"><title>x</title><link rel="stylesheet" href="/base/assets/index-2.css"></head>';
    const r = stylesEnLigne(html, feuilles);
    expect(r).toBe(
      '<head><style data-feuille="assets/app-1.css">.a{color:red}</style><title>x</title><style data-feuille="assets/index-2.css">.b::after{content:"<\\/style>"}</style></head>',
    );
  });

  it('leaves other links alone: another stylesheet, a preload, an icon', () => {
    const html = '<link rel="stylesheet" href="https://exemple.fr/x.css"><link rel="modulepreload" href="./assets/app-1.css"><link rel="icon" href="./favicon.png">';
    expect(stylesEnLigne(html, feuilles)).toBe(html);
  });
});
