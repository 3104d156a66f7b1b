import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { uploadAttachmentVia } from '../factories/attachments';
import { createInteractionVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { executableBytes, phonePhotoWithLocation, tinyPdf } from '../factories/photos';
import { hasChromium, launchChromium, saveSettledScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const phone = { width: 390, height: 844 };

describe.skipIf(!hasChromium)('browser: photos and documents on a logged visit, on a phone', () => {
  describeEachDatabase('interaction attachments', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let institutionId: string;
    let facilitatorEmail: string;
    let partnerId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      institutionId = (await createInstitutionFixture(server)).institutionId;
      facilitatorEmail = (await createUserFixture(server, institutionId, 'facilitator')).email;
      const api = await logInAs(server, facilitatorEmail);
      partnerId = (await createPartnerVia(api, { name: 'Sanggar Tenun Ikat Martapura' })).id;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    // A modal is fixed to the screen: a full-page picture would show the page behind it.
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect !== 'sqlite') return;
      await saveSettledScreenshot(page, name, fullPage);
    };
    const storedAttachments = () =>
      server.deps.db
        .selectFrom('interaction_attachments')
        .innerJoin('files', 'files.id', 'interaction_attachments.file_id')
        .select(['interaction_attachments.interaction_id', 'files.storage_key', 'files.media_type'])
        .execute();
    const noHorizontalScroll = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

    async function openQuickLog(page: Page): Promise<void> {
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('interaction-log').click();
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Kunjungan' }).click();
    }

    it('logs a visit with findings and a camera photo; the timeline shows it, stored without EXIF', async () => {
      const page = await browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await openQuickLog(page);
      await page.getByTestId('quick-log-summary').fill('Melihat ruang tenun dan alat tenun bukan mesin');
      await page.getByTestId('quick-log-findings-toggle').click();
      await page.getByTestId('quick-log-finding-goals').fill('Regenerasi penenun muda');

      const photo = await phonePhotoWithLocation(1600, 1200);
      const photoInput = page.getByTestId('attachment-photo-input');
      expect(await photoInput.getAttribute('capture')).toBe('environment');
      expect(await photoInput.getAttribute('accept')).toBe('image/jpeg,image/png,image/webp');
      await photoInput.setInputFiles({
        name: 'IMG_20260312_101500.jpg',
        mimeType: 'image/jpeg',
        buffer: photo,
      });
      const chosen = page.getByTestId('chosen-attachment');
      await expect.poll(() => chosen.count()).toBe(1);
      expect(
        await chosen.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      ).toBe(1600);
      await page.getByTestId('attachment-add-photo').scrollIntoViewIfNeeded();
      await shot(page, 'attachments-quick-log-chosen', false);

      // A weak connection, as in the field: the upload is slow enough to watch its progress.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 300,
        downloadThroughput: 200_000,
        uploadThroughput: Math.ceil(photo.length / 3),
      });
      await page.getByTestId('quick-log-save').click();
      await page.getByTestId('quick-log-upload-progress').waitFor();
      expect(await page.getByTestId('quick-log-upload-progress').textContent()).toContain(
        'Mengunggah lampiran 1 dari 1',
      );
      await expect.poll(() => chosen.getAttribute('data-status')).toBe('uploading');
      await shot(page, 'attachments-uploading', false);
      await page.getByTestId('quick-log-form').waitFor({ state: 'detached' });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      const thumbnail = page.getByTestId('interaction-photo');
      await expect.poll(() => thumbnail.count()).toBe(1);
      await expect
        .poll(() => thumbnail.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBe(320);
      const box = await thumbnail.boundingBox();
      expect(box?.width).toBeLessThanOrEqual(80);
      expect(await noHorizontalScroll(page)).toBe(true);
      expect(await page.getByTestId('interaction-item').textContent()).toContain('Regenerasi penenun muda');
      await shot(page, 'attachments-timeline-phone');

      await thumbnail.click();
      const full = page.getByTestId('interaction-photo-full');
      await full.waitFor();
      const fullBox = await full.boundingBox();
      expect(fullBox?.width ?? 0).toBeLessThanOrEqual(phone.width);
      await shot(page, 'attachments-photo-full', false);

      const stored = await storedAttachments();
      expect(stored).toHaveLength(1);
      const bytes = fs.readFileSync(path.join(server.database.dataDir, 'files', stored[0]!.storage_key));
      const metadata = await sharp(bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect([metadata.width, metadata.height]).toEqual([1600, 1200]);
      expect(bytes.includes(Buffer.from('Siti Pendamping'))).toBe(false);
      const interaction = await server.deps.db
        .selectFrom('interactions')
        .select(['kind', 'finding_goals'])
        .where('id', '=', stored[0]!.interaction_id)
        .executeTakeFirstOrThrow();
      expect(interaction).toEqual({ kind: 'visit', finding_goals: 'Regenerasi penenun muda' });
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('a file the server refuses shows its reason; the record and the other file stay saved', async () => {
      const page = await browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await openQuickLog(page);
      await page.getByTestId('quick-log-summary').fill('Menerima brosur program magang');
      await page
        .getByTestId('attachment-photo-input')
        .setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: executableBytes() });
      await page
        .getByTestId('attachment-document-input')
        .setInputFiles({ name: 'Brosur Magang 2026.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
      const chosen = page.getByTestId('chosen-attachment');
      await expect.poll(() => chosen.count()).toBe(2);
      // Removed before saving: never sent.
      await page
        .getByTestId('attachment-document-input')
        .setInputFiles({ name: 'salah pilih.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
      await page.getByRole('button', { name: 'Hapus salah pilih.pdf' }).click();
      await expect.poll(() => chosen.count()).toBe(2);
      const before = (await storedAttachments()).length;

      await page.getByTestId('quick-log-save').click();
      const warning = page.getByTestId('quick-log-saved-with-failures');
      await warning.waitFor();
      expect(await warning.textContent()).toContain('Catatan interaksi sudah tersimpan');
      expect(await page.getByTestId('chosen-attachment-error').textContent()).toContain(
        'Jenis berkas ini tidak diterima di sini',
      );
      await expect.poll(() => chosen.nth(1).getAttribute('data-status')).toBe('uploaded');
      expect(await noHorizontalScroll(page)).toBe(true);
      await shot(page, 'attachments-refused', false);
      const stored = await storedAttachments();
      expect(stored).toHaveLength(before + 1);
      expect(stored.at(-1)?.media_type).toBe('application/pdf');

      await page.getByTestId('quick-log-close').click();
      const link = page.getByRole('link', { name: 'Brosur Magang 2026.pdf' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toMatch(/\/api\/v1\/interactions\/[0-9a-f-]+\/attachments\//);
      const entries = page.getByTestId('interaction-item');
      await expect.poll(() => entries.count()).toBe(2);
      await shot(page, 'attachments-timeline-document');
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('adds a photo to a visit logged earlier and removes it again; a viewer gets neither action', async () => {
      const api = await logInAs(server, facilitatorEmail);
      const partner = await createPartnerVia(api, { name: 'Koperasi Perajin Rajut Banjarbaru' });
      const interaction = await createInteractionVia(api, [partner.id], {
        summary: 'Melihat contoh tas rajut untuk pameran',
      });
      await uploadAttachmentVia(
        api,
        interaction.id,
        tinyPdf(),
        'Daftar Harga Koperasi.pdf',
        'application/pdf',
      );
      const viewerEmail = (await createUserFixture(server, institutionId, 'viewer')).email;
      const attachmentsOfRecord = () =>
        server.deps.db
          .selectFrom('interaction_attachments')
          .innerJoin('files', 'files.id', 'interaction_attachments.file_id')
          .select(['interaction_attachments.id', 'files.storage_key', 'files.media_type'])
          .where('interaction_attachments.interaction_id', '=', interaction.id)
          .execute();
      const onDisk = (storageKey: string) =>
        fs.existsSync(path.join(server.database.dataDir, 'files', storageKey));
      const patient = { timeout: 30_000, interval: 250 };

      const page = await browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/mitra/${partner.id}`);
      const entry = page.getByTestId('interaction-item');
      await entry.getByText('Daftar Harga Koperasi.pdf').waitFor({ timeout: 30_000 });
      expect(await entry.getByTestId('attachment-remove').count()).toBe(1);
      expect(await noHorizontalScroll(page)).toBe(true);
      await shot(page, 'attachments-timeline-writer-actions');

      // The picker of the quick log, on a record that exists already: one photo taken, one refused.
      await entry.getByTestId('interaction-add-attachments').click();
      const form = page.getByTestId('add-attachments-form');
      await form.waitFor();
      expect(await form.getByTestId('attachment-room').textContent()).toContain(
        'sudah punya 1 lampiran; bisa ditambah 19 lagi',
      );
      await form.getByTestId('attachment-photo-input').setInputFiles([
        {
          name: 'Contoh Tas Pameran.jpg',
          mimeType: 'image/jpeg',
          buffer: await phonePhotoWithLocation(1200, 900),
        },
        { name: 'bukan-foto.jpg', mimeType: 'image/jpeg', buffer: executableBytes() },
      ]);
      const chosen = form.getByTestId('chosen-attachment');
      await expect.poll(() => chosen.count(), patient).toBe(2);
      expect(await noHorizontalScroll(page)).toBe(true);
      await shot(page, 'attachments-add-to-record-chosen', false);
      await form.getByTestId('add-attachments-upload').click();
      const warning = form.getByTestId('add-attachments-failures');
      await warning.waitFor({ timeout: 60_000 });
      expect(await warning.textContent()).toContain('1 lampiran gagal diunggah');
      expect(await form.getByTestId('chosen-attachment-error').textContent()).toContain(
        'Jenis berkas ini tidak diterima di sini',
      );
      expect(await chosen.nth(0).getAttribute('data-status')).toBe('uploaded');
      // Refused for good: nothing left to retry, so only "Tutup" remains.
      expect(await form.getByTestId('add-attachments-upload').count()).toBe(0);
      await shot(page, 'attachments-add-to-record-refused', false);
      await form.getByTestId('add-attachments-close').click();
      await form.waitFor({ state: 'detached' });

      const thumbnail = entry.getByTestId('interaction-photo');
      await expect.poll(() => thumbnail.count(), patient).toBe(1);
      const withPhoto = await attachmentsOfRecord();
      expect(withPhoto.map((row) => row.media_type).sort()).toEqual(['application/pdf', 'image/jpeg']);
      const photoRow = withPhoto.find((row) => row.media_type === 'image/jpeg')!;
      expect(onDisk(photoRow.storage_key)).toBe(true);
      expect(await page.getByTestId('interaction-item').count()).toBe(1);

      // A viewer reads the same record and can open the photo, but changes nothing.
      const viewerPage = await browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
      viewerPage.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(viewerPage, server.baseUrl, viewerEmail, standardPassword);
      await viewerPage.goto(`${server.baseUrl}/mitra/${partner.id}`);
      const viewerEntry = viewerPage.getByTestId('interaction-item');
      await viewerEntry.getByText('Daftar Harga Koperasi.pdf').waitFor({ timeout: 30_000 });
      await viewerEntry.getByTestId('interaction-photo').click();
      await viewerPage.getByTestId('interaction-photo-full').waitFor();
      expect(await viewerPage.getByTestId('attachment-remove').count()).toBe(0);
      expect(await viewerPage.getByTestId('interaction-add-attachments').count()).toBe(0);
      expect(await viewerPage.getByRole('button', { name: /Hapus lampiran/ }).count()).toBe(0);
      await viewerPage.close();

      await thumbnail.click();
      const full = page.getByRole('dialog', { name: 'Contoh Tas Pameran.jpg' });
      await full.getByTestId('interaction-photo-full').waitFor();
      await shot(page, 'attachments-photo-full-remove', false);
      await full.getByTestId('attachment-remove').click();
      const confirm = page.getByRole('dialog', { name: 'Hapus lampiran?' });
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('"Contoh Tas Pameran.jpg" akan dihapus');
      await shot(page, 'attachments-remove-confirm', false);
      await confirm.getByRole('button', { name: 'Hapus lampiran', exact: true }).click();
      await expect.poll(() => thumbnail.count(), patient).toBe(0);
      await confirm.waitFor({ state: 'detached', timeout: 30_000 });

      const left = await attachmentsOfRecord();
      expect(left.map((row) => row.media_type)).toEqual(['application/pdf']);
      expect(onDisk(photoRow.storage_key)).toBe(false);
      expect(onDisk(left[0]!.storage_key)).toBe(true);
      const audit = await server.deps.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', interaction.id)
        .where('action', 'like', 'interaction.attachment_%')
        .execute();
      expect(audit.map((row) => row.action).sort()).toEqual([
        'interaction.attachment_added',
        'interaction.attachment_added',
        'interaction.attachment_removed',
      ]);
      expect(await page.getByText('Daftar Harga Koperasi.pdf').count()).toBe(1);

      // Removed by someone else while the dialog was open: the reason in words, and the list catches up.
      await entry.getByRole('button', { name: 'Hapus lampiran Daftar Harga Koperasi.pdf' }).click();
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('"Daftar Harga Koperasi.pdf" akan dihapus');
      const gone = await api.request(
        'DELETE',
        `/api/v1/interactions/${interaction.id}/attachments/${left[0]!.id}`,
      );
      expect(gone.statusCode).toBe(200);
      await confirm.getByRole('button', { name: 'Hapus lampiran', exact: true }).click();
      await page.getByText('Lampiran tidak ditemukan. Mungkin sudah dihapus.').waitFor({ timeout: 30_000 });
      await expect.poll(() => entry.getByTestId('interaction-attachments').count(), patient).toBe(0);
      expect(await attachmentsOfRecord()).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
