/**
 * Injected before the atlas page's scripts (page.addInitScript, bench/browser.bench.ts): records, for
 * the app's own worker (not MapLibre's), when each request is posted and when its answer arrives, in
 * `window.__espion` as { t, sens: '→' | '←', type, id } with t = performance.now(). Diagnostic only:
 * it shows where the time of a filter change goes between the main thread and the atlas worker.
 */
(() => {
  const journal = (window.__espion = []);
  const Natif = window.Worker;
  window.Worker = class extends Natif {
    constructor(url, options) {
      super(url, options);
      if (!String(url).includes('atlas.worker')) return;
      const envoyer = this.postMessage.bind(this);
      this.postMessage = (message, ...reste) => {
        if (message && message.type) journal.push({ t: performance.now(), sens: '→', type: message.type, id: message.id });
        return envoyer(message, ...reste);
      };
      this.addEventListener('message', (e) => {
        const d = e.data;
        if (d && d.type) journal.push({ t: performance.now(), sens: '←', type: d.type, id: d.id });
      });
    }
  };
})();
