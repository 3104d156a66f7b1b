import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ksoDraftVia, issueAgreementReviewLinkVia } from '../factories/agreements';
import {
  createEvaluationVia,
  evaluatedPartnershipVia,
  issueEvaluationPartnerLinkVia,
} from '../factories/evaluations';
import { requestFeedbackVia } from '../factories/feedback';
import { createNeedVia } from '../factories/needs';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, logInAs, standardPassword } from '../factories/people';
import { issueReviewLinkVia } from '../factories/work-plans';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';

// Evaluated through the DevTools protocol: the app's CSP rightly refuses an injected <script>.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** WCAG 2.1 A and AA rules only: best-practice rules are advice, not the bar the issue sets. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/**
 * Words of Jalin's Indonesian interface that no English screen should show. Only interface elements
 * are read (headings, buttons, labels, navigation, tabs, table headers): the records themselves, the
 * clause library and the message templates stay in the language they were written in.
 */
const indonesianInterfaceWords =
  /\b(Belum|Simpan|Tambah|Ubah|Hapus|Lihat|Buka|Pilih|Tidak ada|Hari ini|Wajib|Kembali|Batal|Unduh|Catat|Kirim|Kemitraan|Kegiatan|Kesepakatan|Pengaturan|Beranda|Tahap|Daftar|Cari)\b/i;

