import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnershipVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

interface ItemTyping {
  activity: string;
  objective: string;
  party: 'Lembaga' | 'Mitra' | 'Bersama';
  startsOn: string;
  endsOn: string;
  budget: string;
  institution: string;
  partner: string;
  quantity: string;
  unit: string;
  description: string;
  partnerAspiration?: string;
}

async function typeItem(page: Page, item: ItemTyping): Promise<void> {
  await page.getByTestId('item-activity').fill(item.activity);
  await page.getByTestId('item-objective').fill(item.objective);
  await page.getByTestId('item-responsible-party').getByText(item.party, { exact: true }).click();
  await page.getByTestId('item-starts-on').fill(item.startsOn);
  await page.getByTestId('item-ends-on').fill(item.endsOn);
  await page.getByTestId('item-budget').fill(item.budget);
  await page.getByTestId('item-contribution-institution').fill(item.institution);
  await page.getByTestId('item-contribution-partner').fill(item.partner);
  await page.getByTestId('item-target-quantity').fill(item.quantity);
  await page.getByTestId('item-target-unit').fill(item.unit);
  await page.getByTestId('item-target-description').fill(item.description);
  if (item.partnerAspiration) await page.getByTestId('item-aspiration-partner').fill(item.partnerAspiration);
}

describe.skipIf(!hasChromium)(
  'browser: a joint work plan drawn up and approved by the partner (step 5)',
  () => {
    describeEachDatabase('work plan', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;
      let partnershipId: string;
      const year = new Date().getFullYear();

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        const partner = await createPartnerVia(api, { name: 'Rumah Produksi Rajut Intan' });
        partnershipId = (await createPartnershipVia(api, [partner.id], { name: 'PKW Tas Rajut' })).id;
      });
      afterAll(async () => {
        await browser?.close();
        await server?.close();
      });
      const shot = async (page: Page, name: string, fullPage = true) => {
        if (dialect !== 'sqlite') return;
        await saveScreenshot(page, name, fullPage);
      };

      it('builds a plan of two activities, sends it, and the partner approves it through the link', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
        const empty = page.getByTestId('work-plans-empty');
        await empty.waitFor();
        expect(await empty.textContent()).toContain('aspirasi kedua pihak tercatat');
        await empty.getByTestId('work-plan-create').click();
        expect(await page.getByTestId('work-plan-cycle-year').inputValue()).toBe(String(year));
        await page.getByTestId('work-plan-create-submit').click();
        await page.getByTestId('work-plan-view').waitFor();
        expect(await page.getByTestId('work-plan-status').textContent()).toBe('Draf');

        // The first activity ends before it starts: refused in Indonesian, nothing typed is lost.
        await page.getByTestId('work-plan-add-item').click();
        await typeItem(page, {
          activity: 'Pelatihan merajut tas',
          objective: 'Meningkatkan keterampilan merajut peserta didik PKW',
          party: 'Lembaga',
          startsOn: `${year}-03-02`,
          endsOn: `${year}-02-27`,
          budget: '15.000.000',
          institution: '7500000',
          partner: '7.500.000',
          quantity: '20',
          unit: 'orang',
          description: 'peserta didik terlatih',
          partnerAspiration: 'Tenaga perajin yang siap bekerja',
        });
        await page.getByTestId('item-save').click();
        const form = page.getByTestId('work-plan-item-form');
        await form.getByText('Tanggal selesai kegiatan tidak boleh sebelum tanggal mulainya.').waitFor();
        expect(await page.getByTestId('item-activity').inputValue()).toBe('Pelatihan merajut tas');
        expect(await page.getByTestId('item-budget').inputValue()).toBe('15.000.000');
        expect(await form.textContent()).toContain('Rp7.500.000');
        await shot(page, 'work-plan-item-refused', false);
        await page.getByTestId('item-ends-on').fill(`${year}-04-30`);
        await page.getByTestId('item-save').click();
        await form.waitFor({ state: 'detached' });
        await expect.poll(() => page.getByTestId('work-plan-item-row').count()).toBe(1);

        await page.getByTestId('work-plan-add-item').click();
        await typeItem(page, {
          activity: 'Penempatan lulusan di rumah produksi',
          objective: 'Menyerap lulusan sebagai perajin',
          party: 'Mitra',
          startsOn: `${year}-05-04`,
          endsOn: `${year}-08-31`,
          budget: '2.000.000',
          institution: '0',
          partner: '2000000',
          quantity: '5',
          unit: 'orang',
          description: 'lulusan bekerja',
        });
        await page.getByTestId('item-save').click();
        await form.waitFor({ state: 'detached' });
        await expect.poll(() => page.getByTestId('work-plan-item-row').count()).toBe(2);

        expect(await page.getByTestId('total-budget').textContent()).toBe('Rp17.000.000,00');
        expect(await page.getByTestId('total-institution').textContent()).toBe('Rp7.500.000,00');
        expect(await page.getByTestId('total-partner').textContent()).toBe('Rp9.500.000,00');
        const months = await page.getByTestId('timeline-month').allTextContents();
        expect(months).toEqual([
          `Mar ${year}`,
          `Apr ${year}`,
          `Mei ${year}`,
          `Jun ${year}`,
          `Jul ${year}`,
          `Agu ${year}`,
        ]);
        const bars = page.getByTestId('timeline-bar');
        expect(await bars.count()).toBe(2);
        expect(await bars.nth(0).getAttribute('aria-label')).toBe(
          `Pelatihan merajut tas: 2 Mar ${year} sampai 30 Apr ${year} (Lembaga)`,
        );
        expect(await bars.nth(1).getAttribute('data-party')).toBe('partner');
        expect(await page.getByTestId('work-plan-duties').textContent()).toContain(
          'Menyediakan biaya sebesar Rp2.000.000,00 (dua juta rupiah) untuk kegiatan Penempatan lulusan di rumah produksi.',
        );
        await shot(page, 'work-plan-desktop');

        // The review link, with its WhatsApp draft.
        await page.getByTestId('work-plan-send').click();
        await page.getByTestId('review-link-recipient').fill('Hj. Rusmini');
        await page.getByTestId('review-link-create').click();
        const urlField = page.getByTestId('review-link-url');
        await urlField.waitFor();
        const link = await urlField.inputValue();
        expect(link).toMatch(
          new RegExp(`^${server.baseUrl}/tautan/rencana-kerja/[0-9a-f-]+/[A-Za-z0-9_-]+$`),
        );
        const wa = new URL((await page.getByTestId('review-link-whatsapp').getAttribute('href')) ?? '');
        expect(wa.origin).toBe('https://wa.me');
        expect(wa.searchParams.get('text')).toContain('Bapak/Ibu Hj. Rusmini');
        expect(wa.searchParams.get('text')).toContain(link);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByTestId('work-plan-status').textContent()).toBe('Ditinjau mitra');

        // The partner: no account, no cookies, a small phone.
        const partnerContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
        const phone = await partnerContext.newPage();
        const phoneErrors: string[] = [];
        phone.on('pageerror', (error) => phoneErrors.push(error.message));
        await phone.goto(link);
        await phone.getByTestId('public-work-plan').waitFor();
        expect(await phone.getByTestId('public-work-plan-from').textContent()).toContain(
          'LKP Tas Rajut Banjarbaru mengirim rencana kerja ini kepada Rumah Produksi Rajut Intan',
        );
        expect(await phone.getByTestId('work-plan-item-card').count()).toBe(2);
        expect(await phone.getByTestId('timeline-bar').count()).toBe(2);
        expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await shot(phone, 'work-plan-public-review-phone');
        await phone.getByTestId('public-review-name').fill('Hj. Rusmini');
        await phone.getByTestId('public-review-position').fill('Pemilik Rumah Produksi');
        await phone.getByTestId('public-review-submit').click();
        await phone.getByTestId('public-review-thanks').waitFor();
        expect(await phone.getByTestId('public-review-thanks').textContent()).toContain(
          'Persetujuan Anda sudah kami terima',
        );
        await shot(phone, 'work-plan-public-thanks-phone', false);
        expect(phoneErrors).toEqual([]);
        await partnerContext.close();

        const stored = await server.deps.db
          .selectFrom('work_plans')
          .select(['status', 'approved_by_name', 'approved_by_position'])
          .where('partnership_id', '=', partnershipId)
          .executeTakeFirstOrThrow();
        expect(stored).toEqual({
          status: 'approved',
          approved_by_name: 'Hj. Rusmini',
          approved_by_position: 'Pemilik Rumah Produksi',
        });

        await page.reload();
        await page.getByTestId('work-plan-view').waitFor();
        expect(await page.getByTestId('work-plan-status').textContent()).toBe('Disetujui');
        expect(await page.getByTestId('work-plan-approved-by').textContent()).toContain(
          'Disetujui oleh Hj. Rusmini (Pemilik Rumah Produksi)',
        );
        expect(await page.getByTestId('work-plan-review').textContent()).toContain(
          'Hj. Rusmini (Pemilik Rumah Produksi) menyetujui',
        );
        expect(pageErrors).toEqual([]);
      });
    });
  },
);
