/**
 * The page's entry: the app's styles, then the app itself once the early view (src/vue-immediate.ts)
 * has painted the first clusters or given up. Evaluating the app takes the main thread for a while:
 * done first, it would hold back the first clusters. index.html fetches the app's modules meanwhile
 * (modulepreload, scripts/vite/vue-immediate.ts), so only their evaluation waits.
 */
import './ui/app/app.css';
import { vueImmediateFaite } from './map/attente-vue-immediate.ts';

await vueImmediateFaite();
await import('./demarrage.tsx');
