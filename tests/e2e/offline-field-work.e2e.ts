import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, localDateOf } from '../../src/shared/domain/local-date';
import { createInteractionVia, createPartnershipVia } from '../factories/engagement';
import { createContactVia, createPartnerVia } from '../factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  standardPassword,
  type Session,
} from '../factories/people';
import { phonePhotoWithLocation } from '../factories/photos';
import { createWorkPlanVia, workPlanItemBody } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot, saveSettledScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { serviceWorkerState, signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe.skipIf(!hasChromium)('browser: a facilitator in the field with no connection (PWA)', () => {
  describeEachDatabase('offline field work', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let manager: Session;
    let facilitatorEmail: string;
    let partnerId: string;
    let partnershipId: string;
    let port: number;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      port = (server.app.server.address() as AddressInfo).port;
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      const managerEmail = (await createUserFixture(server, institutionId, 'manager')).email;
      const facilitator = await createUserFixture(server, institutionId, 'facilitator', {
        name: 'Dewi Lestari',
      });
      facilitatorEmail = facilitator.email;
      manager = await logInAs(server, managerEmail);
      // Her own partner: its tasks are on her agenda.
      const partner = await createPartnerVia(manager, {
        name: 'Koperasi Tenun Sumber Rejeki',
        sector: 'Tenun ikat',
        facilitatorUserId: facilitator.userId,
      });
      partnerId = partner.id;
      partnershipId = (await createPartnershipVia(manager, [partnerId], { name: 'PKW Tenun Ikat' })).id;
      await createWorkPlanVia(manager, partnershipId, { items: [workPlanItemBody()] });
      await createContactVia(manager, partnerId, { name: 'Ibu Ratna Sari', phone: '0813-4888-2190' });
      // A task due yesterday puts the partner on today's agenda.
      await createInteractionVia(manager, [partnerId], {
        summary: 'Rapat awal di koperasi',
        followUp: {
          task: 'Antar contoh kain ke koperasi',
          dueOn: addDays(localDateOf(server.clock.now(), 'WITA'), -1),
        },
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect !== 'sqlite') return;
      await saveSettledScreenshot(page, name, fullPage);
    };

    /** No network at all: the browser is offline and the server has stopped listening. */
    async function cutNetwork(context: BrowserContext): Promise<void> {
      await context.setOffline(true);
      await new Promise<void>((resolve) => {
        server.app.server.close(() => resolve());
        server.app.server.closeAllConnections();
      });
    }
    async function restoreNetwork(context: BrowserContext): Promise<void> {
      await new Promise<void>((resolve) => server.app.server.listen(port, '127.0.0.1', resolve));
      await context.setOffline(false);
    }
    const syncState = (page: Page) => page.getByTestId('sync-status').textContent();

    const storedKeys = (page: Page) =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('jalin-offline');
            open.onsuccess = () => {
              const read = open.result.transaction('query-cache').objectStore('query-cache').get('queries');
              read.onsuccess = () => {
                const saved = read.result as { state?: { queries?: { queryKey: unknown[] }[] } } | undefined;
                resolve(JSON.stringify(saved?.state?.queries?.map((query) => query.queryKey) ?? []));
              };
            };
          }),
      );

    /** Online first, as a facilitator opens the day's pages before leaving: the shell and data are kept. */
    async function openWhileOnline(page: Page): Promise<void> {
      const workerState = serviceWorkerState(page);
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await expect
        .poll(() => page.getByTestId('agenda-home-card').textContent(), { timeout: 15_000 })
        .toContain('Antar contoh kain ke koperasi');
      await expect.poll(() => storedKeys(page), { timeout: 15_000 }).toContain(`"care","agenda"`);
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('interaction-log').waitFor();
      // The answers reach IndexedDB a second after they change.
      await expect.poll(() => storedKeys(page), { timeout: 15_000 }).toContain(`"detail","${partnerId}"`);
      // The partner's partnerships, which the quick log offers to file a visit under.
      await expect
        .poll(() => storedKeys(page), { timeout: 15_000 })
        .toContain(`"list",{"partnerId":"${partnerId}"}`);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      await page.getByTestId('activities').getByTestId('activity-record-for-item').first().waitFor();
      await expect.poll(workerState, { timeout: 30_000 }).toBe('controlled');
      await expect
        .poll(() => storedKeys(page), { timeout: 15_000 })
        .toContain(`"activities","${partnershipId}"`);
    }

    it('logs a visit with a photo and an activity with evidence offline, survives a reload, and sends each once', async () => {
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await openWhileOnline(page);
      expect(await syncState(page)).toBe('Tersinkron');

      await cutNetwork(context);
      // Reloaded with no server at all: the shell comes from the service worker, data from IndexedDB.
      await page.reload();
      await page.getByTestId('activities').getByTestId('activity-record-for-item').first().waitFor();
      await expect.poll(() => syncState(page)).toBe('Luring');
      // Today's agenda on the home page, as it was read before leaving.
      await page.goto(`${server.baseUrl}/`).catch(() => undefined);
      await expect
        .poll(() => page.getByTestId('agenda-home-card').textContent(), { timeout: 15_000 })
        .toContain('Antar contoh kain ke koperasi');
      await shot(page, 'offline-agenda-phone');
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`).catch(() => undefined);
      await page
        .getByTestId('interaction-log')
        .waitFor({ timeout: 10_000 })
        .catch(async (error: unknown) => {
          await saveScreenshot(page, 'offline-debug', true);
          throw new Error(`${String(error)} ${pageErrors.join(' | ')}`);
        });
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
        'Koperasi Tenun Sumber Rejeki',
      );
      // The contact to call is on the card with no connection too.
      const contacts = (await page.getByTestId('partner-contacts').textContent()) ?? '';
      expect(contacts).toContain('Ibu Ratna Sari');
      expect(contacts).toContain('0813');
      await shot(page, 'offline-partner-card-phone');

      await page.getByTestId('interaction-log').click();
      await page
        .getByTestId('quick-log-kind')
        .waitFor({ timeout: 15_000 })
        .catch(async (error: unknown) => {
          await saveScreenshot(page, `offline-debug-${dialect}`, false);
          throw error;
        });
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Kunjungan' }).click();
      await page.getByTestId('quick-log-summary').fill('Melihat alat tenun baru di balai desa');
      const bigPhoto = await phonePhotoWithLocation(4000, 3000);
      await page.getByTestId('attachment-photo-input').setInputFiles({
        name: 'IMG_20261130_091500.jpg',
        mimeType: 'image/jpeg',
        buffer: bigPhoto,
      });
      await page.getByTestId('quick-log-save').click();
      await page
        .getByTestId('quick-log-form')
        .waitFor({ state: 'detached', timeout: 10_000 })
        .catch(async (error: unknown) => {
          await saveScreenshot(page, 'offline-debug', false);
          const form = await page.getByTestId('quick-log-form').textContent();
          throw new Error(`${String(error)} ${pageErrors.join(' | ')} ${form}`);
        });
      await expect.poll(() => syncState(page)).toBe('Luring · 1 menunggu');

      await page.getByRole('link', { name: 'PKW Tenun Ikat' }).first().click();
      const section = page.getByTestId('activities');
      await section.getByTestId('activity-record-for-item').first().click();
      const form = page.getByTestId('activity-form');
      await form.getByTestId('activity-status').getByText('Selesai', { exact: true }).click();
      await form.getByTestId('activity-started-on').fill('2026-11-30');
      await form.getByTestId('activity-ended-on').fill('2026-11-30');
      await form.getByTestId('activity-actual').fill('12');
      await form.locator('input[type=file]').setInputFiles({
        name: 'praktik-tenun.jpg',
        mimeType: 'image/jpeg',
        buffer: await phonePhotoWithLocation(3000, 4000),
      });
      await form.getByTestId('activity-evidence-caption').fill('Praktik menenun hari pertama');
      await form.getByTestId('activity-save').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => syncState(page)).toBe('Luring · 2 menunggu');

      // Still there after another reload with no connection: the queue lives in IndexedDB.
      await page.reload();
      await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('Luring · 2 menunggu');
      await page.getByTestId('sync-status').click();
      const panel = page.getByTestId('sync-panel');
      await expect.poll(() => panel.getByTestId('outbox-entry').count()).toBe(2);
      expect(await panel.textContent()).toContain('Kunjungan · Koperasi Tenun Sumber Rejeki');
      await shot(page, 'offline-queue-phone', false);
      await page.keyboard.press('Escape');
      const sentSoFar = await server.deps.db
        .selectFrom('interactions')
        .select('id')
        .where('summary', '<>', 'Rapat awal di koperasi')
        .execute();
      expect(sentSoFar).toHaveLength(0);

      await restoreNetwork(context);
      await expect.poll(() => syncState(page), { timeout: 30_000 }).toBe('Tersinkron');
      await shot(page, 'offline-synced-phone');

      const interactions = await server.deps.db
        .selectFrom('interactions')
        .select(['id', 'summary', 'partnership_id'])
        .where('summary', '<>', 'Rapat awal di koperasi')
        .execute();
      expect(interactions.map((row) => row.summary)).toEqual(['Melihat alat tenun baru di balai desa']);
      // Filed under the partner's one open partnership, which the saved answers offered offline.
      expect(interactions[0]!.partnership_id).toBe(partnershipId);
      const attachments = await server.deps.db
        .selectFrom('interaction_attachments')
        .innerJoin('files', 'files.id', 'interaction_attachments.file_id')
        .select(['files.storage_key', 'interaction_attachments.interaction_id'])
        .execute();
      expect(attachments).toHaveLength(1);
      expect(attachments[0]!.interaction_id).toBe(interactions[0]!.id);
      // Shrunk on the phone before it waited: 1600 pixels on the long side, not 4000.
      const stored = await sharp(await server.deps.files.read(attachments[0]!.storage_key)).metadata();
      expect(Math.max(stored.width ?? 0, stored.height ?? 0)).toBeLessThanOrEqual(1600);

      const activities = await server.deps.db
        .selectFrom('activities')
        .select(['id', 'actual_quantity'])
        .where('partnership_id', '=', partnershipId)
        .execute();
      expect(activities).toEqual([{ id: expect.any(String), actual_quantity: 12 }]);
      const evidence = await server.deps.db
        .selectFrom('activity_evidence')
        .select(['caption', 'activity_id'])
        .execute();
      expect(evidence).toEqual([{ caption: 'Praktik menenun hari pertama', activity_id: activities[0]!.id }]);

      // The pages show what arrived, read again from the server.
      await page.getByTestId('activities').getByTestId('evidence-item').first().waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    });

    it('a create whose answer is lost and an upload cut off are sent again by the queue, each stored once', async () => {
      if (!server.app.server.listening) {
        await new Promise<void>((resolve) => server.app.server.listen(port, '127.0.0.1', resolve));
      }
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('interaction-log').waitFor();
      const before = await server.deps.db.selectFrom('interactions').select('id').execute();

      // The create reaches the server and is stored, but its answer never comes back.
      let creates = 0;
      await page.route('**/api/v1/interactions', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        creates += 1;
        if (creates > 1) return route.continue();
        await route.fetch();
        return route.abort('connectionreset');
      });
      // The second photo's upload is cut off once, after it was sent.
      let uploads = 0;
      await page.route('**/api/v1/interactions/*/attachments', async (route) => {
        uploads += 1;
        if (uploads !== 2) return route.continue();
        await route.fetch();
        return route.abort('connectionreset');
      });

      await page.getByTestId('interaction-log').click();
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Telepon' }).click();
      await page.getByTestId('quick-log-summary').fill('Menanyakan jadwal praktik bulan depan');
      await page.getByTestId('attachment-photo-input').setInputFiles([
        { name: 'foto-1.jpg', mimeType: 'image/jpeg', buffer: await phonePhotoWithLocation(800, 600) },
        { name: 'foto-2.jpg', mimeType: 'image/jpeg', buffer: await phonePhotoWithLocation(600, 800) },
      ]);
      await page.getByTestId('quick-log-save').click();
      await page.getByTestId('quick-log-form').waitFor({ state: 'detached' });
      await expect.poll(() => syncState(page), { timeout: 30_000 }).toBe('Tersinkron');

      const created = (
        await server.deps.db.selectFrom('interactions').select(['id', 'summary']).execute()
      ).filter((row) => !before.some((old) => old.id === row.id));
      expect(created.map((row) => row.summary)).toEqual(['Menanyakan jadwal praktik bulan depan']);
      expect(creates).toBe(2);
      const attachments = await server.deps.db
        .selectFrom('interaction_attachments')
        .select('id')
        .where('interaction_id', '=', created[0]!.id)
        .execute();
      expect(attachments).toHaveLength(2);
      expect(uploads).toBe(3);
      await context.close();
    });

    it('an edit made offline meets a newer one on the server: both are shown and the facilitator chooses', async () => {
      if (!server.app.server.listening) {
        await new Promise<void>((resolve) => server.app.server.listen(port, '127.0.0.1', resolve));
      }
      const context = await browser.newContext(phone);
      const page = await context.newPage();
      const workerState = serviceWorkerState(page);
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra/${partnerId}/ubah`);
      const form = page.getByTestId('partner-form');
      await form.waitFor();
      // The app's files are on the phone before the connection goes (the partner page's chunks too).
      await expect.poll(workerState, { timeout: 30_000 }).toBe('controlled');

      await context.setOffline(true);
      await form.locator('[name="sector"]').fill('Tenun ikat dan songket');
      await page.getByTestId('partner-save').click();
      await page
        .getByTestId('interaction-log')
        .waitFor()
        .catch(async (error: unknown) => {
          await saveScreenshot(page, `offline-debug-edit-${dialect}`, true);
          throw error;
        });
      await expect.poll(() => syncState(page)).toBe('Luring · 1 menunggu');

      // Meanwhile the manager, online at the office, changes the same field and another one.
      const current = (await manager.request('GET', `/api/v1/partners/${partnerId}`)).json<{
        version: number;
      }>();
      const changed = await manager.request('PATCH', `/api/v1/partners/${partnerId}`, {
        version: current.version,
        sector: 'Tenun dan batik',
        description: 'Koperasi 40 penenun perempuan',
      });
      expect(changed.statusCode).toBe(200);

      await context.setOffline(false);
      await expect.poll(() => syncState(page), { timeout: 30_000 }).toBe('1 perlu dipilih');
      await page.getByTestId('sync-status').click();
      await page.getByTestId('outbox-resolve').click();
      const conflict = page.getByTestId('partner-conflict');
      await conflict.waitFor();
      const row = conflict.getByTestId('conflict-row-sector');
      expect(await row.getByTestId('conflict-server').textContent()).toBe('Tenun dan batik');
      expect(await row.getByTestId('conflict-mine').textContent()).toBe('Tenun ikat dan songket');
      // Only what this edit changed is in question; the manager's description is kept either way.
      expect(await conflict.locator('tbody tr').count()).toBe(1);
      await shot(page, 'offline-conflict-phone', false);

      await conflict.getByTestId('conflict-keep-mine').click();
      await expect.poll(() => syncState(page), { timeout: 30_000 }).toBe('Tersinkron');
      const saved = await server.deps.db
        .selectFrom('partners')
        .select(['sector', 'description'])
        .where('id', '=', partnerId)
        .executeTakeFirstOrThrow();
      expect(saved).toEqual({
        sector: 'Tenun ikat dan songket',
        description: 'Koperasi 40 penenun perempuan',
      });
      await context.close();
    });
  });
});
