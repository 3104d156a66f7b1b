import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, launchChromiumWithProfile } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { serviceWorkerState, signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** What the phone keeps in IndexedDB: the saved answers' owner and the queue's length. */
function deviceStorage(page: Page): Promise<{ cached: boolean; queued: number }> {
  return page.evaluate(
    () =>
      new Promise<{ cached: boolean; queued: number }>((resolve, reject) => {
        const open = indexedDB.open('jalin-offline');
        open.onerror = () => reject(new Error('IndexedDB did not open'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['query-cache', 'outbox']);
          const cached = tx.objectStore('query-cache').count();
          const queued = tx.objectStore('outbox').count();
          tx.oncomplete = () => resolve({ cached: cached.result > 0, queued: queued.result });
        };
      }),
  );
}

describe.skipIf(!hasChromium)(
  'browser: Jalin installs as an app, and leaves nothing on a shared phone',
  () => {
    describeEachDatabase('installable app', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let facilitatorEmail: string;
      let partnerId: string;

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        facilitatorEmail = (await createUserFixture(server, institutionId, 'facilitator')).email;
        const api = await logInAs(server, facilitatorEmail);
        partnerId = (await createPartnerVia(api, { name: 'Bengkel Las Maju Jaya' })).id;
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });

      it('serves a manifest with real icons and a service worker whose every precached file exists', async () => {
        const page = await fetch(`${server.baseUrl}/mitra`).then((response) => response.text());
        expect(page).toContain('<link rel="manifest" href="/manifest.webmanifest"');

        const manifestResponse = await fetch(`${server.baseUrl}/manifest.webmanifest`);
        expect(manifestResponse.status).toBe(200);
        expect(manifestResponse.headers.get('content-type')).toContain('application/manifest+json');
        const manifest = (await manifestResponse.json()) as Manifest;
        expect(manifest).toMatchObject({ short_name: 'Jalin', start_url: '/', display: 'standalone' });
        expect(manifest.icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'any', 'maskable']);
        for (const icon of manifest.icons) {
          const bytes = Buffer.from(await (await fetch(`${server.baseUrl}${icon.src}`)).arrayBuffer());
          const { width, height, format } = await sharp(bytes).metadata();
          expect(`${width}x${height}`).toBe(icon.sizes);
          expect(`image/${format}`).toBe(icon.type);
        }

        const worker = await fetch(`${server.baseUrl}/sw.js`);
        expect(worker.status).toBe(200);
        expect(worker.headers.get('content-type')).toContain('javascript');
        // A stale worker would keep serving an old release: browsers must always revalidate it.
        expect(worker.headers.get('cache-control')).toBe('no-cache');
        const source = await worker.text();
        const precache = JSON.parse(/(\["\/assets\/[^\]]+\])/.exec(source)?.[1] ?? '[]') as string[];
        const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(page)?.[1];
        expect(precache).toContain(entry);
        expect(precache).toContain('/manifest.webmanifest');
        expect(precache.length).toBeGreaterThan(50);
        for (const file of precache) {
          const response = await fetch(`${server.baseUrl}${file}`, { method: 'HEAD' });
          expect(response.status, file).toBe(200);
        }
      });

      it('Chromium finds it installable, and the worker controls the page', async () => {
        const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jalin-profile-'));
        const context = await launchChromiumWithProfile(profile, phone);
        const page = context.pages()[0] ?? (await context.newPage());
        const workerState = serviceWorkerState(page);
        await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
        await expect.poll(workerState, { timeout: 30_000 }).toBe('controlled');
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
          installabilityErrors: { errorId: string }[];
        };
        expect(installabilityErrors).toEqual([]);

        // The worker keeps the application, never an answer of the API: no personal data in Cache Storage.
        await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
        await page.getByTestId('interaction-log').waitFor();
        const cached = await page.evaluate(async () => {
          const urls: string[] = [];
          for (const name of await caches.keys()) {
            for (const request of await (await caches.open(name)).keys())
              urls.push(new URL(request.url).pathname);
          }
          return urls;
        });
        expect(cached).toContain('/index.html');
        expect(cached.filter((url) => url.startsWith('/api/'))).toEqual([]);
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      });

      /** Answers 503 to the service worker's first `times` requests for one shell file, as a weak signal drops them. */
      function dropShellFile(file: string, times: number): { asked: () => number; restore: () => void } {
        const http = server.app.server;
        const serve = http.listeners('request')[0] as (
          request: IncomingMessage,
          response: ServerResponse,
        ) => void;
        let asked = 0;
        const dropping = (request: IncomingMessage, response: ServerResponse) => {
          // The worker's install fetches with no destination; the page loads the same file as a script.
          if (request.url === file && request.headers['sec-fetch-dest'] === 'empty') {
            asked += 1;
            if (asked <= times) {
              response.writeHead(503).end();
              return;
            }
          }
          serve(request, response);
        };
        http.removeListener('request', serve);
        http.on('request', dropping);
        return {
          asked: () => asked,
          restore: () => {
            http.removeListener('request', dropping);
            http.on('request', serve);
          },
        };
      }

      async function lastShellScript(): Promise<string> {
        const source = await (await fetch(`${server.baseUrl}/sw.js`)).text();
        const precache = JSON.parse(/(\["\/assets\/[^\]]+\])/.exec(source)?.[1] ?? '[]') as string[];
        return precache.filter((file) => file.endsWith('.js')).at(-1)!;
      }

      /** A new phone opens the sign-in page while the worker's first `times` requests for a shell file fail. */
      async function openWithDroppedShellFile(
        times: number,
        check: (phone: {
          context: BrowserContext;
          workerState: () => Promise<string>;
          asked: () => number;
        }) => Promise<void>,
      ): Promise<void> {
        const dropped = dropShellFile(await lastShellScript(), times);
        const context = await browser.newContext(phone);
        try {
          const page = await context.newPage();
          const workerState = serviceWorkerState(page);
          await page.goto(`${server.baseUrl}/masuk`);
          await check({ context, workerState, asked: dropped.asked });
        } finally {
          dropped.restore();
          await context.close();
        }
      }

      it('installs over a weak signal: a dropped shell file is asked for again within the install', async () => {
        await openWithDroppedShellFile(2, async ({ workerState, asked }) => {
          await expect.poll(workerState, { timeout: 30_000 }).toBe('controlled');
          expect(asked()).toBe(3);
        });
      });

      it('a failed install is tried again when the phone is back online, without a reload', async () => {
        await openWithDroppedShellFile(3, async ({ context, workerState, asked }) => {
          await expect.poll(asked, { timeout: 30_000 }).toBe(3);
          await expect.poll(workerState, { timeout: 15_000 }).toContain('no registration');
          await context.setOffline(true);
          await context.setOffline(false);
          await expect.poll(workerState, { timeout: 30_000 }).toBe('controlled');
          expect(asked()).toBe(4);
        });
      });

      it('signing out warns about records still waiting, then leaves no data of the user on the phone', async () => {
        const context = await browser.newContext(phone);
        const page = await context.newPage();
        const workerState = serviceWorkerState(page);
        await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
        await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
        await page.getByTestId('interaction-log').waitFor();
        await expect.poll(async () => (await deviceStorage(page)).cached, { timeout: 15_000 }).toBe(true);
        // The menus load on first use: offline, their code comes from the worker's cache.
        await expect.poll(workerState, { timeout: 30_000 }).toBe('controlled');

        // A visit logged while the server cannot be reached waits in the queue.
        await page.route('**/api/v1/interactions', (route) =>
          route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue(),
        );
        await page.getByTestId('interaction-log').click();
        await page.getByTestId('quick-log-summary').fill('Kunjungan singkat');
        await page.getByTestId('quick-log-save').click();
        await page.getByTestId('quick-log-form').waitFor({ state: 'detached' });
        await expect.poll(() => page.getByTestId('sync-status').textContent()).toBe('1 menunggu');
        expect((await deviceStorage(page)).queued).toBe(1);

        // Offline, signing out is refused: the server's session would outlive it.
        await context.setOffline(true);
        await page.getByTestId('user-menu').click();
        await page.getByTestId('logout').click();
        const refusal = page.getByText('Keluar perlu koneksi internet');
        await refusal.waitFor();
        await context.setOffline(false);
        // A fresh page, as a facilitator would open Jalin again once connected: the record still waits.
        await page.reload();
        await page.getByTestId('interaction-log').waitFor();
        await expect.poll(() => page.getByTestId('sync-status').textContent()).toBe('1 menunggu');
        await page.getByTestId('user-menu').click();
        await page.getByTestId('logout').click();
        const warning = page.getByRole('dialog', { name: 'Ada catatan yang belum terkirim' });
        await warning.waitFor();
        expect(await warning.textContent()).toContain('1 catatan masih di perangkat ini');
        await warning.getByRole('button', { name: 'Keluar dan buang catatan' }).click();
        await page.getByTestId('sign-in-email').waitFor();
        await expect.poll(() => deviceStorage(page)).toEqual({ cached: false, queued: 0 });
        expect(await server.deps.db.selectFrom('interactions').select('id').execute()).toHaveLength(0);
        await context.close();
      });
    });
  },
);
