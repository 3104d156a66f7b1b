import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { phonePhotoWithLocation } from '../factories/photos';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const witaMs = 8 * 3_600_000;
const outcomeGate = 'Hasil penjajagan menunjukkan mitra berminat';

/** A moment as the institution's (WITA) wall clock, as a datetime-local input takes it. */
function witaInput(moment: Date): string {
  return new Date(moment.getTime() + witaMs).toISOString().slice(0, 16);
}

/**
 * Issue 4's journey in one piece: steps 2 to 4 with one partner, on the screens a facilitator uses
 * (a phone in the field, the board on a desktop), each step checked in the database as well.
 */
describe.skipIf(!hasChromium)('browser: from a mapped partner to a joint work plan (steps 2–4)', () => {
  describeEachDatabase('engagement journey', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let facilitatorEmail: string;
    let partnerId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server, { regionCode: '63.72' });
      facilitatorEmail = (
        await createUserFixture(server, institutionId, 'facilitator', { name: 'Ahmad Fauzi' })
      ).email;
      const api = await logInAs(server, facilitatorEmail);
      // Mapped in step 1: offers internship places, in the institution's own town.
      partnerId = (
        await createPartnerVia(api, {
          name: 'Rumah Rajut Banjarbaru',
          size: 'small',
          sector: 'Kerajinan tas rajut',
          offers: ['internship_places'],
        })
      ).id;
      await createContactVia(api, partnerId, {
        name: 'Ibu Hj. Rusmini',
        position: 'Pemilik',
        phone: '0813-4800-1122',
      });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect === 'sqlite') await saveScreenshot(page, `journey-${name}`, fullPage);
    };
    const stageOf = async (id: string) =>
      (
        await server.deps.db
          .selectFrom('partnerships')
          .select('stage')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).stage;
    const dragOnBoard = async (page: Page, to: string) => {
      const card = page.getByTestId('partnership-card');
      await card.waitFor();
      // The board refetches after a move; a drag started on the card being replaced is lost.
      await page.waitForLoadState('networkidle');
      const column = page.getByTestId(`stage-column-${to}`);
      await column.scrollIntoViewIfNeeded();
      await card.dragTo(column);
      return card;
    };

    it('visit with a photo, a need ranked, an audience held, the board moved with its gates', async () => {
      const page = await browser.newPage({ viewport: phone, isMobile: true, hasTouch: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

      // The partnership starts from the mapped partner's page.
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('partnership-start').click();
      await page.getByTestId('partnership-name').fill('PKW Pembuatan Tas Rajut 2026');
      await page.getByTestId('partnership-save').click();
      await page.waitForURL(/\/kemitraan\/[0-9a-f-]{36}$/);
      const partnershipId = page.url().split('/').pop() ?? '';
      expect(await stageOf(partnershipId)).toBe('mapping');
      // The URL changes before the partner page leaves, and both pages have a log button.
      await page.getByTestId('partnership-details').waitFor();

      // Step 2 in the field: a visit with findings and a photo, one-handed on the phone.
      await page.getByTestId('interaction-log').click();
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Kunjungan' }).click();
      await page
        .getByTestId('quick-log-approach')
        .getByRole('radio', { name: /^Personal/ })
        .click();
      await page.getByTestId('quick-log-summary').fill('Melihat rumah produksi dan ruang jahit');
      await page.getByTestId('quick-log-findings-toggle').click();
      await page.getByTestId('quick-log-finding-needs').fill('Perajin terampil, 6 orang per tahun');
      await page.getByTestId('quick-log-finding-offers').fill('Tempat magang 5 peserta per gelombang');
      await page.getByTestId('attachment-photo-input').setInputFiles({
        name: 'IMG_20261128_100500.jpg',
        mimeType: 'image/jpeg',
        buffer: await phonePhotoWithLocation(1200, 900),
      });
      await expect.poll(() => page.getByTestId('chosen-attachment').count()).toBe(1);
      await shot(page, 'visit-phone', false);
      await page.getByTestId('quick-log-save').click();
      await page.getByTestId('quick-log-form').waitFor({ state: 'detached' });
      const item = page.getByTestId('interaction-item');
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.textContent()).toContain('Tempat magang 5 peserta per gelombang');
      await expect.poll(() => page.getByTestId('interaction-photo').count()).toBe(1);
      await shot(page, 'visit-logged-phone');
      const stored = await server.deps.db
        .selectFrom('interaction_attachments')
        .innerJoin('files', 'files.id', 'interaction_attachments.file_id')
        .innerJoin('interactions', 'interactions.id', 'interaction_attachments.interaction_id')
        .select(['files.storage_key', 'interactions.partnership_id', 'interactions.has_findings'])
        .execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ partnership_id: partnershipId });
      expect(Number(stored[0]!.has_findings)).toBe(1);
      const photo = fs.readFileSync(path.join(server.database.dataDir, 'files', stored[0]!.storage_key));
      expect((await sharp(photo).metadata()).exif).toBeUndefined();

      // Step 3: the institution's need, and the partner ranked against it with its reasons.
      await page.goto(`${server.baseUrl}/kebutuhan`);
      await page.getByTestId('needs-empty').getByTestId('need-add').click();
      await page.getByTestId('need-title').fill('Tempat magang 10 peserta PKW Tas Rajut');
      await page.getByTestId('need-item').click();
      await page.getByRole('option', { name: 'Tempat magang' }).click();
      await page.getByText('Tinggi', { exact: true }).click();
      await page.getByTestId('need-quantity').fill('10');
      await page.getByTestId('need-save').click();
      await page.waitForURL(/\/kebutuhan\/[0-9a-f-]{36}$/);
      const candidate = page.getByTestId('candidate');
      await expect.poll(() => candidate.count()).toBe(1);
      const reasons = (await candidate.textContent()) ?? '';
      expect(reasons).toContain('Rumah Rajut Banjarbaru');
      expect(reasons).toContain('Menawarkan tempat magang, sesuai kebutuhan ini.');
      expect(reasons).toContain('Satu kabupaten/kota dengan lembaga.');
      expect(reasons).toContain('1 interaksi dalam 12 bulan terakhir.');
      expect(Number(await candidate.getByTestId('candidate-score').textContent())).toBeGreaterThan(0);
      await shot(page, 'need-ranked-phone');

      // The board on a desktop: mapping → information gathering → analysis → exploration by drag,
      // then work planning is refused in place, naming the condition that is missing.
      await page.setViewportSize(desktop);
      await page.goto(`${server.baseUrl}/kemitraan`);
      for (const to of ['information_gathering', 'analysis', 'exploration']) {
        const card = await dragOnBoard(page, to);
        await expect.poll(() => card.getAttribute('data-stage')).toBe(to);
      }
      const card = await dragOnBoard(page, 'work_planning');
      const refusal = card.getByTestId('move-refusal');
      await expect.poll(() => refusal.textContent()).toContain(outcomeGate);
      expect(await card.getAttribute('data-stage')).toBe('exploration');
      expect(await stageOf(partnershipId)).toBe('exploration');
      await shot(page, 'board-refused');

      // Step 4 on the phone: an audience scheduled, held, and its outcome recorded.
      await page.setViewportSize(phone);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      const start = new Date(server.clock.now().getTime() + 2 * 3_600_000);
      start.setUTCSeconds(0, 0);
      await page.getByTestId('meetings-empty').getByTestId('meeting-schedule').click();
      await page.getByTestId('meeting-kind').getByRole('radio', { name: 'Audiensi' }).click();
      await page.getByTestId('meeting-title').fill('Audiensi PKW Tas Rajut');
      await page.getByTestId('meeting-starts').fill(witaInput(start));
      await page.getByTestId('meeting-place').fill('Rumah Produksi, Jl. A. Yani Km 33, Banjarbaru');
      await page.getByTestId('meeting-agenda').fill('Perkenalan lembaga dan paparan program magang');
      await page.getByTestId('meeting-save').click();
      const meeting = page.getByTestId('meeting-card');
      await meeting.waitFor();
      expect(await meeting.textContent()).toContain('WITA');
      await shot(page, 'audience-scheduled-phone');

      server.clock.set(new Date(start.getTime() + 45 * 60_000));
      await page.reload();
      await page.getByTestId('meetings-held').waitFor();
      await meeting.getByTestId('meeting-record-outcome').click();
      await page
        .getByTestId('meeting-outcome')
        .getByRole('radio', { name: /^Positif/ })
        .click();
      await page.getByTestId('meeting-interest').getByRole('radio', { name: 'Tinggi' }).click();
      await page.getByTestId('meeting-next-step').fill('Susun rencana kerja bersama');
      await page.getByTestId('meeting-outcome-save').click();
      await expect
        .poll(() => meeting.getByTestId('meeting-card-outcome').textContent(), { timeout: 15_000 })
        .toContain('Positif');
      await shot(page, 'audience-held-phone');

      // Back on the board: the same drag now goes through, and the history keeps every move.
      await page.setViewportSize(desktop);
      await page.goto(`${server.baseUrl}/kemitraan`);
      const moved = await dragOnBoard(page, 'work_planning');
      await expect.poll(() => moved.getAttribute('data-stage')).toBe('work_planning');
      expect(await moved.getByTestId('move-refusal').count()).toBe(0);
      expect(await stageOf(partnershipId)).toBe('work_planning');
      await shot(page, 'board-work-planning');

      const history = await server.deps.db
        .selectFrom('partnership_stage_events')
        .select(['from_stage', 'to_stage', 'gate'])
        .where('partnership_id', '=', partnershipId)
        .orderBy('id')
        .execute();
      expect(history).toEqual([
        { from_stage: null, to_stage: 'mapping', gate: null },
        { from_stage: 'mapping', to_stage: 'information_gathering', gate: null },
        { from_stage: 'information_gathering', to_stage: 'analysis', gate: 'interaction_with_findings' },
        { from_stage: 'analysis', to_stage: 'exploration', gate: 'interaction_with_findings' },
        { from_stage: 'exploration', to_stage: 'work_planning', gate: 'positive_exploration_outcome' },
      ]);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      await expect.poll(() => page.getByTestId('stage-event').count()).toBe(5);
      await shot(page, 'partnership-history');
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
