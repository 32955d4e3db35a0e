/**
 * The browser-test harness itself: the static server, the remote-request block and the axe helper.
 * Needs no built site.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from './a11y.ts';
import { isLocalUrl, launchChromium, newOfflineContext } from './browser.ts';
import { parseRange, serveStatic, type StaticServer } from './serve.ts';

describe('parseRange', () => {
  it.each([
    [undefined, null],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=5-', { start: 5, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=90-200', { start: 90, end: 99 }],
    ['bytes=100-', 'invalid'],
    ['bytes=9-5', 'invalid'],
    ['bytes=-', 'invalid'],
    ['items=0-1', 'invalid'],
  ])('reads %s on a 100-byte file as %j', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe('isLocalUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/a', true],
    ['http://localhost/a', true],
    ['http://[::1]:3000/', true],
    ['data:text/plain,hi', true],
    ['https://demotiles.maplibre.org/style.json', false],
    ['http://192.168.1.2/', false],
  ])('%s is local: %s', (url, local) => {
    expect(isLocalUrl(url)).toBe(local);
  });
});

describe('serveStatic', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlaas-serve-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'data', 'points.bin'), Buffer.from([...Array(100).keys()]));
    writeFileSync(join(dir, 'data', 'a.geojson'), '{"type":"FeatureCollection","features":[]}');
    writeFileSync(join(dir, 'site.webmanifest'), '{}');
    writeFileSync(join(dir, 'x.pbf'), Buffer.alloc(4));
    writeFileSync(join(dir, 'x.wasm'), Buffer.alloc(4));
    server = await serveStatic(dir, { base: '/atlaas' });
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves on 127.0.0.1 under the base path', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/atlaas\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it.each([
    ['data/points.bin', 'application/octet-stream'],
    ['data/a.geojson', 'application/geo+json; charset=utf-8'],
    ['site.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['x.pbf', 'application/x-protobuf'],
    ['x.wasm', 'application/wasm'],
  ])('sends %s as %s', async (path, type) => {
    const res = await fetch(server.url + path);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('answers a range request with 206 and the bytes asked for', async () => {
    const res = await fetch(`${server.url}data/points.bin`, { headers: { Range: 'bytes=10-13' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 10-13/100');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([10, 11, 12, 13]);
  });

  it('answers an unsatisfiable range with 416', async () => {
    const res = await fetch(`${server.url}data/points.bin`, { headers: { Range: 'bytes=500-' } });
    expect(res.status).toBe(416);
  });

  it('refuses paths outside the base and outside the folder', async () => {
    const origin = new URL(server.url).origin;
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});

describe('browser helpers', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlaas-harness-'));
    writeFileSync(
      join(dir, 'remote.html'),
      `<!doctype html><html lang="fr"><head><title>remote</title></head><body><main><h1>Remote</h1>
       <script>Promise.allSettled([fetch('https://example.org/tracker.js'), fetch('http://192.0.2.7/pixel.gif')]).then((r) => { if (r.every((x) => x.status === 'rejected')) document.body.dataset.done = '1'; });</script></main></body></html>`,
    );
    writeFileSync(
      join(dir, 'clean.html'),
      `<!doctype html><html lang="fr"><head><title>Propre</title></head><body><main><h1>Propre</h1><p>Texte.</p></main></body></html>`,
    );
    writeFileSync(
      join(dir, 'broken.html'),
      `<!doctype html><html lang="fr"><head><title>Cassée</title></head><body><main><h1>Cassée</h1>
       <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
       <button></button></main></body></html>`,
    );
    server = await serveStatic(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('blocks and counts requests that leave the machine', async () => {
    const { page, remote, close } = await newOfflineContext(browser);
    await page.goto(`${server.url}remote.html`);
    await page.waitForSelector('body[data-done="1"]');
    expect(remote.urls).toEqual(['https://example.org/tracker.js', 'http://192.0.2.7/pixel.gif']);
    await close();
  });

  it('finds no serious a11y violation on a clean page', async () => {
    const { page, close } = await newOfflineContext(browser);
    await page.goto(`${server.url}clean.html`);
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await close();
  });

  it('reports an image without alt text and an empty button', async () => {
    const { page, close } = await newOfflineContext(browser);
    await page.goto(`${server.url}broken.html`);
    const ids = (await checkA11y(page)).map((v) => v.id).sort();
    expect(ids).toEqual(['button-name', 'image-alt']);
    await close();
  });
});
