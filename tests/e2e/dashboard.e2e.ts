import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Dashboard } from '../../src/shared/contracts/reports';
import { addDays } from '../../src/shared/domain/local-date';
import { createActivityVia } from '../factories/activities';
import { createPartnershipVia } from '../factories/engagement';
import { signedAgreementVia } from '../factories/monev';
import { createPartnerVia } from '../factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  standardPassword,
  type Session,
} from '../factories/people';
import { createWorkPlanVia, placementItemBody, workPlanItemBody } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 900 } };

/** The institution's (WITA) calendar: the first of this month, this year and last year. */
function witaCalendar() {
  const today = new Date(Date.now() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  return { today, firstOfMonth: `${today.slice(0, 7)}-01`, year, lastYear: year - 1 };
}

describe.skipIf(!hasChromium)(
  'browser: the manager reads the dashboard and clicks through to the lists',
  () => {
    describeEachDatabase('dashboard', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let api: Session;
      let managerEmail: string;
      const calendar = witaCalendar();

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        api = await logInAs(server, managerEmail);
        // Three businesses and two community figures (one of them in Banjarmasin, 63.71).
        const workshop = await createPartnerVia(api, { name: 'Rumah Produksi Rajut Intan' });
        await createPartnerVia(api, { name: 'Toko Tas Sasirangan Nida' });
        await createPartnerVia(api, { name: 'CV Benang Emas Banjarbaru' });
        await createPartnerVia(api, { name: 'H. Abdul Karim', category: 'community_figure' });
        await createPartnerVia(api, {
          name: 'Ustadzah Rahmah',
          category: 'community_figure',
          region: { provinceCode: '63', regencyCode: '63.71' },
          location: { lat: -3.3186, lng: 114.5944 },
        });

        const partnership = await createPartnershipVia(api, [workshop.id], {
          name: 'PKW Tas Rajut',
          cycleYears: [calendar.year],
        });
        const plan = await createWorkPlanVia(api, partnership.id, {
          cycleYear: calendar.year,
          items: [
            workPlanItemBody({
              startsOn: addDays(calendar.firstOfMonth, -60),
              endsOn: calendar.firstOfMonth,
            }),
            placementItemBody({
              startsOn: addDays(calendar.firstOfMonth, -60),
              endsOn: addDays(calendar.firstOfMonth, -10),
            }),
          ],
        });
        const [training, placement] = plan.items;
        // On time (ended on its planned end), late (ten days after), and last year's unplanned one.
        await createActivityVia(api, partnership.id, {
          workPlanItemId: training!.id,
          startedOn: addDays(calendar.firstOfMonth, -5),
          endedOn: calendar.firstOfMonth,
          actualQuantity: 18,
          outcomeKind: 'learners_trained',
        });
        await createActivityVia(api, partnership.id, {
          workPlanItemId: placement!.id,
          title: 'Penempatan lulusan di rumah produksi',
          startedOn: addDays(calendar.firstOfMonth, -20),
          endedOn: calendar.firstOfMonth,
          actualQuantity: 4,
          outcomeKind: 'graduates_hired',
        });
        await createActivityVia(api, partnership.id, {
          workPlanItemId: null,
          title: 'Kelas tamu pewarnaan alami',
          startedOn: `${calendar.lastYear}-06-10`,
          endedOn: `${calendar.lastYear}-06-10`,
          actualQuantity: 7,
          outcomeKind: 'learners_trained',
        });
        await signedAgreementVia(server, api, partnership.id, workshop.id);
        await createPartnershipVia(api, [workshop.id], {
          name: 'Magang Penjahit',
          pattern: 'foster',
          cycleYears: [calendar.year],
        });
        const moved = await api.request('POST', `/api/v1/partnerships/${partnership.id}/transitions`, {
          to: 'information_gathering',
        });
        if (moved.statusCode !== 200) throw new Error(`move failed: ${moved.statusCode} ${moved.body}`);
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string) => {
        if (dialect === 'sqlite') await saveScreenshot(page, name, true);
      };
      const figure = (page: Page, testId: string) =>
        page.getByTestId(testId).getByTestId(`${testId}-value`).textContent();

      it('reads the figures made, follows a category bar to its list, changes the period and opens the late activities', async () => {
        const context = await browser.newContext(desktop);
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        const dashboard = page.getByTestId('dashboard');
        await dashboard
          .getByTestId('dashboard-charts')
          .waitFor()
          .catch(async (error: unknown) => {
            await saveScreenshot(page, `dashboard-debug-${dialect}`, true);
            throw new Error(`${String(error)} ${pageErrors.join(' | ')}`);
          });
        expect(new URL(page.url()).pathname).toBe('/');

        expect(await figure(page, 'figure-partners')).toBe('5');
        expect(await figure(page, 'figure-learners-trained')).toBe('18');
        expect(await figure(page, 'figure-graduates-hired')).toBe('4');
        const agreements = (await apiDashboard()).agreements;
        expect(agreements.active + agreements.expiring + agreements.expired).toBe(1);
        expect(await figure(page, 'figure-active-agreements')).toBe(String(agreements.active));
        const business = dashboard.getByTestId('dashboard-category-business');
        expect(await business.textContent()).toContain('3');
        expect(await dashboard.getByTestId('dashboard-category-community_figure').textContent()).toContain(
          '2',
        );
        expect(await dashboard.getByTestId('dashboard-region-63.71').textContent()).toContain('1');
        expect(await dashboard.getByTestId('dashboard-timeliness-late').textContent()).toContain('1');
        expect(await dashboard.getByTestId('dashboard-timeliness-on_time').textContent()).toContain('1');
        expect(await dashboard.getByTestId('dashboard-reached-mapping').textContent()).toContain('2');
        expect(
          await dashboard.getByTestId('dashboard-reached-information_gathering').textContent(),
        ).toContain('50%');
        expect(await dashboard.getByTestId('dashboard-meta').textContent()).toMatch(/Diperbarui \d/);
        await shot(page, 'dashboard-desktop');

        // A category bar is a link: the keyboard reaches it and the list shows the same count.
        await business.focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(
          (url) => url.pathname === '/mitra' && url.searchParams.get('category') === 'business',
        );
        await expect.poll(() => page.getByTestId('partners-total').textContent()).toContain('3');
        await page.goBack();
        await dashboard.getByTestId('dashboard-charts').waitFor();

        // Last year: only the unplanned guest class counts.
        await page.getByTestId('dashboard-period-preset').click();
        await page.getByRole('option', { name: 'Tahun lalu', exact: true }).click();
        await page.waitForURL((url) => url.searchParams.get('from') === `${calendar.lastYear}-01`);
        expect(new URL(page.url()).searchParams.get('to')).toBe(`${calendar.lastYear}-12`);
        await expect.poll(() => figure(page, 'figure-learners-trained')).toBe('7');
        expect(await figure(page, 'figure-graduates-hired')).toBe('0');
        expect(await dashboard.getByTestId('dashboard-timeliness-unplanned').textContent()).toContain('1');
        expect(await dashboard.getByTestId('dashboard-timeliness-late').textContent()).toContain('0');
        expect(await figure(page, 'figure-partners')).toBe('5');

        // Back to this year, then the late activities' list, filtered by the same months.
        await page.getByTestId('dashboard-period-preset').click();
        await page.getByRole('option', { name: 'Tahun ini', exact: true }).click();
        await expect.poll(() => figure(page, 'figure-learners-trained')).toBe('18');
        await dashboard.getByTestId('dashboard-timeliness-late').click();
        await page.waitForURL((url) => url.pathname === '/kegiatan');
        const landed = new URL(page.url()).searchParams;
        expect(landed.get('timeliness')).toBe('late');
        expect(landed.get('from')).toBe(`${calendar.year}-01`);
        expect(landed.get('to')).toBe(calendar.today.slice(0, 7));
        await expect.poll(() => page.getByTestId('activity-total').textContent()).toBe('1 kegiatan');
        expect(pageErrors).toEqual([]);
        await context.close();
      });

      it('stacks the charts on a 360 px phone with every figure readable', async () => {
        const context = await browser.newContext(phone);
        const page = await context.newPage();
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.getByTestId('dashboard-charts').waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width).toBeLessThanOrEqual(360);
        expect(await figure(page, 'figure-partners')).toBe('5');
        await shot(page, 'dashboard-phone');
        await context.close();
      });

      it('shows a new institution what to do first', async () => {
        const { institutionId } = await createInstitutionFixture(server, { name: 'LKP Menjahit Baru' });
        const email = (await createUserFixture(server, institutionId, 'manager')).email;
        const context = await browser.newContext(desktop);
        const page = await context.newPage();
        await signIn(page, server.baseUrl, email, standardPassword);
        const empty = page.getByTestId('dashboard-empty');
        await empty.waitFor();
        expect(await page.getByTestId('dashboard-figures').count()).toBe(0);
        await shot(page, 'dashboard-empty');
        await empty.getByTestId('dashboard-empty-action').click();
        await page.waitForURL((url) => url.pathname === '/mitra/baru');
        await context.close();
      });

      async function apiDashboard(): Promise<Dashboard> {
        const response = await api.request('GET', '/api/v1/reports/dashboard');
        expect(response.statusCode, response.body).toBe(200);
        return response.json<Dashboard>();
      }
    });
  },
);
