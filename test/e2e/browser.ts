/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core,
 * WebGL through SwiftShader (no GPU here), and every request that leaves the machine blocked and
 * counted, so that a test can assert the site fetched nothing remote.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Chromium to drive; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags checked with Chromium 156 on a machine with no GPU: WebGL 2 runs on ANGLE + SwiftShader
 * (renderer "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))") and MapLibre renders.
 * The first group keeps the browser from calling home.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  // Every request off the loopback goes to a proxy that is not there (port 9), so it fails in the
  // browser itself. Chromium never proxies loopback addresses. Intercepting requests instead
  // (context.route) would send every request, local ones included, through the Node driver and
  // add tens of milliseconds to each one.
  '--proxy-server=http://127.0.0.1:9',
  // WebGL without a GPU.
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export async function launchChromium(options: { headless?: boolean; args?: string[] } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Whether a URL stays on this machine (loopback, or a URL scheme that needs no network). */
export function isLocalUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOCAL_HOSTS.has(u.hostname) || /^127\.\d+\.\d+\.\d+$/.test(u.hostname);
}

export interface RemoteRequests {
  /** URLs of the blocked requests, in order. */
  readonly urls: string[];
  count(): number;
}

/**
 * Records every request that would leave the machine. HTTP requests fail in the browser
 * (CHROMIUM_ARGS's dead proxy); WebSockets are closed here.
 */
export async function blockRemoteRequests(context: BrowserContext): Promise<RemoteRequests> {
  const urls: string[] = [];
  context.on('request', (r) => {
    if (!isLocalUrl(r.url())) urls.push(r.url());
  });
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.href),
    async (ws) => {
      urls.push(ws.url());
      await ws.close({ code: 1008, reason: 'remote connections are blocked in tests' });
    },
  );
  return { urls, count: () => urls.length };
}

export interface OfflineContext {
  context: BrowserContext;
  page: Page;
  remote: RemoteRequests;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context + page with remote requests blocked and errors collected. */
export async function newOfflineContext(browser: Browser, options: BrowserContextOptions = {}): Promise<OfflineContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    serviceWorkers: 'block',
    ...options,
  });
  const remote = await blockRemoteRequests(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    // Chromium's own request for /favicon.ico (a page with no icon link) is not the page's doing.
    if (msg.type() !== 'error' || /\/favicon\.ico$/.test(msg.location().url)) return;
    // A failed load names its resource: the message alone does not.
    errors.push(/^Failed to load resource/.test(msg.text()) ? `${msg.text()} (${msg.location().url})` : msg.text());
  });
  page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`));
  return { context, page, remote, errors, close: () => context.close() };
}
