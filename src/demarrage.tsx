/**
 * The app: reads the URL, starts the atlas (worker, data) and renders. Loaded by src/main.tsx once
 * the early view is painted; index.html already fetched this module and its own (modulepreload).
 */
import { render } from 'preact';
import { App } from './ui/app/App.tsx';
import { lireUrlInitiale, demarrerSynchroUrl } from './state/synchro-url.ts';
import { demarrerAtlas } from './state/atlas.ts';
import './state/instrumentation.ts';
import { enregistrerServiceWorker } from './sw/enregistrer.ts';
import { retenirRendusDesFiltres } from './ui/rendus-retenus.ts';

const etatInitial = lireUrlInitiale();
if (etatInitial.test) document.documentElement.classList.add('mode-test');
retenirRendusDesFiltres();
demarrerSynchroUrl();
void demarrerAtlas();
render(<App vueInitiale={etatInitial.vue} />, document.getElementById('app') as HTMLElement);
enregistrerServiceWorker({ production: import.meta.env.PROD, test: etatInitial.test });
