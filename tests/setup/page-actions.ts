import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A searchable Mantine select: type part of the name, then click the option. */
export async function chooseOption(page: Page, testId: string, typed: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByTestId(testId).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => page.getByTestId(testId).inputValue()).toBe(option);
}

/** Signs in on the sign-in page and waits for the app shell. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('institution-name').first().waitFor();
}

/** A two-stroke scribble with real pointer moves over a signature pad, as a hand would draw it. */
export async function drawSignature(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('signature pad is not visible');
  const strokes = [
    [
      [0.1, 0.7],
      [0.2, 0.3],
      [0.3, 0.65],
      [0.4, 0.25],
      [0.5, 0.7],
    ],
    [
      [0.55, 0.5],
      [0.7, 0.35],
      [0.85, 0.6],
      [0.9, 0.4],
    ],
  ];
  for (const [first, ...rest] of strokes) {
    if (!first) continue;
    await page.mouse.move(box.x + box.width * first[0]!, box.y + box.height * first[1]!);
    await page.mouse.down();
    for (const [x, y] of rest)
      await page.mouse.move(box.x + box.width * x!, box.y + box.height * y!, { steps: 8 });
    await page.mouse.up();
  }
}

/**
 * What the page's service worker is doing: 'controlled' once it serves the page, else its
 * registration's state and the console's warnings and errors, so a failed wait says why.
 */
export function serviceWorkerState(page: Page): () => Promise<string> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
  });
  return async () => {
    const state = await page.evaluate(async () => {
      if (navigator.serviceWorker.controller) return 'controlled';
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return 'no registration';
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      return `registration: ${worker?.state ?? 'no worker'}`;
    });
    return state === 'controlled' ? state : `${state}; console: ${messages.join(' | ') || 'nothing'}`;
  };
}
