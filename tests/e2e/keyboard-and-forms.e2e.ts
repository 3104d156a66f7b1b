import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, logInAs, standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';

/** Presses Tab until the focused element matches, as someone without a mouse would; fails after `max`. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}

/** Tabs to a searchable select, types, and takes the option with the arrow and Enter keys. */
async function chooseByKeyboard(page: Page, testId: string, typed: string, option: string): Promise<void> {
  await tabTo(page, `[data-testid="${testId}"]`);
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId(testId).inputValue()).toBe(option);
}

/** The text of the elements an input's aria-describedby names: where its error must be read from. */
function describedBy(page: Page, selector: string): Promise<string> {
  return page.evaluate((s) => {
    const input = document.querySelector(s);
    const ids = input?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  }, selector);
}

describe.skipIf(!hasChromium)('browser: keyboard alone, and form errors tied to their fields', () => {
  let server: LiveServer;
  let browser: Browser;
  let adminEmail: string;

  beforeAll(async () => {
    server = await startLiveServer('sqlite');
    browser = await launchChromium();
    adminEmail = (await createInstitutionFixture(server)).adminEmail;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in with the keyboard, a wrong password announced as an alert; the user menu opens and closes', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/masuk`);
    await tabTo(page, '[data-testid="sign-in-email"]');
    await page.keyboard.type(adminEmail);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'sign-in-password',
    );
    await page.keyboard.type('kata sandi yang salah');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBeTruthy();

    await tabTo(page, '[data-testid="sign-in-password"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(standardPassword);
    await page.keyboard.press('Enter');
    await page.getByTestId('institution-name').first().waitFor();

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, '[data-testid="user-menu"]');
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('user-menu');
    await page.close();
  });

  it('the partner form: an error is read from its field, and the form is filled and saved by keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.baseUrl}/masuk`);
    await page.getByTestId('sign-in-email').fill(adminEmail);
    await page.getByTestId('sign-in-password').fill(standardPassword);
    await page.keyboard.press('Enter');
    await page.getByTestId('institution-name').first().waitFor();
    await page.goto(`${server.baseUrl}/mitra/baru`);
    const form = page.getByTestId('partner-form');
    await form.waitFor();

    await tabTo(page, '[data-testid="partner-save"]', 120);
    await page.keyboard.press('Enter');
    const name = 'form[data-testid="partner-form"] input[aria-invalid="true"]';
    await page.locator(name).first().waitFor();
    const firstInvalidLabel = await page.evaluate((s) => {
      const input = document.querySelector(s);
      return input?.id ? (document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '') : '';
    }, name);
    expect(firstInvalidLabel).toMatch(/^Nama mitra/);
    expect(await describedBy(page, name)).toMatch(/\S/);
    await saveScreenshot(page, 'keyboard-partner-form-error', false);

    const nameInput = form.getByLabel(/^Nama mitra/);
    await nameInput.focus();
    await page.keyboard.type('Sanggar Jahit Keyboard');
    await expect.poll(() => nameInput.getAttribute('aria-invalid')).not.toBe('true');
    await chooseByKeyboard(page, 'region-province', 'Kalimantan Sel', 'Kalimantan Selatan');
    await chooseByKeyboard(page, 'region-regency', 'Banjarbaru', 'Kota Banjarbaru');

    await tabTo(page, '[data-testid="partner-save"]', 120);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/mitra\/[0-9a-f-]{36}$/);
    const saved = await server.deps.db
      .selectFrom('partners')
      .select(['name', 'region_code'])
      .where('name', '=', 'Sanggar Jahit Keyboard')
      .execute();
    expect(saved).toHaveLength(1);
    expect(saved[0]!.region_code).toMatch(/^63\.72/);
    await page.close();
  });

  it('the quick log: a task without a due date is named at its field, focused, and nothing is saved until fixed', async () => {
    const partner = await createPartnerVia(await logInAs(server, adminEmail), {
      name: 'Bengkel Las Keyboard',
    });
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${server.baseUrl}/masuk`);
    await page.getByTestId('sign-in-email').fill(adminEmail);
    await page.getByTestId('sign-in-password').fill(standardPassword);
    await page.keyboard.press('Enter');
    await page.getByTestId('institution-name').first().waitFor();
    await page.goto(`${server.baseUrl}/mitra/${partner.id}`);
    await page.getByTestId('interaction-log').click();
    await page.getByTestId('quick-log-summary').fill('Menanyakan jadwal magang');
    await page.getByTestId('quick-log-follow-up').fill('Kirim surat');
    await page.getByTestId('quick-log-save').click();

    const due = '[data-testid="quick-log-follow-up-due"]';
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('quick-log-follow-up-due');
    expect(await page.locator(due).getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(page, due)).toContain('Wajib diisi');
    await saveScreenshot(page, 'keyboard-quick-log-error', false);
    const count = async () =>
      (
        await server.deps.db
          .selectFrom('interactions')
          .select('id')
          .where('summary', '=', 'Menanyakan jadwal magang')
          .execute()
      ).length;
    expect(await count()).toBe(0);

    await page.locator(due).fill('2026-12-15');
    await page.getByTestId('quick-log-save').click();
    await page.getByTestId('quick-log-form').waitFor({ state: 'detached' });
    expect(await count()).toBe(1);
    await page.close();
  });
});
