import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { insertActivityRow } from '../factories/activity-rows';
import { createPartnershipVia } from '../factories/engagement';
import { feedbackAnswerBody, publicFeedbackRequest, requestFeedbackVia } from '../factories/feedback';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { createWorkPlanVia, workPlanItemBody } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)('browser: the lists behind the dashboard figures', () => {
  describeEachDatabase('activity list and reached stages', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let lateId: string;
    let runningName: string;
    let droppedName: string;
    let mappedName: string;

    beforeAll(async () => {
      // The server's clock stands in March; the session cookie must outlive the browser's real date.
      server = await startLiveServer(dialect, { sessionIdleMinutes: 525_600, sessionAbsoluteHours: 8_760 });
      // 10 March 2026, 09:00 WITA.
      server.clock.set(new Date('2026-03-10T01:00:00.000Z'));
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Rumah Jahit Berkah' });
      runningName = 'PKW Menjahit Busana 2026';
      const partnership = await createPartnershipVia(api, [partner.id], {
        name: runningName,
        enteredAt: { stage: 'implementation', reason: 'Kemitraan sudah berjalan sejak tahun lalu.' },
      });
      const plan = await createWorkPlanVia(api, partnership.id, {
        items: [
          workPlanItemBody({
            activity: 'Pelatihan menjahit dasar',
            startsOn: '2026-02-02',
            endsOn: '2026-02-27',
          }),
          workPlanItemBody({ activity: 'Magang', startsOn: '2026-03-02', endsOn: '2026-03-31' }),
        ],
      });
      const key = { institutionId, partnershipId: partnership.id };
      const first = plan.items[0]!;
      lateId = await insertActivityRow(server.deps.db, key, {
        workPlanId: plan.id,
        workPlanItemId: first.id,
        title: 'Pelatihan menjahit angkatan 1',
        status: 'done',
        startedOn: '2026-02-02',
        endedOn: '2026-03-03',
        actualQuantity: 18,
        outcomeKind: 'learners_trained',
      });
      await insertActivityRow(server.deps.db, key, {
        workPlanId: plan.id,
        workPlanItemId: first.id,
        title: 'Pelatihan menjahit angkatan 2',
        status: 'done',
        startedOn: '2026-02-02',
        endedOn: '2026-02-27',
        actualQuantity: 12,
        outcomeKind: 'learners_trained',
      });
      await insertActivityRow(server.deps.db, key, {
        workPlanId: plan.id,
        workPlanItemId: plan.items[1]!.id,
        title: 'Magang di rumah produksi',
        status: 'in_progress',
        startedOn: '2026-03-02',
      });
      droppedName = 'Kemitraan Katering Sehat';
      const dropped = await createPartnershipVia(api, [partner.id], {
        name: droppedName,
        enteredAt: { stage: 'exploration', reason: 'Sudah dijajaki sebelum memakai Jalin.' },
      });
      const moved = await api.request('POST', `/api/v1/partnerships/${dropped.id}/transitions`, {
        to: 'not_pursued',
        reason: 'Mitra belum siap menerima peserta magang.',
      });
      expect(moved.statusCode, moved.body).toBe(200);
      mappedName = 'Bengkel Las Mandiri';
      await createPartnershipVia(api, [partner.id], { name: mappedName });
      const contact = await createContactVia(api, partner.id);
      for (const satisfaction of [4, 2]) {
        const issued = await requestFeedbackVia(api, partner.id, contact.id);
        const answered = await publicFeedbackRequest(
          server,
          'POST',
          issued.request.id,
          issued.token,
          feedbackAnswerBody({ satisfaction }),
        );
        expect(answered.statusCode, answered.body).toBe(200);
      }
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('lands on exactly the late activity of the period, and on the partnerships that reached a step', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);

      await page.goto(`${server.baseUrl}/kegiatan?timeliness=late&from=2026-03&to=2026-03`);
      const table = page.getByTestId('activity-table');
      await table.waitFor();
      const rows = table.getByTestId('activity-row');
      expect(await rows.count()).toBe(1);
      expect(await rows.first().getAttribute('data-activity-id')).toBe(lateId);
      expect(await rows.first().textContent()).toContain('Pelatihan menjahit angkatan 1');
      expect(await rows.first().getByTestId('timeliness-late').textContent()).toBe('Terlambat');
      expect(await page.getByTestId('activity-total').textContent()).toBe('1 kegiatan');
      expect(await page.getByTestId('filter-from').inputValue()).toBe('2026-03');

      // The outcome figure's list: its actual values add up on the page.
      await page.goto(
        `${server.baseUrl}/kegiatan?status=done&outcomeKind=learners_trained&from=2026-02&to=2026-03`,
      );
      await page.getByTestId('activity-outcome-sum').waitFor();
      expect(await page.getByTestId('activity-outcome-sum').textContent()).toContain('30');
      expect(await page.getByTestId('activity-table').getByTestId('activity-row').count()).toBe(2);
      await saveScreenshot(page, `activity-list-desktop-${dialect}`);

      // A filter from the page itself goes to the URL.
      await page.getByTestId('filter-timeliness').click();
      await page.getByRole('option', { name: 'Tepat waktu' }).click();
      await page.waitForURL(/timeliness=on_time/);
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[data-testid="activity-table"] [data-testid="activity-row"]').length ===
          1,
      );
      expect(await page.getByTestId('activity-table').textContent()).toContain(
        'Pelatihan menjahit angkatan 2',
      );

      // Nothing in an empty period: the page says what to change.
      await page.goto(`${server.baseUrl}/kegiatan?from=2025-01&to=2025-02`);
      await page.getByTestId('activities-no-match').waitFor();

      await page.goto(`${server.baseUrl}/kemitraan?reachedStage=exploration`);
      const partnerships = page.getByTestId('partnership-table');
      await partnerships.waitFor();
      await page.getByTestId('reached-stage-chip').waitFor();
      const names = await partnerships.getByTestId('partnership-row').allTextContents();
      expect(names).toHaveLength(2);
      expect(names.join('|')).toContain(runningName);
      expect(names.join('|')).toContain(droppedName);
      await page.goto(`${server.baseUrl}/kemitraan?reachedStage=agreement`);
      await page.getByTestId('reached-stage-chip').waitFor();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="partnership-row"]').length === 1,
      );
      expect(await page.getByTestId('partnership-table').textContent()).toContain(runningName);
      // Removing the chip shows every partnership again.
      await page.getByTestId('reached-stage-remove').click();
      await page.waitForFunction(() => !window.location.search.includes('reachedStage'));

      // The satisfaction bar's list: answered this month with 4 of 5.
      await page.goto(`${server.baseUrl}/perawatan?tab=feedback&satisfaction=4&from=2026-03&to=2026-03`);
      await page.getByTestId('feedback-answer-filter').waitFor();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="feedback-request-row"]').length === 1,
      );
      expect(await page.getByTestId('feedback-requests').textContent()).toContain('4/5');
      await page.getByTestId('feedback-answer-filter-remove').click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="feedback-request-row"]').length === 2,
      );
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('reads on a 360 px phone as cards', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kegiatan?from=2026-02&to=2026-03`);
      const cards = page.getByTestId('activity-cards');
      await cards.waitFor();
      expect(await cards.getByTestId('activity-card-item').count()).toBe(3);
      expect(await page.getByTestId('activity-table').isVisible()).toBe(false);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `activity-list-phone-${dialect}`);
      await page.close();
    });
  });
});
