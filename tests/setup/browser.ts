import fs from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);
export const screenshotDir = path.resolve('test-results', 'screenshots');

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, with the flags this sandboxed, offline machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

/**
 * A browser with a profile on disk, not an incognito context: what Chromium requires before it
 * calls a site installable.
 */
export function launchChromiumWithProfile(
  profileDir: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    ...options,
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
}

/** Under test-results/screenshots; a modal is fixed to the screen, so pass `fullPage: false` for one. */
export async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** A screenshot once dialogs have finished fading in or out (transitions, not endless animations). */
export async function saveSettledScreenshot(page: Page, name: string, fullPage = true): Promise<string> {
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => !(animation instanceof CSSTransition)),
    undefined,
    { timeout: 30_000 },
  );
  return saveScreenshot(page, name, fullPage);
}
