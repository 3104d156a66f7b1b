import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createNotificationScheduler } from '../../src/server/modules/notifications/index';
import { createReminderWorld, type ReminderWorld } from '../factories/care-reminders';
import { standardPassword } from '../factories/people';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

describe.skipIf(!hasChromium)('browser: the notification bell and the calendar link', () => {
  describeEachDatabase('notifications', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let world: ReminderWorld;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      world = await createReminderWorld(server);
      // The morning's reminders, as the scheduler makes them in a running server.
      await createNotificationScheduler(server.deps, { log: () => undefined }).runDueTasks();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const shot = async (page: Page, name: string) => {
      if (dialect === 'sqlite') await saveScreenshot(page, name);
    };

    it('the bell counts my unread reminders; I read one, then all; I get, rotate and revoke my calendar link', async () => {
      const mine = await server.deps.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', world.facilitator.userId)
        .execute();
      expect(mine.length).toBeGreaterThanOrEqual(1);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, world.facilitatorEmail, standardPassword);

      const bell = page.getByTestId('notification-bell');
      await expect
        .poll(() => bell.getAttribute('aria-label'))
        .toBe(`Pemberitahuan: ${mine.length} belum dibaca`);
      await bell.click();
      const rows = page.getByTestId('notification-row');
      await expect.poll(() => rows.count()).toBe(mine.length);
      const followUp = rows.filter({ hasText: world.ownPartner.task });
      expect(await followUp.textContent()).toContain('Tindak lanjut jatuh tempo');
      expect(await followUp.textContent()).toContain(world.ownPartner.name);
      // The partner nobody facilitates is not on the facilitator's list.
      expect(await page.getByTestId('notification-list').textContent()).not.toContain(
        world.otherPartner.name,
      );
      await shot(page, 'notifications-bell');

      await followUp.getByRole('button', { name: 'Tandai dibaca' }).click();
      await expect.poll(() => followUp.getAttribute('data-unread')).toBe('false');
      if (mine.length > 1) {
        await expect
          .poll(() => bell.getAttribute('aria-label'))
          .toBe(`Pemberitahuan: ${mine.length - 1} belum dibaca`);
        await page.getByTestId('notifications-read-all').click();
      }
      await expect.poll(() => bell.getAttribute('aria-label')).toBe('Pemberitahuan');
      const unread = await server.deps.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', world.facilitator.userId)
        .where('read_at', 'is', null)
        .execute();
      expect(unread).toEqual([]);

      // Following the partner link opens the partner page.
      await followUp.getByRole('link', { name: world.ownPartner.name }).click();
      await page.waitForURL(new RegExp(`/mitra/${world.ownPartner.id}$`));

      await page.getByTestId('user-menu').click();
      await page.getByTestId('calendar-feed-link').click();
      const modal = page.getByTestId('calendar-feed-modal');
      await expect
        .poll(() => page.getByTestId('calendar-feed-status').textContent())
        .toBe('Belum ada tautan kalender.');
      expect(await modal.textContent()).toContain('Google Calendar');
      expect(await modal.textContent()).toContain('Thunderbird');
      await page.getByTestId('calendar-feed-issue').click();
      const urlField = page.getByTestId('calendar-feed-url');
      await expect.poll(() => urlField.inputValue()).toMatch(/\/api\/v1\/calendar\.ics\?token=/);
      const firstUrl = await urlField.inputValue();
      await shot(page, 'notifications-calendar-link');
      const feed = await fetch(firstUrl.replace(/^https?:\/\/[^/]+/, server.baseUrl));
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await feed.text()).toContain(`Tindak lanjut: ${world.ownPartner.task}`);

      await page.getByTestId('calendar-feed-issue').click();
      await expect.poll(() => urlField.inputValue()).not.toBe(firstUrl);
      const old = await fetch(firstUrl.replace(/^https?:\/\/[^/]+/, server.baseUrl));
      expect(old.status).toBe(404);
      await page.getByTestId('calendar-feed-revoke').click();
      await expect
        .poll(() => page.getByTestId('calendar-feed-status').textContent())
        .toBe('Tautan kalender dicabut.');
      expect(
        await server.deps.db
          .selectFrom('calendar_feeds')
          .select('id')
          .where('user_id', '=', world.facilitator.userId)
          .where('revoked_at', 'is', null)
          .execute(),
      ).toEqual([]);
      await page.keyboard.press('Escape');

      // On a phone the list fits the screen.
      await page.setViewportSize({ width: 390, height: 844 });
      await bell.click();
      await expect.poll(() => page.getByTestId('notification-row').count()).toBe(mine.length);
      const box = await page.getByTestId('notification-list').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      await shot(page, 'notifications-bell-phone');
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
