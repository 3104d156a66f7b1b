import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createInteractionVia, createPartnershipVia } from '../factories/engagement';
import { createMeetingVia } from '../factories/meetings';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, standardPassword } from '../factories/people';
import { tinyPdf } from '../factories/photos';
import { hasChromium, launchChromium, saveScreenshot } from '../setup/browser';
import { startLiveServer, type LiveServer } from '../setup/live-server';
import { signIn } from '../setup/page-actions';
import { describeEachDatabase } from '../setup/test-app';

const witaMs = 8 * 3_600_000;

/** A moment as the institution's (WITA) wall clock: `2026-04-10T09:00`. */
function witaInput(moment: Date): string {
  return new Date(moment.getTime() + witaMs).toISOString().slice(0, 16);
}

/** The lines of an iCalendar text, long lines unfolded (RFC 5545 §3.1). */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe.skipIf(!hasChromium)('browser: a manager holds an audience with a likely partner (step 4)', () => {
  describeEachDatabase('exploration meetings', (dialect) => {
    let server: LiveServer;
    let browser: Browser;
    let managerEmail: string;
    let partnershipId: string;
    let contactId: string;
    let partnerId: string;

    beforeAll(async () => {
      server = await startLiveServer(dialect);
      browser = await launchChromium();
      const { institutionId } = await createInstitutionFixture(server);
      managerEmail = (await createUserFixture(server, institutionId, 'manager', { name: 'Siti Rahmah' }))
        .email;
      const api = await logInAs(server, managerEmail);
      const partner = await createPartnerVia(api, { name: 'Rumah Rajut Banjarbaru' });
      partnerId = partner.id;
      contactId = (
        await createContactVia(api, partner.id, {
          name: 'Ahmad Fauzi',
          position: 'Pemilik',
          phone: '0813-4800-1122',
          email: 'fauzi@rumahrajut.id',
        })
      ).id;
      partnershipId = (await createPartnershipVia(api, [partner.id], { name: 'PKW Tas Rajut 2026' })).id;
      await createInteractionVia(api, [partner.id], {
        occurredAt: new Date(server.clock.now().getTime() - 86_400_000).toISOString(),
      });
      for (const to of ['information_gathering', 'analysis', 'exploration']) {
        const moved = await api.request('POST', `/api/v1/partnerships/${partnershipId}/transitions`, { to });
        if (moved.statusCode !== 200) throw new Error(moved.body);
      }
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

    it('schedules an audience on a phone, exports it, records a positive outcome, then moves to work planning', async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan/${partnershipId}`);
      const empty = page.getByTestId('meetings-empty');
      await empty.waitFor();
      expect(await empty.textContent()).toContain('Audiensi adalah pertemuan resmi');
      await shot(page, 'meetings-empty-phone');

      // Two hours from the server's now, in the institution's zone.
      const start = new Date(server.clock.now().getTime() + 2 * 3_600_000);
      start.setUTCSeconds(0, 0);
      const end = new Date(start.getTime() + 90 * 60_000);
      await empty.getByTestId('meeting-schedule').click();
      await page.getByTestId('meeting-kind').getByRole('radio', { name: 'Audiensi' }).click();
      await page.getByTestId('meeting-title').fill('Audiensi PKW Tas Rajut');
      await page.getByTestId('meeting-starts').fill(witaInput(start));
      await page.getByTestId('meeting-ends').fill(witaInput(end));
      await page.getByTestId('meeting-place').fill('Rumah Produksi, Jl. A. Yani Km 33, Banjarbaru');
      await page.getByTestId('meeting-partner-attendees').click();
      await page.getByRole('option', { name: /Ahmad Fauzi/ }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('meeting-agenda').fill('1. Perkenalan lembaga\n2. Paparan program PKW');
      await page.getByTestId('meeting-material').click();
      await page.setInputFiles('input[type="file"]', {
        name: 'Materi Audiensi.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf(),
      });
      await shot(page, 'meeting-schedule-phone');
      await page.getByTestId('meeting-save').click();

      const card = page.getByTestId('meeting-card');
      await card.waitFor();
      expect(await card.count()).toBe(1);
      expect(await page.getByTestId('meetings-upcoming').textContent()).toContain('Audiensi PKW Tas Rajut');
      expect(await card.textContent()).toContain('Ahmad Fauzi');
      expect(await card.textContent()).toContain('WITA');
      const stored = await server.deps.db
        .selectFrom('partnership_meetings')
        .selectAll()
        .where('partnership_id', '=', partnershipId)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        kind: 'audience',
        starts_at: start.toISOString(),
        ends_at: end.toISOString(),
      });
      expect(JSON.parse(stored.attendees_json).partner).toEqual([
        { contactId, name: 'Ahmad Fauzi', role: 'Pemilik' },
      ]);
      expect(stored.material_file_id).not.toBeNull();
      expect(await card.getByTestId('meeting-record-outcome').count()).toBe(0);

      // The WhatsApp invitation is a draft link per contact, greeting them by name.
      await card.getByTestId('meeting-invite-whatsapp').click();
      const waLink = page.getByTestId('meeting-invite-whatsapp-contact');
      await waLink.waitFor();
      expect(await waLink.count()).toBe(1);
      const wa = new URL((await waLink.getAttribute('href')) ?? '');
      expect(`${wa.origin}${wa.pathname}`).toBe('https://wa.me/6281348001122');
      expect(wa.searchParams.get('text')).toContain('Bapak/Ibu Ahmad Fauzi');
      expect(wa.searchParams.get('text')).toContain('WITA');
      await shot(page, 'meeting-invite-whatsapp-phone');
      await page.keyboard.press('Escape');

      // The calendar file, parsed back.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByTestId('meeting-ics').click(),
      ]);
      expect(download.suggestedFilename()).toBe('undangan-audiensi.ics');
      const icsPath = path.join(fs.mkdtempSync(path.join(server.database.dataDir, 'ics-')), 'a.ics');
      await download.saveAs(icsPath);
      const lines = icsLines(fs.readFileSync(icsPath, 'utf8'));
      const wall = witaInput(start).replace(/[-:]/g, '');
      expect(lines).toContain(`DTSTART;TZID=Asia/Makassar:${wall}00`);
      expect(lines).toContain('SUMMARY:Audiensi PKW Tas Rajut');
      expect(lines).toContain('BEGIN:VEVENT');

      // The audience starts; the outcome can now be recorded.
      server.clock.set(new Date(start.getTime() + 30 * 60_000));
      await page.reload();
      await page.getByTestId('meetings-held').waitFor();
      await card.getByTestId('meeting-record-outcome').click();
      await page
        .getByTestId('meeting-outcome')
        .getByRole('radio', { name: /^Positif/ })
        .click();
      await page.getByTestId('meeting-interest').getByRole('radio', { name: 'Tinggi' }).click();
      await page.getByTestId('meeting-outcome-notes').fill('Bersedia menerima 5 peserta magang');
      await page.getByTestId('meeting-next-step').fill('Susun rencana kerja bersama');
      await shot(page, 'meeting-outcome-phone');
      await page.getByTestId('meeting-outcome-save').click();
      await card.getByTestId('meeting-card-outcome').waitFor();
      expect(await card.getByTestId('meeting-card-outcome').textContent()).toContain('Positif');
      await expect
        .poll(() => page.getByTestId('move-option-work_planning').textContent(), { timeout: 15_000 })
        .toContain('Syarat terpenuhi');
      await shot(page, 'meeting-held-phone');

      await page.getByTestId('page-move-to-work_planning').click();
      await expect
        .poll(() => page.getByTestId('current-stage').textContent(), { timeout: 15_000 })
        .toBe('Penyusunan Rencana Kerja');
      const row = await server.deps.db
        .selectFrom('partnerships')
        .select('stage')
        .where('id', '=', partnershipId)
        .executeTakeFirstOrThrow();
      expect(row.stage).toBe('work_planning');

      await page.setViewportSize({ width: 1280, height: 900 });
      await shot(page, 'meetings-desktop');
      expect(pageErrors).toEqual([]);
      await page.close();
    });
    it('moves a meeting a day later, adds a guest attendee and new material, and survives a concurrent edit', async () => {
      const api = await logInAs(server, managerEmail);
      const otherId = (await createPartnershipVia(api, [partnerId], { name: 'Magang Rajut 2026' })).id;
      const start = new Date(server.clock.now().getTime() + 72 * 3_600_000);
      start.setUTCMinutes(0, 0, 0);
      const meeting = await createMeetingVia(api, otherId, 0, {
        title: 'Presentasi program magang',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
        attendees: {
          partner: [{ contactId, name: 'Ahmad Fauzi', role: 'Pemilik' }],
          institution: [{ userId: api.userId, name: 'Siti Rahmah' }],
        },
      });
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signIn(page, server.baseUrl, managerEmail, standardPassword);
      await page.goto(`${server.baseUrl}/kemitraan/${otherId}`);
      const card = page.getByTestId('meeting-card').filter({ hasText: 'Presentasi program magang' });
      await card.waitFor({ timeout: 20_000 });
      await card.getByTestId('meeting-edit').click();

      // The form opens with the stored meeting, times on the institution's (WITA) clock.
      const starts = page.getByTestId('meeting-starts');
      await starts.waitFor();
      expect(await starts.inputValue()).toBe(witaInput(start));
      expect(await page.getByTestId('meeting-title').inputValue()).toBe('Presentasi program magang');
      await expect
        .poll(() => page.getByTestId('meeting-partner-attendees').locator('..').textContent(), {
          timeout: 15_000,
        })
        .toContain('Ahmad Fauzi');

      const later = new Date(start.getTime() + 24 * 3_600_000);
      const laterEnd = new Date(later.getTime() + 90 * 60_000);
      await starts.fill(witaInput(later));
      await page.getByTestId('meeting-ends').fill(witaInput(laterEnd));
      await page.getByTestId('meeting-other-partner-open').click();
      await page.getByTestId('meeting-other-partner-name').fill('Rina Marlina');
      await page.getByTestId('meeting-other-partner-role').fill('Staf Pemasaran');
      // Typed but not yet added: the form is held rather than losing the name.
      expect(
        await page
          .getByTestId('meeting-other-partner-name')
          .evaluate((input: HTMLInputElement) => input.validationMessage),
      ).toContain('Tekan Tambah');
      // Enter adds the guest; it must not submit the schedule.
      await page.getByTestId('meeting-other-partner-role').press('Enter');
      const chip = page.getByTestId('meeting-other-partner-chip');
      await chip.waitFor();
      expect(await chip.textContent()).toBe('Rina Marlina, Staf Pemasaran');
      await page.getByTestId('meeting-material').click();
      await page.setInputFiles('input[type="file"]', {
        name: 'Proposal Magang.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf(),
      });
      await shot(page, 'meeting-edit-phone', false);

      // Meanwhile a colleague changes the agenda: the first save is refused and the form reloads.
      const colleague = await api.request('PATCH', `/api/v1/partnerships/${otherId}/meetings/${meeting.id}`, {
        version: meeting.version,
        agenda: '1. Perkenalan\n2. Kuota magang',
      });
      expect(colleague.statusCode).toBe(200);
      await page.getByTestId('meeting-save').click();
      const alert = page.getByTestId('error-alert');
      await alert.waitFor({ timeout: 20_000 });
      await expect
        .poll(() => alert.textContent(), { timeout: 15_000 })
        .toContain('Data ini baru saja diubah orang lain');
      await expect
        .poll(() => page.getByTestId('meeting-agenda').inputValue(), { timeout: 15_000 })
        .toBe('1. Perkenalan\n2. Kuota magang');
      expect(await starts.inputValue()).toBe(witaInput(later));
      expect(await chip.textContent()).toBe('Rina Marlina, Staf Pemasaran');
      // Saved from the bottom of a long form on a phone: the alert is scrolled into view.
      await expect
        .poll(
          () =>
            alert.evaluate((element) => {
              const box = element.getBoundingClientRect();
              return box.top >= 0 && box.bottom <= window.innerHeight;
            }),
          { timeout: 15_000 },
        )
        .toBe(true);
      await shot(page, 'meeting-edit-conflict-phone', false);
      await page.getByTestId('meeting-save').click();
      await page.getByTestId('meeting-form').waitFor({ state: 'detached', timeout: 20_000 });

      await expect.poll(() => card.textContent(), { timeout: 15_000 }).toContain('Rina Marlina');
      const stored = await server.deps.db
        .selectFrom('partnership_meetings')
        .selectAll()
        .where('id', '=', meeting.id)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        starts_at: later.toISOString(),
        ends_at: laterEnd.toISOString(),
        title: 'Presentasi program magang',
        // The colleague's agenda is kept: only the changed fields were sent.
        agenda: '1. Perkenalan\n2. Kuota magang',
        version: 4,
      });
      expect(JSON.parse(stored.attendees_json)).toEqual({
        partner: [
          { contactId, name: 'Ahmad Fauzi', role: 'Pemilik' },
          { contactId: null, name: 'Rina Marlina', role: 'Staf Pemasaran' },
        ],
        institution: [{ userId: api.userId, name: 'Siti Rahmah', role: null }],
      });
      expect(stored.material_file_id).not.toBeNull();
      const audit = await server.deps.db
        .selectFrom('audit_events')
        .select('action')
        .where('entity_id', '=', meeting.id)
        .orderBy('sequence')
        .execute();
      expect(audit.map((row) => row.action)).toEqual([
        'partnership_meeting.created',
        'partnership_meeting.updated',
        'partnership_meeting.updated',
        'partnership_meeting.material_set',
      ]);

      await card.scrollIntoViewIfNeeded();
      await shot(page, 'meeting-card-edited-phone', false);
      await page.setViewportSize({ width: 1280, height: 900 });
      await card.getByTestId('meeting-edit').click();
      await page.getByTestId('meeting-form').waitFor();
      await page.getByTestId('meeting-other-institution-open').click();
      await page.getByTestId('meeting-other-institution-name').fill('Dewi Lestari');
      await shot(page, 'meeting-edit-desktop', false);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  });
});
