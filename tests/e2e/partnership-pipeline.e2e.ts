import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const gateText = 'Ada catatan interaksi dengan temuan';

describe.skipIf(!hasChromium)('browser: a facilitator works a partnership through the pipeline', () => {
  describeEachDatabase('partnership pipeline', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let facilitatorEmail: string;
    let partnerId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      facilitatorEmail = (
        await createUserFixture(server, institutionId, 'facilitator', { name: 'Ahmad Fauzi' })
      ).email;
      const api = await logInAs(server, facilitatorEmail);
      partnerId = (
        await createPartnerVia(api, { name: 'Rumah Rajut Banjarbaru', sector: 'Kerajinan tas rajut' })
      ).id;
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    // The screens are the same on both databases: one set of screenshots is enough.
    const shot = async (page: Page, name: string) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name);
    };
    const stageOf = async (id: string) =>
      (
        await server.deps.db
          .selectFrom('partnerships')
          .select('stage')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).stage;

    it('creates from the partner, is refused analysis by name, logs findings on a phone, then moves', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

      await page.goto(`${server.baseUrl}/kemitraan`);
      const empty = page.getByTestId('partnerships-empty');
      await expect.poll(() => empty.textContent()).toContain('Buat kemitraan dari halaman mitra');
      await shot(page, 'partnerships-empty');

      // Started from the partner page: the partner is already chosen.
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await page.getByTestId('partnership-start').click();
      await page.getByTestId('partnership-name').fill('PKW Pembuatan Tas Rajut 2026');
      await page.getByTestId('partnership-programme').fill('PKW');
      expect(await page.getByTestId('partnership-form').textContent()).toContain('Rumah Rajut Banjarbaru');
      await page.getByTestId('partnership-pattern').click();
      await page.getByRole('option', { name: 'Dagang Umum' }).click();
      await page.getByTestId('partnership-facilitator').click();
      await page.getByRole('option', { name: 'Ahmad Fauzi' }).click();
      await shot(page, 'partnership-create');
      await page.getByTestId('partnership-save').click();
      await page.waitForURL(/\/kemitraan\/[0-9a-f-]{36}$/);
      const partnershipId = page.url().split('/').pop() ?? '';
      await expect.poll(() => page.getByTestId('current-stage').textContent()).toBe('Pemetaan Objek Mitra');
      expect(await page.getByTestId('partnership-details').textContent()).toContain('Ahmad Fauzi');
      expect(await stageOf(partnershipId)).toBe('mapping');

      // On the board: the menu moves it a step; analysis is refused with the missing condition named.
      await page.goto(`${server.baseUrl}/kemitraan`);
      const card = page.getByTestId('partnership-card');
      await expect.poll(() => card.getAttribute('data-stage')).toBe('mapping');
      expect(await card.textContent()).toContain('Rumah Rajut Banjarbaru');
      expect(await card.textContent()).toContain('Dagang Umum');
      await card.getByTestId('move-menu').click();
      await page.getByTestId('move-to-information_gathering').click();
      await expect.poll(() => card.getAttribute('data-stage')).toBe('information_gathering');
      await card.getByTestId('move-menu').click();
      await page.getByTestId('move-to-analysis').click();
      const refusal = card.getByTestId('move-refusal');
      await expect.poll(() => refusal.textContent()).toContain(gateText);
      expect(await refusal.textContent()).toContain('Menganalisis Informasi');
      expect(await card.getAttribute('data-stage')).toBe('information_gathering');
      expect(await stageOf(partnershipId)).toBe('information_gathering');
      await shot(page, 'partnership-board-refused');
      // A drop on a stage the table does not allow from here is refused in place too.
      await card.dragTo(page.getByTestId('stage-column-mapping'));
      await expect
        .poll(() => refusal.textContent())
        .toContain('tidak bisa langsung pindah ke Pemetaan Objek Mitra');
      expect(await card.getAttribute('data-stage')).toBe('information_gathering');

      // At phone width: the quick log, findings opened, saved against the partnership.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.baseUrl}/kemitraan`);
      await card.waitFor();
      await shot(page, 'partnership-board-phone');
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      await page.getByTestId('interaction-log').click();
      await page.getByTestId('quick-log-kind').waitFor();
      await shot(page, 'quick-log-phone');
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Kunjungan' }).click();
      await page
        .getByTestId('quick-log-approach')
        .getByRole('radio', { name: /^Personal/ })
        .click();
      expect(await page.getByTestId('quick-log-when').inputValue()).toMatch(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
      );
      await page.getByTestId('quick-log-summary').fill('Kunjungan ke rumah produksi rajut');
      await page.getByTestId('quick-log-findings-toggle').click();
      await page.getByTestId('quick-log-finding-goals').fill('Menambah perajin terampil');
      await page.getByTestId('quick-log-finding-needs').fill('Lulusan yang siap kerja');
      await shot(page, 'quick-log-phone-findings');
      const saveBox = await page.getByTestId('quick-log-save').boundingBox();
      expect(saveBox?.height ?? 0).toBeGreaterThanOrEqual(44);
      await page.getByTestId('quick-log-save').click();
      const entry = page.getByTestId('interaction-item');
      await expect.poll(() => entry.count()).toBe(1);
      expect(await entry.textContent()).toContain('Tujuan: Menambah perajin terampil');
      await expect
        .poll(() => page.getByTestId('move-option-analysis').textContent())
        .toContain('Syarat terpenuhi');
      await shot(page, 'partnership-page-phone');
      const logged = await server.deps.db
        .selectFrom('interactions')
        .select(['partnership_id', 'kind', 'approach'])
        .execute();
      expect(logged).toEqual([{ partnership_id: partnershipId, kind: 'visit', approach: 'personal' }]);

      // Back on a desktop: dragging the card to analysis now succeeds.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${server.baseUrl}/kemitraan`);
      await expect.poll(() => card.getAttribute('data-stage')).toBe('information_gathering');
      await card.dragTo(page.getByTestId('stage-column-analysis'));
      await expect.poll(() => card.getAttribute('data-stage')).toBe('analysis');
      expect(await card.getByTestId('move-refusal').count()).toBe(0);
      expect(await stageOf(partnershipId)).toBe('analysis');
      await shot(page, 'partnership-board');

      await card.getByRole('link').click();
      await page.waitForURL(`${server.baseUrl}/kemitraan/${partnershipId}`);
      const events = page.getByTestId('stage-event');
      await expect.poll(() => events.count()).toBe(3);
      const last = await events.nth(2).textContent();
      expect(last).toContain('Menggali Informasi → Menganalisis Informasi');
      expect(last).toContain(gateText);
      expect(await events.nth(0).textContent()).toContain('Dimulai di Pemetaan Objek Mitra');
      await shot(page, 'partnership-page');

      // The partner's page shows the same log.
      await page.goto(`${server.baseUrl}/mitra/${partnerId}`);
      await expect.poll(() => entry.count()).toBe(1);
      expect(await entry.textContent()).toContain('Kebutuhan: Lulusan yang siap kerja');
      expect(await page.getByTestId('partner-partnership').textContent()).toContain('Menganalisis Informasi');
      await shot(page, 'partner-page-engagement');

      // A call logged from the partner page shows on the partnership page as well.
      await page.getByTestId('interaction-log').click();
      await page.getByTestId('quick-log-kind').getByRole('radio', { name: 'Telepon' }).click();
      await page
        .getByTestId('quick-log-approach')
        .getByRole('radio', { name: /^Informal/ })
        .click();
      await page.getByTestId('quick-log-summary').fill('Menanyakan jadwal kunjungan berikutnya');
      // The partner's only open partnership is already chosen.
      expect(await page.getByTestId('quick-log-partnership').inputValue()).toBe(
        'PKW Pembuatan Tas Rajut 2026',
      );
      await page.getByTestId('quick-log-save').click();
      await expect.poll(() => entry.count()).toBe(2);
      const call = await server.deps.db
        .selectFrom('interactions')
        .select('partnership_id')
        .where('kind', '=', 'phone')
        .executeTakeFirstOrThrow();
      expect(call.partnership_id).toBe(partnershipId);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      await expect.poll(() => entry.count()).toBe(2);
      expect(await entry.first().textContent()).toContain('Menanyakan jadwal kunjungan berikutnya');
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('a viewer sees the board and the partnership without any way to change them', async () => {
      const { institutionId } = await createInstitutionFixture(server, { name: 'LKP Lain' });
      const other = await createUserFixture(server, institutionId, 'viewer');
      const mine = await server.deps.db
        .selectFrom('users')
        .select('institution_id')
        .where('email', '=', facilitatorEmail)
        .executeTakeFirstOrThrow();
      const viewer = await createUserFixture(server, mine.institution_id, 'viewer', {
        name: 'Rina Peninjau',
      });
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, viewer.email, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan`);
      await expect.poll(() => page.getByTestId('partnership-card').count()).toBe(1);
      expect(await page.getByTestId('move-menu').count()).toBe(0);
      expect(await page.getByTestId('partnership-add').count()).toBe(0);
      expect(await page.getByTestId('partnership-card').getAttribute('draggable')).toBe('false');
      await page.getByTestId('partnership-card').getByRole('link').click();
      await page.getByTestId('stage-history').waitFor();
      expect(await page.locator('[data-testid^="page-move-to-"]').count()).toBe(0);
      expect(await page.getByTestId('interaction-log').count()).toBe(0);
      await page.close();

      // Another institution's user sees none of it.
      const outsider = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(outsider, server.baseUrl, other.email, standardPassword);
      await outsider.goto(`${server.baseUrl}/kemitraan`);
      await outsider.getByTestId('partnerships-empty').waitFor();
      await outsider.close();
      expect(pageErrors).toEqual([]);
    });

    it('lists the same partnerships in a table kept in the URL; giving up asks for a reason', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan`);
      await page.getByTestId('partnership-view').getByText('Daftar').click();
      await page.waitForURL(/view=list/);
      const row = page.getByTestId('partnership-row');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('Menganalisis Informasi');

      await row.getByTestId('move-menu').click();
      await page.getByTestId('move-to-not_pursued').click();
      await page.getByTestId('move-reason').fill('Mitra belum siap menerima peserta tahun ini');
      await page.getByTestId('move-reason-confirm').click();
      await expect.poll(() => row.textContent()).toContain('Tidak dilanjutkan');
      await page.getByTestId('move-reason').waitFor({ state: 'detached' });
      await shot(page, 'partnership-list');

      // The filter lives in the URL too: reloading keeps the list view and the stage.
      await page.goto(`${server.baseUrl}/kemitraan?view=list&stage=analysis`);
      await page.getByTestId('partnerships-empty').waitFor();
      await page.goto(`${server.baseUrl}/kemitraan?view=list&stage=not_pursued`);
      await expect.poll(() => row.count()).toBe(1);
      const reasons = await server.deps.db
        .selectFrom('partnership_stage_events')
        .select(['to_stage', 'reason'])
        .where('reason', 'is not', null)
        .execute();
      expect(reasons).toEqual([
        { to_stage: 'not_pursued', reason: 'Mitra belum siap menerima peserta tahun ini' },
      ]);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
