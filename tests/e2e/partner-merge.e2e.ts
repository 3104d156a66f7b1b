import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContactVia, createPartnerVia, partnerBody } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import type { Session } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';

describe.skipIf(!hasChromium)('browser: a manager merges duplicates and adds a category (Chromium)', () => {
  let server: LiveServer;
  let browser: Browser;
  let managerEmail: string;
  let viewerEmail: string;
  let api: Session;
  let keptId: string;
  let duplicateId: string;

  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
    const { institutionId } = await createInstitutionFixture(server);
    managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' })).email;
    viewerEmail = (await createUserFixture(server, institutionId, 'viewer', { name: 'Rina Peninjau' })).email;
    api = await logInAs(server, managerEmail);
    // Two facilitators mapped the same cooperative; the second saved past the duplicate warning.
    keptId = (
      await createPartnerVia(api, {
        name: 'Koperasi Wanita Sejahtera',
        category: 'cooperative',
        sector: 'Simpan pinjam dan kerajinan',
        website: null,
        location: null,
        tags: ['koperasi'],
      })
    ).id;
    await createContactVia(api, keptId, { name: 'Ibu Salmah', phone: '0812-5000-1111', email: null });
    const duplicate = await api.request('POST', '/api/v1/partners', {
      ...partnerBody({
        name: 'KSU Wanita Sejahtera Banjarbaru',
        category: 'cooperative',
        website: 'https://ksu-wanitasejahtera.id',
        identifiers: { nib: '9120007770001' },
        tags: ['koperasi', 'umkm'],
        region: { provinceCode: '63', regencyCode: '63.72', districtCode: '63.72.03' },
      }),
      confirmDuplicates: true,
    });
    duplicateId = duplicate.json<{ id: string }>().id;
    await createContactVia(api, duplicateId, { name: 'Ibu Norhayati', phone: '0813-4455-6677', email: null });
    await createContactVia(api, duplicateId, {
      name: 'Bapak Gusti Rahman',
      phone: '0852-1000-2000',
      email: 'gusti@ksu-wanitasejahtera.id',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(email: string): Promise<{ page: Page; pageErrors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, server.baseUrl, email, standardPassword);
    return { page, pageErrors };
  }

  it('finds the duplicate, previews the merge, merges, and follows the old link to the kept partner', async () => {
    const { page, pageErrors } = await openPage(managerEmail);
    await page.goto(`${server.baseUrl}/mitra/${keptId}`);
    await page.getByTestId('partner-merge').click();
    const candidate = page.getByTestId('merge-candidate');
    await expect.poll(() => candidate.first().textContent()).toContain('KSU Wanita Sejahtera Banjarbaru');
    expect(await candidate.first().textContent()).toContain('nama mirip');
    await page.getByTestId('merge-search').fill('0852-1000');
    const found = page.getByTestId('merge-search-result');
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.first().textContent()).toContain('KSU Wanita Sejahtera Banjarbaru');
    await saveScreenshot(page, 'partner-merge-choose');

    await found.first().getByRole('button').click();
    const preview = page.getByTestId('merge-preview');
    await preview.waitFor();
    expect(await page.getByTestId('merge-kept').textContent()).toContain('Koperasi Wanita Sejahtera');
    expect(await page.getByTestId('merge-duplicate').textContent()).toContain('KSU Wanita Sejahtera');
    expect(await page.getByTestId('merge-plan-contacts').textContent()).toContain('2 kontak');
    const fills = await page.getByTestId('merge-plan-fills').textContent();
    expect(fills).toContain('Situs web: https://ksu-wanitasejahtera.id');
    expect(fills).toContain('NIB: 9120007770001');
    expect(fills).toContain('Kecamatan/desa');
    expect(fills).not.toContain('Bidang usaha');
    expect(await page.getByTestId('merge-plan').textContent()).toContain('Label ditambahkan: umkm');
    await saveScreenshot(page, 'partner-merge-preview');

    // Swapping shows the other partner as kept; swap back to keep the one we opened.
    await page.getByTestId('merge-swap').click();
    expect(await page.getByTestId('merge-kept').textContent()).toContain('KSU Wanita Sejahtera');
    await page.getByTestId('merge-swap').click();
    expect(await page.getByTestId('merge-kept').textContent()).toContain('Koperasi Wanita Sejahtera');

    await page.getByTestId('merge-confirm').click();
    await page.getByText('KSU Wanita Sejahtera Banjarbaru digabung ke Koperasi Wanita Sejahtera').waitFor();
    await expect.poll(() => page.getByTestId('contact-row').count()).toBe(3);
    expect(page.url()).toBe(`${server.baseUrl}/mitra/${keptId}`);
    const profile = await page.locator('#partner-profile-title').locator('..').textContent();
    expect(profile).toContain('NIB 9120007770001');
    expect(profile).toContain('Simpan pinjam dan kerajinan');
    await saveScreenshot(page, 'partner-merged');

    const db = server.deps.db;
    expect(await db.selectFrom('partners').select('id').where('id', '=', duplicateId).execute()).toEqual([]);
    const contacts = await db
      .selectFrom('partner_contacts')
      .select('partner_id')
      .where('name', 'in', ['Ibu Norhayati', 'Bapak Gusti Rahman'])
      .execute();
    expect(contacts).toEqual([{ partner_id: keptId }, { partner_id: keptId }]);

    await page.goto(`${server.baseUrl}/mitra/${duplicateId}`);
    await page.waitForURL(`${server.baseUrl}/mitra/${keptId}`);
    await page.getByText('Mitra yang Anda buka sudah digabung ke mitra ini.').waitFor();
    await expect.poll(() => page.getByTestId('contact-row').count()).toBe(3);
    await saveScreenshot(page, 'partner-merged-redirect');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('adds, renames and (once unused) deletes a custom category; a category in use is refused with its count', async () => {
    const { page, pageErrors } = await openPage(managerEmail);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('nav-settings-partner-categories').click();
    await page.waitForURL(/\/pengaturan\/kategori-mitra$/);
    await expect.poll(() => page.getByTestId('built-in-category').count()).toBe(5);
    await page.getByTestId('categories-empty').waitFor();
    await saveScreenshot(page, 'partner-categories-empty');

    await page.getByTestId('category-add').click();
    await page.getByTestId('category-name').fill('Sanggar Seni');
    await page.getByTestId('category-save').click();
    await expect.poll(() => page.getByTestId('category-row').count()).toBe(1);
    expect(await page.getByTestId('category-row').textContent()).toContain('custom:sanggar-seni');

    // Meanwhile a colleague files a partner under it: the page still shows it unused.
    await createPartnerVia(api, { name: 'Sanggar Tari Radap Rahayu', category: 'custom:sanggar-seni' });
    await page.getByTestId('category-delete').click();
    await page.getByTestId('category-delete-confirm').click();
    await page.getByText('Kategori ini masih dipakai 1 mitra').first().waitFor();
    await expect.poll(() => page.getByTestId('category-row').textContent()).toContain('1 mitra');
    await page.getByTestId('category-delete').click();
    const dialog = page.getByTestId('category-delete-dialog');
    await expect.poll(() => dialog.textContent()).toContain('masih dipakai 1 mitra');
    expect(await page.getByTestId('category-delete-confirm').count()).toBe(0);
    await saveScreenshot(page, 'partner-category-in-use');
    await page.keyboard.press('Escape');

    await page.getByTestId('category-rename').click();
    await page.getByTestId('category-name').fill('Sanggar Seni dan Budaya');
    await page.getByTestId('category-save').click();
    await expect
      .poll(() => page.getByTestId('category-row').textContent())
      .toContain('Sanggar Seni dan Budaya');
    await saveScreenshot(page, 'partner-categories');

    await page.goto(`${server.baseUrl}/mitra/baru`);
    const categorySelect = page.getByTestId('partner-form').getByLabel(/^Kategori mitra/);
    await expect
      .poll(() => categorySelect.locator('option').allTextContents())
      .toContain('Sanggar Seni dan Budaya');

    await page.goto(`${server.baseUrl}/pengaturan/kategori-mitra`);
    await page.getByTestId('category-add').click();
    await page.getByTestId('category-name').fill('Komunitas Kreatif');
    await page.getByTestId('category-save').click();
    await expect.poll(() => page.getByTestId('category-row').count()).toBe(2);
    await page.getByRole('button', { name: 'Hapus kategori Komunitas Kreatif' }).click();
    await page.getByTestId('category-delete-confirm').click();
    await expect.poll(() => page.getByTestId('category-row').count()).toBe(1);
    const remaining = await server.deps.db.selectFrom('partner_categories').select('name').execute();
    expect(remaining).toEqual([{ name: 'Sanggar Seni dan Budaya' }]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('a viewer sees the categories read-only and no merge action', async () => {
    const { page, pageErrors } = await openPage(viewerEmail);
    await page.goto(`${server.baseUrl}/pengaturan/kategori-mitra`);
    await page.getByTestId('categories-read-only').waitFor();
    await expect.poll(() => page.getByTestId('category-row').count()).toBe(1);
    expect(await page.getByTestId('category-add').count()).toBe(0);
    expect(await page.getByTestId('category-rename').count()).toBe(0);
    await saveScreenshot(page, 'partner-categories-viewer');
    await page.goto(`${server.baseUrl}/mitra/${keptId}`);
    await page.getByTestId('contact-row').first().waitFor();
    expect(await page.getByTestId('partner-merge').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
