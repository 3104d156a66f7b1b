import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnershipVia } from '../factories/engagement';
import { createContactVia, createPartnerVia } from '../factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  standardPassword,
  type Session,
} from '../factories/people';
import { createWorkPlanVia } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

/** Picks options of a Mantine MultiSelect by their visible words, then closes it. */
async function pickMany(page: Page, testId: string, options: string[]): Promise<void> {
  // The pills wrapper lies over the input and opens the list on a click; the list stays open.
  await page.getByTestId(testId).click({ force: true });
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Scrolls a part to the top of the window, clear of the app's fixed header, for a screenshot. */
async function reveal(page: Page, testId: string): Promise<void> {
  await page
    .getByTestId(testId)
    .first()
    .evaluate((element) => {
      element.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
}

describe.skipIf(!hasChromium)('browser: a manager drafts a KSO agreement (step 6)', () => {
  describeEachDatabase('agreement drafting', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let api: Session;
    let managerEmail: string;
    let partnershipId: string;
    let partnerId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Rumah Rajut Banjarbaru' });
      partnerId = partner.id;
      await createContactVia(api, partner.id, { name: 'Ahmad Fauzi', position: 'Pemilik' });
      partnershipId = (
        await createPartnershipVia(api, [partner.id], {
          name: 'PKW Tas Rajut 2026',
          pattern: 'operational_cooperation',
        })
      ).id;
      await createWorkPlanVia(api, partnershipId);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    // The screens are the same on both databases: one set of screenshots is enough.
    const shot = async (page: Page, name: string, fullPage = true) => {
      if (dialect !== 'sqlite') return;
      await saveScreenshot(page, name, fullPage);
    };
    const versionCount = async (agreementId: string) =>
      (
        await server.deps.db
          .selectFrom('agreement_versions')
          .select('id')
          .where('agreement_id', '=', agreementId)
          .execute()
      ).length;

    it('creates a PKS draft, refuses 70/20 shares, saves 60/40, versions a subject edit and previews the PDF', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);

      // From the partnership page: an empty section that explains, and the PKS draft dialog.
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      const empty = page.getByTestId('partnership-agreements-empty');
      await empty.waitFor();
      expect(await empty.textContent()).toContain('Buat draf MoU untuk kesepahaman awal');
      await empty.getByTestId('agreement-create-pks').click();
      const form = page.getByTestId('agreement-create-form');
      await form.waitFor();
      await expect.poll(() => page.getByTestId('signatory-partner-name').inputValue()).toBe('Ahmad Fauzi');
      expect(await page.getByTestId('signatory-partner-position').inputValue()).toBe('Pemilik');
      expect(await page.getByTestId('signatory-institution-name').inputValue()).toBe('Siti Rahmah');
      await page.getByTestId('agreement-create-subject').fill('Kerja Sama Pelatihan Perajin Tas Rajut');
      await page.getByTestId('agreement-create-place').fill('Banjarbaru');
      await page.getByTestId('agreement-create-starts-on').fill('2026-04-01');
      await page.getByTestId('agreement-create-ends-on').fill('2027-03-31');
      await page.getByTestId('signatory-institution-position').fill('Pimpinan LKP');
      await page.getByTestId('agreement-create-submit').click();

      await page.waitForURL(/\/kesepakatan\/[0-9a-f-]{36}$/);
      const agreementId = page.url().split('/').at(-1)!;
      await page.getByTestId('kso-terms').waitFor();
      const stored = await server.deps.db
        .selectFrom('agreements')
        .selectAll()
        .where('id', '=', agreementId)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({ kind: 'pks', partnership_id: partnershipId, status: 'draft' });
      expect(await versionCount(agreementId)).toBe(1);

      // KSO terms with shares that do not total 100: said as typed, and nothing is written.
      await pickMany(page, 'kso-contributions-institution', ['sarana dan prasarana', 'tenaga kerja']);
      await pickMany(page, 'kso-contributions-partner', ['modal', 'jaminan pasar']);
      await page.getByTestId('kso-details-partner').fill('Mesin rajut 10 unit dipinjamkan');
      await page.getByTestId('kso-profit-institution').fill('70');
      await page.getByTestId('kso-profit-partner').fill('20');
      await page.getByTestId('kso-risk-institution').fill('50');
      await page.getByTestId('kso-risk-partner').fill('50');
      const profitTotal = page.getByTestId('kso-profit-total');
      await expect.poll(() => profitTotal.textContent()).toBe('Jumlah 90%: harus tepat 100%.');
      await page.getByTestId('agreement-save').click();
      await page.getByTestId('agreement-form-errors').waitFor();
      expect(await page.getByTestId('kso-profit').textContent()).toContain('harus tepat 100%');
      expect(await versionCount(agreementId)).toBe(1);
      // The server refuses the same shares on its own, naming the field.
      const refused = await api.request('PATCH', `/api/v1/agreements/${agreementId}`, {
        version: stored.version,
        terms: {
          pattern: 'operational_cooperation',
          contributions: {
            institution: { kinds: ['facilities'], details: null },
            partner: { kinds: ['capital'], details: null },
          },
          profitSharing: { institution: 70, partner: 20 },
          riskSharing: { institution: 50, partner: 50 },
          profitBasis: null,
          settlementPeriod: 'month',
        },
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('PROFIT_SHARES_NOT_100');
      expect(await versionCount(agreementId)).toBe(1);
      await shot(page, 'agreement-kso-shares-refused-desktop');

      // Fixed to 60/40: saved as version 2 with the terms stored.
      await page.getByTestId('kso-profit-institution').fill('60');
      await page.getByTestId('kso-profit-partner').fill('40');
      await expect.poll(() => profitTotal.textContent()).toBe('Jumlah 100%');
      await page.getByTestId('agreement-version-note').fill('Bagi hasil 60/40');
      await page.getByTestId('agreement-save').click();
      await expect.poll(() => versionCount(agreementId)).toBe(2);
      const afterTerms = await server.deps.db
        .selectFrom('agreements')
        .selectAll()
        .where('id', '=', agreementId)
        .executeTakeFirstOrThrow();
      const terms = JSON.parse(String(afterTerms.terms_json)) as Record<string, unknown>;
      expect(terms).toMatchObject({
        pattern: 'operational_cooperation',
        profitSharing: { institution: 60, partner: 40 },
        riskSharing: { institution: 50, partner: 50 },
        contributions: {
          institution: { kinds: ['facilities', 'labour'] },
          partner: { kinds: ['capital', 'market_guarantee'], details: 'Mesin rajut 10 unit dipinjamkan' },
        },
      });
      await expect.poll(() => page.getByTestId('agreement-form-errors').count()).toBe(0);
      await reveal(page, 'agreement-terms');
      await shot(page, 'agreement-draft-kso-terms-desktop', false);

      // A subject edit is one more version; the comparison shows the words that changed.
      await page
        .getByTestId('agreement-subject')
        .fill('Kerja Sama Pelatihan dan Penempatan Perajin Tas Rajut');
      await page.getByTestId('agreement-version-note').fill('Perihal diperjelas');
      await page.getByTestId('agreement-save').click();
      await expect.poll(() => versionCount(agreementId)).toBe(3);
      await page.getByTestId('agreement-tab-versi').click();
      const rows = page.getByTestId('version-row');
      await expect.poll(() => rows.count()).toBe(3);
      expect(await page.getByTestId('version-list').textContent()).toContain('Perihal diperjelas');
      const comparison = page.getByTestId('version-comparison');
      await comparison.waitFor();
      // The subject heads the document but sits in no article: it is named among the changed fields.
      expect(await page.getByTestId('comparison-fields').textContent()).toContain('Perihal');
      expect(await page.getByTestId('comparison-article').count()).toBe(0);
      expect(await page.getByTestId('comparison-unchanged').textContent()).toMatch(/\d+ pasal tidak berubah/);

      // Versions 1 and 2: the terms article shows the shares that were added.
      await page.getByTestId('compare-from').click();
      await page.getByRole('option', { name: 'Versi 1', exact: true }).click();
      await page.getByTestId('compare-to').click();
      await page.getByRole('option', { name: 'Versi 2', exact: true }).click();
      await expect
        .poll(async () => (await page.getByTestId('diff-added').allTextContents()).join(' '))
        .toContain('60');
      expect(await page.getByTestId('comparison-article').count()).toBeGreaterThan(0);
      await reveal(page, 'version-comparison');
      await shot(page, 'agreement-version-comparison-desktop', false);

      // Pratinjau: the PDF drawn on the page, and both downloads answer with their types.
      await page.getByTestId('agreement-tab-pratinjau').click();
      const preview = page.getByTestId('pdf-preview');
      await expect.poll(() => preview.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
      expect(await page.getByTestId('pdf-preview-pages').locator('canvas').count()).toBeGreaterThan(0);
      for (const [testId, type] of [
        ['agreement-download-pdf', 'application/pdf'],
        [
          'agreement-download-docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
      ] as const) {
        const href = await page.getByTestId(testId).getAttribute('href');
        const response = await page.request.get(`${server.baseUrl}${href}`);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain(type);
        expect((await response.body()).length).toBeGreaterThan(1000);
      }
      await shot(page, 'agreement-preview-desktop');

      // Tinjauan: an internal comment resolved, the review requested and approved internally.
      await page.getByTestId('agreement-tab-tinjauan').click();
      await page.getByTestId('comments-empty').waitFor();
      await page.getByTestId('comment-article').fill('Pasal 5');
      await page.getByTestId('comment-body').fill('Mohon rincian kontribusi lembaga dilengkapi.');
      await page.getByTestId('comment-send').click();
      const comment = page.getByTestId('comment');
      await comment.waitFor();
      expect(await comment.textContent()).toContain('pada Pasal 5');
      await comment.getByTestId('comment-resolve').click();
      await expect.poll(() => comment.textContent()).toContain('Selesai');
      await page.getByTestId('review-request').click();
      await expect
        .poll(() =>
          page.getByTestId('agreement-facts').getByTestId('agreement-status').getAttribute('data-status'),
        )
        .toBe('in_review');
      await page.getByTestId('review-approve').click();
      await expect
        .poll(() => page.getByTestId('review-state').textContent())
        .toContain('Disetujui internal oleh Siti Rahmah');

      // Tanda tangan: the request numbers and freezes the draft; the content then reads as locked.
      await page.getByTestId('agreement-tab-tanda-tangan').click();
      await page.getByTestId('signing-request').click();
      await expect
        .poll(() =>
          page.getByTestId('agreement-facts').getByTestId('agreement-status').getAttribute('data-status'),
        )
        .toBe('awaiting_signatures');
      const numbered = await server.deps.db
        .selectFrom('agreements')
        .select(['institution_number', 'status'])
        .where('id', '=', agreementId)
        .executeTakeFirstOrThrow();
      expect(numbered.status).toBe('awaiting_signatures');
      expect(numbered.institution_number).toMatch(/PKS/);
      expect(await page.getByTestId('agreement-number').textContent()).toBe(numbered.institution_number);
      await page.getByTestId('signing-panel').waitFor();
      await page.getByTestId('agreement-tab-isi').click();
      expect(await page.getByTestId('agreement-read-only').textContent()).toContain('tidak dapat diubah');
      expect(await page.getByTestId('agreement-save').count()).toBe(0);
      expect(pageErrors).toEqual([]);
      await page.close();
    });

    it('lists the agreement on a phone with its status and filters kept in the URL', async () => {
      const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kesepakatan`);
      const cards = page.getByTestId('agreement-cards');
      await cards.waitFor();
      expect(await cards.getByTestId('agreement-row').count()).toBe(1);
      expect(await cards.textContent()).toContain('Kerja Sama Pelatihan dan Penempatan Perajin Tas Rajut');
      expect(await cards.getByTestId('agreement-status').getAttribute('data-status')).toBe(
        'awaiting_signatures',
      );
      await shot(page, 'agreement-list-phone');

      const chips = page.getByTestId('agreement-status-filter');
      await chips.getByText('Aktif', { exact: true }).click();
      await page.waitForURL(/status=active/);
      await page.getByTestId('agreements-empty').waitFor();
      await page.reload();
      await page.getByTestId('agreements-empty').waitFor();
      await chips.getByText('Menunggu tanda tangan', { exact: true }).click();
      await page.waitForURL(/status=awaiting_signatures/);
      await expect.poll(() => page.getByTestId('agreement-row').count()).toBe(1);

      // An MoU without the KSO terms is not ready to sign: the answer is a checklist.
      const mou = await api.request('POST', '/api/v1/agreements', {
        partnershipId,
        partnerId: partnerId,
        kind: 'mou',
        subject: 'Nota Kesepahaman Pengembangan Perajin',
        place: 'Banjarbaru',
        startsOn: '2026-04-01',
        endsOn: '2027-03-31',
        signatories: {
          institution: { name: 'Siti Rahmah', position: 'Pimpinan LKP' },
          partner: { name: 'Ahmad Fauzi', position: 'Pemilik' },
        },
      });
      expect(mou.statusCode).toBe(201);
      await page.goto(`${server.baseUrl}/kesepakatan/${mou.json<{ id: string }>().id}?tab=tanda-tangan`);
      await page.getByTestId('signing-request').click();
      const notReady = page.getByTestId('signing-not-ready');
      await notReady.waitFor();
      expect(await notReady.textContent()).toContain('Ketentuan pola kemitraan yang lengkap dan benar');
      await shot(page, 'agreement-not-ready-phone');

      // Someone else saves while the subject is being typed: reload keeps the typing, then it saves.
      const mouId = mou.json<{ id: string }>().id;
      await page.getByTestId('agreement-tab-isi').click();
      await page.getByTestId('agreement-subject').fill('Nota Kesepahaman Pengembangan Perajin Muda');
      const elsewhere = await api.request('PATCH', `/api/v1/agreements/${mouId}`, {
        version: mou.json<{ version: number }>().version,
        place: 'Martapura',
      });
      expect(elsewhere.statusCode).toBe(200);
      await page.getByTestId('agreement-save').click();
      await page.getByTestId('agreement-stale').waitFor();
      await page.getByTestId('agreement-reload').click();
      await page.getByTestId('agreement-reloaded').waitFor();
      expect(await page.getByTestId('agreement-subject').inputValue()).toBe(
        'Nota Kesepahaman Pengembangan Perajin Muda',
      );
      await page.getByTestId('agreement-save').click();
      await expect.poll(() => versionCount(mouId)).toBe(3);
      const saved = await server.deps.db
        .selectFrom('agreements')
        .select(['subject', 'place'])
        .where('id', '=', mouId)
        .executeTakeFirstOrThrow();
      // The typed subject is saved; the other change is kept only as the form showed it.
      expect(saved.subject).toBe('Nota Kesepahaman Pengembangan Perajin Muda');

      // A draft can be deleted, after a confirmation.
      await page.getByTestId('agreement-delete').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Hapus draf' }).click();
      await page.waitForURL(/\/kesepakatan(\?.*)?$/);
      expect(
        await server.deps.db.selectFrom('agreements').select('id').where('id', '=', mouId).execute(),
      ).toEqual([]);
      await page.close();
    });
  });
});