async function indonesianInterfaceText(page: Page): Promise<string[]> {
  const texts = await page
    .locator('h1, h2, h3, h4, button, label, legend, th, nav a, [role="tab"]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).innerText.trim()));
  return texts.filter((text) => indonesianInterfaceWords.test(text)).map((text) => `Indonesian: ${text}`);
}

/** Routes the check does not open, and why; every other route in the router must be in a list below. */
const notOpened: Record<string, string> = {
  '/setup': 'shown once, before the first institution exists',
  '/atur-sandi': 'needs a set-password token from an e-mail',
  '/tautan/tanda-tangan/$agreementId/$token':
    'needs an agreement sent for signing; its form is the review page’s',
  '/tautan/bukti-kegiatan/$partnershipId/$token': 'needs an evidence link of a running activity',
  '/tautan/temu-mitra/$invitationId/$token': 'needs a gathering invitation',
  '/wilayah': 'the district office’s page; the institution admin is sent home',
};

const routerSource = fs.readFileSync(new URL('../../src/web/app/router.tsx', import.meta.url), 'utf8');
const routePaths = [...routerSource.matchAll(/^\s*path: '([^']+)',$/gm)].map((match) => match[1]!);

function patternOf(routePath: string): RegExp {
  return new RegExp(`^${routePath.replace(/\$[A-Za-z]+/g, '[^/]+')}$`);
}

describe.skipIf(!hasChromium)('browser: every main page passes WCAG 2.1 AA (axe-core)', () => {
  let server: LiveServer;
  let browser: Browser;
  let adminEmail: string;
  const pages: Record<string, string> = {};
  const publicPages: Record<string, string> = {};

  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
    const fixture = await createInstitutionFixture(server);
    adminEmail = fixture.adminEmail;
    const api = await logInAs(server, adminEmail);
    const partner = await createPartnerVia(api, { name: 'Galeri Sasirangan Banjarbaru' });
    const contact = await createContactVia(api, partner.id, { name: 'Ibu Hj. Rusmini' });
    const { partnership, plan } = await evaluatedPartnershipVia(api);
    const evaluation = await createEvaluationVia(api, partnership.id, 2026);
    const agreement = await ksoDraftVia(api);
    const need = await createNeedVia(api);
    Object.assign(pages, {
      beranda: '/',
      'tindak-lanjut': '/tindak-lanjut',
      mitra: '/mitra',
      'mitra-baru': '/mitra/baru',
      'mitra-impor': '/mitra/impor',
      'mitra-kartu': `/mitra/${partner.id}`,
      'mitra-ubah': `/mitra/${partner.id}/ubah`,
      kemitraan: '/kemitraan',
      'kemitraan-rinci': `/kemitraan/${partnership.id}`,
      'kemitraan-evaluasi': `/kemitraan/${partnership.id}/evaluasi/${evaluation.id}`,
      monitoring: '/monitoring',
      kebutuhan: '/kebutuhan',
      'kebutuhan-rinci': `/kebutuhan/${need.id}`,
      kesepakatan: '/kesepakatan',
      'kesepakatan-rinci': `/kesepakatan/${agreement.id}`,
      kegiatan: '/kegiatan',
      perawatan: '/perawatan',
      laporan: '/laporan',
      pengaturan: '/pengaturan',
      'pengaturan-lembaga': '/pengaturan/lembaga',
      'pengaturan-pengguna': '/pengaturan/pengguna',
      'pengaturan-kategori': '/pengaturan/kategori-mitra',
      'pengaturan-pola': '/pengaturan/pola-kemitraan',
      'pengaturan-klausul': '/pengaturan/klausul',
      'pengaturan-templat': '/pengaturan/templat-pesan',
      'pengaturan-libur': '/pengaturan/hari-libur',
      'pengaturan-audit': '/pengaturan/audit',
      'pengaturan-token': '/pengaturan/token-api',
      tentang: '/tentang',
    });
    const feedback = await requestFeedbackVia(api, partner.id, contact.id);
    const review = await issueAgreementReviewLinkVia(api, agreement.id);
    const planReview = await issueReviewLinkVia(api, plan.id);
    const evaluationLink = await issueEvaluationPartnerLinkVia(api, evaluation.id);
    Object.assign(publicPages, {
      masuk: '/masuk',
      'tautan-umpan-balik': new URL(feedback.url, server.baseUrl).pathname,
      'tautan-kesepakatan': new URL(review.url, server.baseUrl).pathname,
      'tautan-rencana-kerja': new URL(planReview.url, server.baseUrl).pathname,
      'tautan-evaluasi': new URL(evaluationLink.url, server.baseUrl).pathname,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(page: Page, path: string, screenshot?: string): Promise<string[]> {
    await page.goto(`${server.baseUrl}${path}`);
    await page.waitForLoadState('networkidle');
    await page.locator('h1, h2').first().waitFor();
    if (screenshot) await saveScreenshot(page, screenshot);
    return seriousViolations(page);
  }

  const shownInScreenshots = new Set(['beranda', 'mitra-kartu', 'kemitraan-rinci']);

  it('opens every route of the router, or names above why not', () => {
    const opened = [...Object.values(pages), ...Object.values(publicPages)];
    const missing = routePaths.filter(
      (routePath) => !(routePath in notOpened) && !opened.some((path) => patternOf(routePath).test(path)),
    );
    expect(routePaths.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('every page in English: no Indonesian interface words, and no serious finding either', async () => {
    const api = await logInAs(server, adminEmail);
    await api.request('PATCH', '/api/v1/me', { locale: 'en' });
    const page = await browser.newPage();
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    const found: Record<string, string[]> = {};
    try {
      for (const [name, path] of Object.entries(pages)) {
        const violations = await check(page, path);
        found[name] = [...violations, ...(await indonesianInterfaceText(page))];
      }
    } finally {
      await api.request('PATCH', '/api/v1/me', { locale: 'id' });
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
    // The same reading finds the Indonesian interface once the user switches back.
    await page.goto(`${server.baseUrl}${pages.mitra}`);
    await page.locator('h1').first().waitFor();
    expect((await indonesianInterfaceText(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('the pages a partner opens from a link, and the sign-in page', async () => {
    const page = await browser.newPage();
    const found: Record<string, string[]> = {};
    for (const [name, path] of Object.entries(publicPages)) found[name] = await check(page, path);
    expect(found).toEqual(Object.fromEntries(Object.keys(publicPages).map((name) => [name, []])));
    await page.close();
  });

  it('the pages a facilitator uses in the field, on a phone screen', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    const field = ['beranda', 'mitra', 'mitra-kartu', 'kemitraan-rinci', 'kegiatan', 'perawatan'];
    const found: Record<string, string[]> = {};
    for (const name of field)
      found[name] = await check(
        page,
        pages[name]!,
        shownInScreenshots.has(name) ? `a11y-ponsel-${name}` : undefined,
      );
    expect(found).toEqual(Object.fromEntries(field.map((name) => [name, []])));
    await page.close();
  });

  it('every page of the signed-in application', async () => {
    const page = await browser.newPage();
    await signIn(page, server.baseUrl, adminEmail, standardPassword);
    const found: Record<string, string[]> = {};
    for (const [name, path] of Object.entries(pages))
      found[name] = await check(page, path, shownInScreenshots.has(name) ? `a11y-${name}` : undefined);
    expect(found).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, []])));
    await page.close();
  });
});
