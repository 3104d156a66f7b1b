import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { createPartnershipVia } from '../factories/engagement';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { drawSignature, signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

/** Pixels the pad actually painted: proves the strokes landed on the canvas, not beside it. */
function paintedPixels(pad: Locator): Promise<number> {
  return pad.evaluate((canvas) => {
    const element = canvas as HTMLCanvasElement;
    const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? [];
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted += 1;
    return painted;
  });
}

describe.skipIf(!hasChromium)(
  'browser: both parties sign an agreement and a changed copy is caught (step 7)',
  () => {
    describeEachDatabase('agreement signing', (dialect) => {
      let server: LiveServer;
      let browser: Browser;
      let managerEmail: string;
      let agreementId: string;
      let draftBody: Record<string, unknown> = {};

      beforeAll(async () => {
        server = await startLiveServer(dialect);
        browser = await launchChromium();
        const { institutionId } = await createInstitutionFixture(server);
        managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
          .email;
        const api = await logInAs(server, managerEmail);
        const partner = await createPartnerVia(api, { name: 'Rumah Rajut Banjarbaru' });
        const partnership = await createPartnershipVia(api, [partner.id], { name: 'PKW Tas Rajut 2026' });
        draftBody = {
          partnershipId: partnership.id,
          partnerId: partner.id,
          kind: 'mou',
          subject: 'Pelatihan dan pemasaran tas rajut',
          place: 'Banjarbaru',
          startsOn: '2026-04-01',
          endsOn: '2027-03-31',
          signatories: {
            institution: { name: 'Siti Rahmah', position: 'Ketua LKP Tas Rajut Banjarbaru' },
            partner: { name: 'Ahmad Fauzi', position: 'Pemilik' },
          },
        };
        const created = await api.request('POST', '/api/v1/agreements', draftBody);
        if (created.statusCode !== 201) throw new Error(created.body);
        agreementId = created.json<{ id: string }>().id;
        const requested = await api.request('POST', `/api/v1/agreements/${agreementId}/signing-requests`, {});
        if (requested.statusCode >= 300) throw new Error(requested.body);
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

      it('the manager signs by drawing, the partner signs on a phone, and verification reports one changed byte', async () => {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 900 },
          acceptDownloads: true,
        });
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        // The rendered first page of the agreement, as the manager previews it.
        await page.goto(`${server.baseUrl}/kesepakatan/${agreementId}?tab=pratinjau`);
        const preview = page.getByTestId('pdf-preview').first();
        await preview.waitFor();
        await expect.poll(() => preview.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
        const firstPage = preview.getByTestId('pdf-preview-page').first();
        const size = await firstPage.evaluate((canvas) => ({
          width: (canvas as HTMLCanvasElement).width,
          height: (canvas as HTMLCanvasElement).height,
        }));
        // A4 portrait: 297/210 ≈ 1.41.
        expect(size.height / size.width).toBeGreaterThan(1.35);
        expect(size.height / size.width).toBeLessThan(1.47);
        await firstPage.scrollIntoViewIfNeeded();
        if (dialect === 'sqlite')
          await firstPage.screenshot({ path: 'test-results/screenshots/agreement-pdf-page.png' });

        // The institution's signatory signs by drawing with the mouse.
        await page.getByTestId('agreement-tab-tanda-tangan').click();
        const panel = page.getByTestId('signing-panel');
        await panel.waitFor();
        expect(await panel.getAttribute('data-status')).toBe('awaiting_signatures');
        await panel.getByTestId('signing-sign').click();
        const modal = page.getByTestId('sign-modal');
        await modal.getByTestId('signature-form').waitFor();
        expect(await modal.getByTestId('signature-confirm-name').inputValue()).toBe('Siti Rahmah');
        // An empty pad is refused before anything is sent.
        await modal.getByTestId('signature-submit').click();
        await modal.getByText('Kotak tanda tangan masih kosong').waitFor();
        const pad = modal.getByTestId('signature-pad');
        await drawSignature(page, pad);
        expect(await paintedPixels(pad)).toBeGreaterThan(200);
        await shot(page, 'agreement-sign-modal', false);
        await modal.getByTestId('signature-submit').click();
        await modal.waitFor({ state: 'detached' });
        await panel.getByTestId('signature-row-institution').getByText('Sudah menandatangani').waitFor();

        // The partner's one-time link.
        await panel.getByTestId('signing-link-open').click();
        const linkModal = page.getByTestId('signing-link-modal');
        await linkModal.getByTestId('partner-link-recipient').fill('Pak Ahmad');
        await linkModal.getByTestId('partner-link-create').click();
        const url = await linkModal.getByTestId('partner-link-url').inputValue();
        expect(url).toContain(`/tautan/tanda-tangan/${agreementId}/`);
        expect(await linkModal.getByTestId('partner-link-message').inputValue()).toContain(url);
        await linkModal.getByTestId('partner-link-close').click();

        // The partner, without an account, on a 360 px phone.
        const phone = await browser.newContext({
          viewport: { width: 360, height: 740 },
          hasTouch: true,
          isMobile: true,
        });
        const partnerPage = await phone.newPage();
        const partnerErrors: string[] = [];
        partnerPage.on('pageerror', (error) => partnerErrors.push(error.message));
        await partnerPage.goto(url);
        await partnerPage.getByTestId('public-signing-intro').waitFor();
        expect(await partnerPage.getByTestId('public-signing-intro').textContent()).toContain(
          'Rumah Rajut Banjarbaru',
        );
        const partnerPreview = partnerPage.getByTestId('pdf-preview');
        await expect.poll(() => partnerPreview.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
        // The page fits the phone: nothing scrolls sideways.
        expect(await partnerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          360,
        );

        // A wrong position is shown at the field, from the page's own check.
        const position = partnerPage.getByTestId('signature-confirm-position');
        await position.fill('Direktur');
        const partnerPad = partnerPage.getByTestId('signature-pad');
        await drawSignature(partnerPage, partnerPad);
        expect(await paintedPixels(partnerPad)).toBeGreaterThan(200);
        await partnerPage.getByTestId('signature-submit').click();
        await partnerPage.getByText('Tidak sama dengan yang tercatat pada naskah: Pemilik.').waitFor();
        await position.fill('pemilik');
        await partnerPad.scrollIntoViewIfNeeded();
        await shot(partnerPage, 'agreement-partner-signing-360');
        // The primary action is a large target near the pad, for a thumb.
        const submitBox = await partnerPage.getByTestId('signature-submit').boundingBox();
        expect(submitBox?.height ?? 0).toBeGreaterThanOrEqual(44);
        // …and its label is whole at 360 px, not cut to "Tanda tangan".
        const clipped = await partnerPage
          .getByTestId('signature-submit')
          .locator('.mantine-Button-label')
          .evaluate((label) => label.scrollWidth > label.clientWidth);
        expect(clipped).toBe(false);
        await partnerPage.getByTestId('signature-submit').click();
        await partnerPage.getByTestId('public-signed').waitFor();
        expect(await partnerPage.getByTestId('public-signed').textContent()).toContain('salinan akhir');
        await shot(partnerPage, 'agreement-partner-signed-360');

        // The same link a second time: used.
        await partnerPage.goto(url);
        await partnerPage.getByTestId('public-link-problem').waitFor();
        expect(await partnerPage.getByTestId('public-link-problem').getAttribute('data-code')).toBe(
          'LINK_USED',
        );
        expect(partnerErrors).toEqual([]);
        await phone.close();

        // Back at the institution: active, with the fingerprint of the stored file.
        await page.reload();
        await page.getByTestId('signing-active').waitFor({ timeout: 30_000 });
        const shown = (await page.getByTestId('signing-sha256').textContent())?.trim() ?? '';
        const stored = await server.deps.db
          .selectFrom('agreements')
          .select(['final_sha256', 'status'])
          .where('id', '=', agreementId)
          .executeTakeFirstOrThrow();
        expect(stored.status).toBe('active');
        expect(shown).toBe(stored.final_sha256);
        expect(shown).toMatch(/^[0-9a-f]{64}$/);

        // The signed PDF, downloaded as the manager would, then one byte changed.
        const download = await page.request.get(
          `${server.baseUrl}/api/v1/agreements/${agreementId}/document?format=pdf`,
        );
        expect(download.status()).toBe(200);
        const signed = Buffer.from(await download.body());
        const verification = page.getByTestId('verification-box');
        await verification.locator('input[type="file"]').setInputFiles({
          name: 'kesepakatan-bertanda-tangan.pdf',
          mimeType: 'application/pdf',
          buffer: signed,
        });
        await verification.getByTestId('verification-check').click();
        const result = verification.getByTestId('verification-result');
        await result.waitFor();
        expect(await result.getAttribute('data-intact')).toBe('true');
        expect(await result.textContent()).toContain('Utuh: sama persis dengan berkas yang ditandatangani');

        const tampered = Buffer.from(signed);
        const middle = Math.floor(tampered.length / 2);
        tampered[middle] = (tampered[middle] ?? 0) ^ 0x01;
        await verification.locator('input[type="file"]').setInputFiles({
          name: 'kesepakatan-diubah.pdf',
          mimeType: 'application/pdf',
          buffer: tampered,
        });
        await verification.getByTestId('verification-check').click();
        await expect.poll(() => result.getAttribute('data-intact')).toBe('false');
        expect(await result.textContent()).toContain('Berubah: berkas ini berbeda dari yang ditandatangani');
        await result.scrollIntoViewIfNeeded();
        await shot(page, 'agreement-verification-changed', false);

        await verification.getByTestId('verification-check-stored').click();
        await expect.poll(() => result.textContent()).toContain('Berkas tersimpan utuh');

        // A meterai note per copy: an e-Meterai needs its serial.
        const meterai = page.getByTestId('meterai-notes');
        await meterai.getByTestId('meterai-add').click();
        await meterai.getByTestId('meterai-holder').getByText('Salinan mitra').click();
        await meterai.getByTestId('meterai-kind').getByText('e-Meterai').click();
        await meterai.getByTestId('meterai-save').click();
        await meterai.getByText('Isi nomor seri e-Meterai.').waitFor();
        await meterai.getByTestId('meterai-serial').fill('EMT-2026-000123');
        await meterai.getByTestId('meterai-save').click();
        const note = meterai.getByTestId('meterai-note-row');
        await note.waitFor();
        expect(await note.textContent()).toContain('Salinan mitra');
        expect(await note.textContent()).toContain('EMT-2026-000123');
        const storedNote = await server.deps.db
          .selectFrom('agreement_meterai_notes')
          .select(['copy_holder', 'kind', 'serial'])
          .where('agreement_id', '=', agreementId)
          .executeTakeFirstOrThrow();
        expect(storedNote).toEqual({ copy_holder: 'partner', kind: 'e_meterai', serial: 'EMT-2026-000123' });
        expect(pageErrors).toEqual([]);
        await context.close();
      });

      it('the partner reads a draft on a phone, comments on an article and approves it; a wrong link says so', async () => {
        const api = await logInAs(server, managerEmail);
        const created = await api.request('POST', '/api/v1/agreements', {
          ...draftBody,
          subject: 'Magang peserta didik di rumah produksi',
        });
        if (created.statusCode !== 201) throw new Error(created.body);
        const draftId = created.json<{ id: string }>().id;
        const linked = await api.request('POST', `/api/v1/agreements/${draftId}/review-links`, {
          recipientName: 'Pak Ahmad',
        });
        if (linked.statusCode !== 201) throw new Error(linked.body);
        const url = new URL(linked.json<{ url: string }>().url);

        const phone = await browser.newContext({
          viewport: { width: 360, height: 740 },
          hasTouch: true,
          isMobile: true,
        });
        const page = await phone.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await page.goto(`${server.baseUrl}${url.pathname}`);
        await page.getByTestId('public-review-intro').waitFor();
        expect(await page.getByTestId('public-review-intro').textContent()).toContain(
          'Rumah Rajut Banjarbaru',
        );
        const articles = page.getByTestId('public-article');
        expect(await articles.count()).toBeGreaterThan(3);
        const firstTitle = (await articles.first().locator('h3').textContent()) ?? '';
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

        const form = page.getByTestId('public-comment-form');
        await form.getByTestId('public-comment-name').fill('Ahmad Fauzi');
        await form.getByTestId('public-comment-article').click();
        await page.getByRole('option', { name: firstTitle, exact: true }).click();
        await form
          .getByTestId('public-comment-body')
          .fill('Mohon jadwal magang disesuaikan dengan musim pesanan.');
        await form.getByTestId('public-comment-send').click();
        await page.getByTestId('public-comment-sent').waitFor();
        await expect.poll(() => page.getByTestId('public-comment').count()).toBe(1);
        expect(await page.getByTestId('public-comment').textContent()).toContain('musim pesanan');
        const comment = await server.deps.db
          .selectFrom('agreement_comments')
          .select(['author_name', 'article_title', 'body'])
          .where('agreement_id', '=', draftId)
          .executeTakeFirstOrThrow();
        expect(comment).toMatchObject({ author_name: 'Ahmad Fauzi', article_title: firstTitle });

        const approval = page.getByTestId('public-approval-form');
        await approval.getByTestId('public-approval-name').fill('Ahmad Fauzi');
        await approval.getByTestId('public-approval-position').fill('Pemilik');
        await shot(page, 'agreement-partner-review-360');
        await approval.getByTestId('public-approve').click();
        await page.getByTestId('public-approved').waitFor();
        expect(await page.getByTestId('public-approved').textContent()).toContain('sudah disetujui');

        // Someone else's token on this agreement, or a made-up one: the same "unknown link" state.
        await page.goto(`${server.baseUrl}/tautan/kesepakatan/${draftId}/bukan-token-yang-benar`);
        await page.getByTestId('public-link-problem').waitFor();
        expect(await page.getByTestId('public-link-problem').getAttribute('data-code')).toBe(
          'LINK_NOT_FOUND',
        );
        expect(await page.getByTestId('public-link-problem').textContent()).toContain('Tautan tidak dikenal');
        await shot(page, 'agreement-link-unknown-360');
        expect(pageErrors).toEqual([]);
        await phone.close();
      });

      it('refuses an unknown placeholder in the clause library and keeps a saved text as version 1', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await signIn(page, server.baseUrl, managerEmail, standardPassword);
        await page.goto(`${server.baseUrl}/pengaturan/klausul`);
        await page.getByTestId('clause-kind-pks').click();
        const list = page.locator('[data-testid="clause-list"][data-kind="pks"]');
        const card = list.getByTestId('clause-card').first();
        await card.waitFor();
        const key = await card.getAttribute('data-key');
        expect(await card.getByTestId('clause-version-badge').textContent()).toBe('Teks bawaan');
        await card.getByTestId('clause-edit').click();
        const editor = page.getByTestId('clause-editor');
        const body = editor.getByTestId('clause-body-input');
        await body.fill('Kerja sama ini dilaksanakan di {{kota_mitra}} oleh ');
        await editor.getByTestId('clause-unknown').waitFor();
        expect(await editor.getByTestId('clause-unknown').textContent()).toContain('{{kota_mitra}}');
        expect(await editor.getByTestId('clause-save').isDisabled()).toBe(true);
        await shot(page, 'clause-library-unknown-placeholder', false);

        // A known value inserted by clicking it in the list.
        await body.fill('Kerja sama ini dilaksanakan di wilayah ');
        const placeholder = editor.getByTestId('clause-placeholder').first();
        const name = (await placeholder.getAttribute('data-name')) ?? '';
        await placeholder.click();
        expect(await body.inputValue()).toBe(`Kerja sama ini dilaksanakan di wilayah {{${name}}}`);
        await editor.getByTestId('clause-unknown').waitFor({ state: 'detached' });
        await editor.getByTestId('clause-save').click();
        await editor.waitFor({ state: 'detached' });
        const saved = list.locator(`[data-testid="clause-card"][data-key="${key}"]`);
        await expect
          .poll(() => saved.getByTestId('clause-version-badge').textContent())
          .toBe('Versi lembaga 1');
        expect(await saved.getByTestId('clause-body').textContent()).toBe(
          `Kerja sama ini dilaksanakan di wilayah {{${name}}}`,
        );
        await saved.getByTestId('clause-history-toggle').click();
        await saved.getByTestId('clause-history-item').first().waitFor();
        expect(await saved.getByTestId('clause-history-item').count()).toBe(1);
        await shot(page, 'clause-library-saved');
        await page.close();
      });
    });
  },
);
