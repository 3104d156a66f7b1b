import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  CalendarOccasionList,
  Holiday,
  HolidayYear,
  Occasion,
} from '../../../shared/contracts/occasions';
import { createAgreementVia } from '../../../../tests/factories/agreements';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import {
  createInstitutionFixture,
  createUserFixture,
  logInAs,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { agendaContextOf } from '../care/index';
import { occasionAgendaSource } from './occasion-agenda-source';

describeEachDatabase('holidays and the occasions calendar', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let manager: Session;
  let institutionId: string;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-03-01T01:00:00.000Z'));
    const fixture = await createInstitutionFixture(t);
    institutionId = fixture.institutionId;
    admin = await logInAs(t, fixture.adminEmail);
    manager = await logInAs(t, (await createUserFixture(t, institutionId, 'manager')).email);
    other = await logInAs(t, (await createInstitutionFixture(t)).adminEmail);
  });
  afterAll(() => t.close());

  const year = async (session: Session, y: number) => {
    const response = await session.request('GET', `/api/v1/holidays?year=${y}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<HolidayYear>();
  };
  const auditActions = async () =>
    (
      await t.deps.db
        .selectFrom('audit_events')
        .select('action')
        .where('institution_id', '=', institutionId)
        .where('entity_type', 'in', ['holiday', 'holiday_year', 'occasion', 'institution'])
        .orderBy('sequence')
        .execute()
    )
      .map((row) => row.action)
      .filter((action) => action !== 'institution.created');
  const storedHolidays = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('holidays')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('institution_id', '=', institutionId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('shows the decree for 2026 and computed, provisional dates for 2027, without storing anything', async () => {
    const y2026 = await year(admin, 2026);
    expect(y2026.source).toBe('official');
    expect(y2026.observesCutiBersama).toBe(true);
    expect(y2026.items).toHaveLength(25);
    expect(
      y2026.items
        .filter((h) => h.date.startsWith('2026-03-2') && h.kind === 'national_holiday')
        .map((h) => h.date),
    ).toEqual(['2026-03-21', '2026-03-22']);
    expect(y2026.items.every((h) => !h.provisional)).toBe(true);
    const y2027 = await year(admin, 2027);
    expect(y2027.source).toBe('provisional');
    expect(y2027.items.every((h) => h.provisional)).toBe(true);
    expect(y2027.items.find((h) => h.occasionKey === 'paskah')!.date).toBe('2027-03-28');
    expect(await storedHolidays()).toBe(0);
  });

  it('refuses holiday edits by a manager, writing nothing', async () => {
    const idulfitri = (await year(manager, 2026)).items.find((h) => h.date === '2026-03-21')!;
    const patch = await manager.request('PATCH', `/api/v1/holidays/${idulfitri.id}`, {
      version: 1,
      name: 'X',
    });
    expect(patch.statusCode).toBe(403);
    expect(patch.json<{ error: { code: string } }>().error.code).toBe('FORBIDDEN');
    const settings = await manager.request('PUT', '/api/v1/holiday-settings', { observesCutiBersama: false });
    expect(settings.statusCode).toBe(403);
    expect(await storedHolidays()).toBe(0);
  });

  it("copies the year on the first correction; the edit applies to the institution's copy only", async () => {
    const official = (await year(admin, 2026)).items.find((h) => h.date === '2026-05-27')!;
    const patch = await admin.request('PATCH', `/api/v1/holidays/${official.id}`, {
      version: 1,
      date: '2026-05-26',
      sourceDecree: 'SKB perubahan (uji)',
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const moved = patch.json<Holiday>();
    expect(moved).toMatchObject({ date: '2026-05-26', name: 'Hari Raya Iduladha 1447 Hijriah', version: 2 });
    expect(moved.id).not.toBe(official.id);
    const own = await year(admin, 2026);
    expect(own.source).toBe('institution');
    expect(own.items).toHaveLength(25);
    expect(own.items.some((h) => h.date === '2026-05-27' && h.kind === 'national_holiday')).toBe(false);
    expect(await storedHolidays()).toBe(25);
    expect((await year(other, 2026)).source).toBe('official');
    // The shipped id addresses nothing once the year is the institution's own.
    const again = await admin.request('PATCH', `/api/v1/holidays/${official.id}`, {
      version: 1,
      name: 'Lagi',
    });
    expect(again.json<{ error: { code: string } }>().error.code).toBe('HOLIDAY_NOT_FOUND');
    const stale = await admin.request('PATCH', `/api/v1/holidays/${moved.id}`, { version: 1, name: 'Basi' });
    expect(stale.statusCode).toBe(409);
    const foreign = await other.request('PATCH', `/api/v1/holidays/${moved.id}`, {
      version: 2,
      name: 'Asing',
    });
    expect(foreign.statusCode).toBe(404);
    expect(await auditActions()).toEqual(['holiday_year.copied', 'holiday.updated']);
  });

  it('adds to and deletes from a provisional year, which then becomes the institution’s', async () => {
    const added = await admin.request('POST', '/api/v1/holidays', {
      date: '2027-03-09',
      name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)',
      kind: 'national_holiday',
      occasionKey: 'nyepi',
      calendarYearLabel: 'Saka 1949',
    });
    expect(added.statusCode, added.body).toBe(201);
    const y2027 = await year(admin, 2027);
    expect(y2027.source).toBe('institution');
    expect(y2027.items.every((h) => !h.provisional)).toBe(true);
    expect(y2027.items.find((h) => h.occasionKey === 'nyepi')!.date).toBe('2027-03-09');
    const labour = y2027.items.find((h) => h.occasionKey === 'hari_buruh')!;
    const removed = await admin.request('DELETE', `/api/v1/holidays/${labour.id}?version=${labour.version}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await year(admin, 2027)).items.some((h) => h.occasionKey === 'hari_buruh')).toBe(false);
    expect((await auditActions()).slice(2)).toEqual([
      'holiday_year.copied',
      'holiday.created',
      'holiday.deleted',
    ]);
  });

  it('merges holidays, anniversaries and custom occasions by day; cuti bersama follows the switch', async () => {
    const partner = await createPartnerVia(admin, { name: 'Koperasi Kabisat', foundedOn: '2020-02-29' });
    const partnership = await createPartnershipVia(admin, [partner.id]);
    const agreement = await createAgreementVia(admin, {
      partnershipId: partnership.id,
      partnerId: partner.id,
    });
    // Arranged as signing leaves it (signing itself is covered by the agreements' tests).
    await t.deps.db
      .updateTable('agreements')
      .set({ status: 'active', dated_on: '2025-03-20', activated_at: '2025-03-20T03:00:00.000Z' })
      .where('id', '=', agreement.id)
      .execute();
    const launch = await admin.request('POST', '/api/v1/occasions', {
      kind: 'product_launch',
      title: 'Peluncuran tas rajut motif sasirangan',
      date: '2026-03-05',
      partnerId: partner.id,
    });
    expect(launch.statusCode, launch.body).toBe(201);
    const custom = await manager.request('POST', '/api/v1/occasions', {
      kind: 'custom',
      title: 'Hari jadi LKP',
      date: '2019-03-16',
      repeatsYearly: true,
    });
    expect(custom.statusCode, custom.body).toBe(201);
    const list = await admin.request('GET', '/api/v1/care/occasions?from=2026-02-15&to=2026-03-22');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json<CalendarOccasionList>().items;
    expect(items.map((o) => [o.date, o.kind])).toEqual([
      ['2026-02-16', 'cuti_bersama'],
      ['2026-02-17', 'national_holiday'],
      ['2026-02-28', 'partner_founded'],
      ['2026-03-05', 'product_launch'],
      ['2026-03-16', 'custom'],
      ['2026-03-18', 'cuti_bersama'],
      ['2026-03-19', 'national_holiday'],
      ['2026-03-20', 'cuti_bersama'],
      ['2026-03-20', 'agreement_anniversary'],
      ['2026-03-21', 'national_holiday'],
      ['2026-03-22', 'national_holiday'],
    ]);
    const founded = items.find((o) => o.kind === 'partner_founded')!;
    expect(founded).toMatchObject({
      partnerId: partner.id,
      title: 'Koperasi Kabisat',
      years: 6,
      greeting: true,
    });
    expect(items.find((o) => o.kind === 'agreement_anniversary')).toMatchObject({
      years: 1,
      occasionKey: 'anniversary',
    });
    expect(items.find((o) => o.date === '2026-03-21')).toMatchObject({
      title: 'Hari Raya Idulfitri 1447 Hijriah',
      calendarYearLabel: '1447 H',
      occasionKey: 'idulfitri',
      greeting: true,
    });
    const switched = await admin.request('PUT', '/api/v1/holiday-settings', { observesCutiBersama: false });
    expect(switched.statusCode, switched.body).toBe(200);
    const without = (
      await admin.request('GET', '/api/v1/care/occasions?from=2026-02-15&to=2026-03-22')
    ).json<CalendarOccasionList>().items;
    expect(without.some((o) => o.kind === 'cuti_bersama')).toBe(false);
    expect(without).toHaveLength(items.length - 3);
    const foreign = (
      await other.request('GET', '/api/v1/care/occasions?from=2026-02-15&to=2026-03-22')
    ).json<CalendarOccasionList>().items;
    expect(foreign.every((o) => o.partnerId === null && o.occasionId === null)).toBe(true);
    expect(foreign.filter((o) => o.kind === 'cuti_bersama')).toHaveLength(3);
  });

  it('finds an occasion by its ref and puts coming greetings on the agenda', async () => {
    t.clock.set(new Date('2026-02-20T01:00:00.000Z'));
    const context = await agendaContextOf(t.deps.db, t.clock, institutionId);
    const items = await occasionAgendaSource(t.deps.db, context);
    const holidays = items.filter((i) => i.partnerId === null);
    // Nyepi and one Idulfitri (two days, one greeting) within 30 days; cuti bersama never.
    expect(holidays.map((i) => [i.dueOn, i.subject.type])).toEqual([
      ['2026-03-19', 'holiday'],
      ['2026-03-21', 'holiday'],
    ]);
    expect(holidays[1]).toMatchObject({
      reason: 'occasion_coming',
      daysOverdue: -29,
      suggestedPurpose: 'greeting',
    });
    // Partner days within 14 days: the leap-day founding (28 Feb) and the launch (5 Mar); the anniversary on 20 Mar is too far.
    expect(items.filter((i) => i.partnerId !== null).map((i) => [i.dueOn, i.subject.type])).toEqual([
      ['2026-02-28', 'partner'],
      ['2026-03-05', 'occasion'],
    ]);
    const { findOccasionByRef } = await import('./index');
    const founded = await findOccasionByRef(
      t.deps.db,
      institutionId,
      `founded:${items.find((i) => i.subject.type === 'partner')!.subject.id}@2026`,
    );
    expect(founded).toMatchObject({ date: '2026-02-28', years: 6 });
    const idulfitri = (await year(admin, 2026)).items.find((h) => h.date === '2026-03-21')!;
    expect(await findOccasionByRef(t.deps.db, institutionId, `holiday:${idulfitri.id}`)).toMatchObject({
      title: 'Hari Raya Idulfitri 1447 Hijriah',
      calendarYearLabel: '1447 H',
    });
    expect(await findOccasionByRef(t.deps.db, institutionId, 'holiday:tidak-ada')).toBeNull();
  });

  it('edits and deletes a custom occasion with its version, audited', async () => {
    const created = await admin.request('POST', '/api/v1/occasions', {
      kind: 'custom',
      title: 'Pameran UMKM',
      date: '2026-09-01',
    });
    const occasion = created.json<Occasion>();
    const patch = await admin.request('PATCH', `/api/v1/occasions/${occasion.id}`, {
      version: 1,
      title: 'Pameran UMKM Kalsel',
    });
    expect(patch.json<Occasion>()).toMatchObject({ title: 'Pameran UMKM Kalsel', version: 2 });
    const viewer = await logInAs(t, (await createUserFixture(t, institutionId, 'viewer')).email);
    expect((await viewer.request('DELETE', `/api/v1/occasions/${occasion.id}?version=2`)).statusCode).toBe(
      403,
    );
    expect((await other.request('DELETE', `/api/v1/occasions/${occasion.id}?version=2`)).statusCode).toBe(
      404,
    );
    expect((await admin.request('DELETE', `/api/v1/occasions/${occasion.id}?version=1`)).statusCode).toBe(
      409,
    );
    expect((await admin.request('DELETE', `/api/v1/occasions/${occasion.id}?version=2`)).statusCode).toBe(
      200,
    );
    expect((await auditActions()).filter((a) => a.startsWith('occasion.'))).toEqual([
      'occasion.created',
      'occasion.created',
      'occasion.created',
      'occasion.updated',
      'occasion.deleted',
    ]);
  });
});
