import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createInteractionVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const needTitle = 'Tempat magang 10 peserta PKW Tata Busana';

describe.skipIf(!hasChromium)('browser: step 3, a need ranked against partners and pursued', () => {
  describeEachDatabase('needs and relevance', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let facilitatorEmail: string;
    let boutiqueId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server, { regionCode: '63.72' });
      facilitatorEmail = (
        await createUserFixture(server, institutionId, 'facilitator', { name: 'Ahmad Fauzi' })
      ).email;
      const api = await logInAs(server, facilitatorEmail);
      // In the institution's regency, medium-sized and visited: the better fit.
      boutiqueId = (
        await createPartnerVia(api, {
          name: 'Butik Annisa Banjarbaru',
          size: 'medium',
          offers: ['internship_places'],
        })
      ).id;
      await createInteractionVia(api, [boutiqueId]);
      await createPartnerVia(api, {
        name: 'Konveksi Mitra Samarinda',
        size: 'micro',
        offers: ['internship_places'],
        region: { provinceCode: '64', regencyCode: '64.72' },
        location: { lat: -0.5022, lng: 117.1536 },
      });
      await createPartnerVia(api, { name: 'Koperasi Modal Usaha', offers: ['capital'] });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string) => {
      if (dialect !== 'sqlite') return;
      await saveScreenshot(page, name);
    };

    it('records a need on a phone, sees the partners ranked with reasons, decides, and the pursuit is on the board', async () => {
      const page = await browser.newPage({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);

      await page.goto(`${server.baseUrl}/kebutuhan`);
      const empty = page.getByTestId('needs-empty');
      await expect.poll(() => empty.textContent()).toContain('Belum ada kebutuhan yang dicatat');
      await shot(page, 'needs-empty-phone');

      await page.getByTestId('needs-empty').getByTestId('need-add').click();
      await page.getByTestId('need-title').fill(needTitle);
      await page.getByTestId('need-item').click();
      await page.getByRole('option', { name: 'Tempat magang' }).click();
      await page.getByText('Tinggi', { exact: true }).click();
      await page.getByTestId('need-quantity').fill('10');
      await page.getByTestId('need-period-start').fill('2026-07-01');
      await page.getByTestId('need-period-end').fill('2026-06-01');
      await page.getByTestId('need-programme').fill('PKW Tata Busana 2026');
      await page.getByTestId('need-save').click();
      // The period is checked before anything is sent.
      await expect
        .poll(() => page.getByTestId('need-form').textContent())
        .toContain('Tanggal selesai tidak boleh sebelum tanggal mulai');
      await page.getByTestId('need-period-end').fill('2026-09-30');
      await shot(page, 'need-form-phone');
      await page.getByTestId('need-save').click();
      await page.waitForURL(/\/kebutuhan\/[0-9a-f-]{36}$/);
      const needId = page.url().split('/').pop() ?? '';

      const candidates = page.getByTestId('candidate');
      await expect.poll(() => candidates.count()).toBe(2);
      const first = candidates.first();
      expect(await first.getAttribute('data-partner-id')).toBe(boutiqueId);
      const firstText = (await first.textContent()) ?? '';
      expect(firstText).toContain('Butik Annisa Banjarbaru');
      expect(firstText).toContain('Menawarkan tempat magang, sesuai kebutuhan ini.');
      expect(firstText).toContain('Satu kabupaten/kota dengan lembaga.');
      expect(firstText).toContain('1 interaksi dalam 12 bulan terakhir.');
      expect(await page.getByTestId('candidates').textContent()).not.toContain('Koperasi Modal Usaha');
      const scores = await page.getByTestId('candidate-score').allTextContents();
      expect(Number(scores[0])).toBeGreaterThan(Number(scores[1]));
      await shot(page, 'need-ranking-phone');

      // "Nanti dulu" needs a reason; the decision shows on the card.
      const second = candidates.nth(1);
      await second.getByTestId('decide-not-now').click();
      await page.getByTestId('decision-reason').fill('Terlalu jauh untuk peserta dari Banjarbaru');
      await page.getByTestId('decision-confirm').click();
      await expect.poll(() => second.getByTestId('candidate-decision').textContent()).toContain('Nanti dulu');

      await first.getByTestId('decide-pursue').click();
      await expect.poll(() => first.getByTestId('candidate-decision').textContent()).toContain('Kejar');
      await expect
        .poll(() =>
          page
            .getByText('Kemitraan dengan Butik Annisa Banjarbaru sekarang di tahap "Penjajagan Kerja Sama"')
            .count(),
        )
        .toBeGreaterThan(0);
      await shot(page, 'need-pursued-phone');

      const decisions = await server.deps.db
        .selectFrom('need_decisions')
        .selectAll()
        .where('need_id', '=', needId)
        .orderBy('id')
        .execute();
      expect(decisions.map((row) => row.decision)).toEqual(['not_now', 'pursue']);
      const partnershipId = decisions[1]!.partnership_id!;
      const partnership = await server.deps.db
        .selectFrom('partnerships')
        .selectAll()
        .where('id', '=', partnershipId)
        .executeTakeFirstOrThrow();
      // The visit has findings, so the gate to analysis holds: the pursuit goes on to exploration.
      expect(partnership).toMatchObject({
        name: `${needTitle} — Butik Annisa Banjarbaru`,
        programme: 'PKW Tata Busana 2026',
        stage: 'exploration',
      });

      await first.getByTestId('candidate-partnership').click();
      await page.waitForURL(new RegExp(`/kemitraan/${partnershipId}$`));
      await page.goto(`${server.baseUrl}/kemitraan`);
      const card = page.getByTestId('partnership-card');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.getAttribute('data-stage')).toBe('exploration');
      expect(await card.textContent()).toContain(needTitle);

      await page.goto(`${server.baseUrl}/mitra/${boutiqueId}`);
      const section = page.getByTestId('partner-needs');
      await expect.poll(() => section.textContent()).toContain(needTitle);
      expect(await section.textContent()).toContain('Kejar');
      await shot(page, 'partner-needs-phone');
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('on a wide screen the list shows the need with its decisions counted', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, server.baseUrl, facilitatorEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kebutuhan`);
      const row = page.getByTestId('need-row');
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('1 dikejar · 1 nanti dulu · 0 tidak relevan');
      await shot(page, 'needs-list-desktop');
      await row.getByRole('link').click();
      await expect.poll(() => page.getByTestId('candidate').count()).toBe(2);
      await shot(page, 'need-ranking-desktop');
      await page.close();
    });
  });
});
