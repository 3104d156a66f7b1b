/**
 * Jalin's service worker: the application shell (HTML, scripts, styles, icons) from a cache, so a
 * facilitator opens and reloads Jalin with no connection. It never stores API answers: the records
 * a page needs offline live in IndexedDB, owned by the signed-in user and cleared at sign-out
 * (ADR 0033). Built by vite.config.ts (esbuild), which fills in the release and the asset list.
 */

declare const jalinRelease: string;
declare const jalinPrecache: string[];

/** The few parts of the worker scope used here; the DOM and WebWorker libraries cannot share a program. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const cachePrefix = 'jalin-shell-';
const shellCache = `${cachePrefix}${jalinRelease}`;
const shellPage = '/index.html';
/** On a weak signal a page waits this long for the network before the cached shell is shown. */
const navigationTimeoutMs = 4_000;

/** Attempts per shell file: on a weak signal one request of a hundred is easily lost. */
const fetchAttempts = 3;

/** One file into the cache, asked for again after a pause before the whole install gives up. */
async function cacheWithRetry(cache: Cache, url: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await cache.add(url);
      return;
    } catch (error) {
      if (attempt === fetchAttempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 1_000));
    }
  }
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(shellCache);
      await Promise.all([shellPage, ...jalinPrecache].map((url) => cacheWithRetry(cache, url)));
      await scope.skipWaiting();
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(cachePrefix) && name !== shellCache) await caches.delete(name);
      }
      await scope.clients.claim();
    })(),
  );
});

async function networkWithin(request: Request, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** A page: the network's copy while it answers, else the cached shell, which routes on the device. */
async function openPage(request: Request): Promise<Response> {
  try {
    const response = await networkWithin(request, navigationTimeoutMs);
    // Only the shell itself is kept: a navigation may also open a file (a calendar feed).
    if (response.ok && (response.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      const cache = await caches.open(shellCache);
      await cache.put(shellPage, response.clone());
    }
    return response;
  } catch {
    const cached = await caches.match(shellPage);
    if (cached) return cached;
    return new Response('Jalin belum tersimpan di perangkat ini. Sambungkan ke internet sekali.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
}

/** A hashed asset never changes under its name: the cache first, the network once. */
async function openAsset(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(shellCache);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Icons and the manifest: the network when it answers, so a new icon arrives; else the cache. */
async function openStatic(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(shellCache);
      await cache.put(request, response.clone());
    }
    return response;
  } catch {
    const cached = await caches.match(request);
    if (cached) return cached;
    throw new Error(`offline and not cached: ${request.url}`);
  }
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.location.origin) return;
  // Data and files belong to the signed-in user: they go to the network, never to this cache.
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(openPage(request));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(openAsset(request));
  } else {
    event.respondWith(openStatic(request));
  }
});
