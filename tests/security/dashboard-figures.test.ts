import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  calendarDaysAhead,
  calendarDaysBack,
} from '../../src/server/modules/notifications/build-calendar-feed';
import { addDays } from '../../src/shared/domain/local-date';
import type { Dashboard, RegionReport } from '../../src/shared/contracts/reports';
import { builtInPartnerCategories } from '../../src/shared/domain/partner-vocabulary';
import {
  builtInPatterns,
  enterableStages,
  partnershipStages,
  stepStages,
} from '../../src/shared/domain/partnership-stages';
import { agreementStatuses } from '../../src/shared/domain/agreement-status';
import { activityTimelinessValues } from '../../src/shared/domain/activity-timeliness';
import { healthBands } from '../../src/shared/domain/health-score';
import type { Role } from '../../src/shared/domain/roles';
import { createActivityVia } from '../factories/activities';
import { activeAgreementVia, answerFeedbackVia, moveVia } from '../factories/dashboard-world';
import { createInteractionVia, createPartnershipVia } from '../factories/engagement';
import { createMeetingVia } from '../factories/meetings';
import { createContactVia, createPartnerVia } from '../factories/partners';
import { createInstitutionFixture, createUserFixture, logInAs, type Session } from '../factories/people';
import { createWorkPlanVia, workPlanItemBody } from '../factories/work-plans';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

/** mulberry32: the same "random" world on every run, so a failure can be replayed. */
function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof seededRandom>;

const regencies = ['63.71', '63.72', '63.03'];
const day = (offset: number) =>
  new Date(Date.parse('2026-01-01T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);

/** One institution's random records, all through the API (so every one is audited). */
async function randomInstitution(t: TestApp, rng: Rng, adminEmail: string, tag: string): Promise<void> {
  // Names unique across institutions (so an export row names its record) and the calendar's
  // meetings and follow-up dates come from a second stream, leaving the first world as it was.
  const extra = seededRandom(tag.length * 7919 + tag.charCodeAt(tag.length - 1));
  const around = () => day(extra.int(258, 430));
  t.clock.set(new Date('2026-09-15T02:00:00.000Z'));
  let admin = await logInAs(t, adminEmail);
  const partners: { id: string; contactId: string | null }[] = [];
  for (let i = 0; i < 14; i += 1) {
    const partner = await createPartnerVia(admin, {
      category: rng.pick(builtInPartnerCategories),
      region: { provinceCode: '63', regencyCode: rng.pick(regencies) },
    });
    const contact = rng.chance(0.6) ? await createContactVia(admin, partner.id) : null;
    partners.push({ id: partner.id, contactId: contact?.id ?? null });
  }
  const answer = async () => {
    const withContact = partners.filter((p) => p.contactId);
    for (let i = 0; i < 4 && withContact.length > 0; i += 1) {
      const p = rng.pick(withContact);
      await answerFeedbackVia(t, admin, p.id, p.contactId!, {
        satisfaction: rng.int(1, 5),
        recommend: rng.int(0, 10),
      });
    }
  };
  await answer();
  for (let i = 0; i < 10; i += 1) {
    const members = [rng.pick(partners).id];
    if (rng.chance(0.3)) members.push(rng.pick(partners).id);
    const ids = [...new Set(members)];
    const entered = rng.chance(0.5) ? rng.pick(enterableStages) : null;
    const pattern = rng.pick(builtInPatterns);
    const partnership = await createPartnershipVia(admin, ids, {
      name: `Kemitraan ${tag} ${i}`,
      pattern,
      ...(entered
        ? { enteredAt: { stage: entered, reason: 'Kemitraan sudah berjalan sebelum memakai Jalin' } }
        : {}),
    });
    if (!entered && rng.chance(0.6)) {
      await moveVia(admin, partnership.id, 'information_gathering');
      if (rng.chance(0.5)) {
        await createInteractionVia(admin, ids, {
          occurredAt: t.clock.now().toISOString(),
          summary: `Kunjungan ${tag} ${i}`,
          followUp: { task: `Tindak lanjut ${tag} ${i}`, dueOn: around() },
        });
        await moveVia(admin, partnership.id, 'analysis');
      }
    }
    if (extra.chance(0.5)) {
      const startsAt = new Date(`${around()}T01:30:00.000Z`).toISOString();
      await createMeetingVia(admin, partnership.id, 0, {
        title: `Pertemuan ${tag} ${i}`,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
      });
    }
    if (rng.chance(0.25))
      await moveVia(admin, partnership.id, 'not_pursued', 'Mitra belum siap tahun ini, dicoba lagi nanti');
    if (!entered || rng.chance(0.3)) continue;
    const plan = await createWorkPlanVia(admin, partnership.id, {
      items: [0, 1, 2].map(() => {
        const start = rng.int(0, 250);
        return workPlanItemBody({ startsOn: day(start), endsOn: day(start + rng.int(5, 90)) });
      }),
    });
    for (let j = 0; j < rng.int(2, 6); j += 1) {
      const status = rng.pick(['planned', 'in_progress', 'done', 'done', 'cancelled'] as const);
      const item = rng.chance(0.8) ? rng.pick(plan.items) : null;
      const started = rng.int(0, 240);
      await createActivityVia(admin, partnership.id, {
        title: `Kegiatan ${tag} ${i}.${j}`,
        status,
        workPlanItemId: item?.id ?? null,
        startedOn: status === 'done' ? day(started) : null,
        endedOn: status === 'done' ? day(started + rng.int(0, 15)) : null,
        actualQuantity: rng.chance(0.8) ? rng.int(0, 30) : null,
        outcomeKind: rng.chance(0.9)
          ? rng.pick([
              'learners_trained',
              'graduates_hired',
              'graduates_in_business',
              'internship_places',
              'guest_instructor_hours',
              'other',
            ] as const)
          : null,
      });
    }
    // Agency and operational-cooperation agreements need pattern terms before signing.
    if ((pattern === 'general_trade' || pattern === 'foster') && rng.chance(0.7)) {
      const partnerId = ids[0]!;
      await activeAgreementVia(t, admin, {
        partnershipId: partnership.id,
        partnerId,
        kind: 'mou',
        subject: `Kesepakatan ${tag} ${i}`,
        startsOn: '2026-09-01',
        endsOn: day(rng.int(270, 500)),
      });
    }
  }
  t.clock.set(new Date('2026-11-18T05:00:00.000Z'));
  admin = await logInAs(t, adminEmail);
  await answer();
}

describeEachDatabase('every dashboard figure equals its list, for every role', (dialect) => {
  let t: TestApp;
  const readers: { label: string; session: Session; headers: Record<string, string> }[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(new Date('2026-09-15T02:00:00.000Z'));
    const rng = seededRandom(20261120);
    const a = await createInstitutionFixture(t, { name: 'LKP Acak Banjarbaru', regionCode: '63.72' });
    const b = await createInstitutionFixture(t, { name: 'LKP Acak Banjarmasin', regionCode: '63.71' });
    await randomInstitution(t, rng, a.adminEmail, 'Anggrek');
    await randomInstitution(t, rng, b.adminEmail, 'Melati');
    // Checked after the data ages: agreements expire, planned items fall due.
    t.clock.set(new Date('2027-01-12T03:00:00.000Z'));
    const office = await createInstitutionFixture(t, {
      name: 'Dinas Pendidikan Kalsel',
      regionCode: '63.72',
    });
    const supervisor = await createUserFixture(t, office.institutionId, 'supervisor', {
      supervisedRegionCodes: ['63'],
    });
    for (const role of ['manager', 'facilitator', 'viewer'] as Role[]) {
      const user = await createUserFixture(t, a.institutionId, role);
      readers.push({ label: `${role} of A`, session: await logInAs(t, user.email), headers: {} });
    }
    readers.push({ label: 'admin of A', session: await logInAs(t, a.adminEmail), headers: {} });
    readers.push({ label: 'admin of B', session: await logInAs(t, b.adminEmail), headers: {} });
    const supervising = await logInAs(t, supervisor.email);
    readers.push({
      label: 'supervisor into A',
      session: supervising,
      headers: { 'x-jalin-institution': a.institutionId },
    });
    readers.push({
      label: 'supervisor into B',
      session: supervising,
      headers: { 'x-jalin-institution': b.institutionId },
    });
  }, 600_000);
  afterAll(async () => t?.close());

  async function get<T>(reader: (typeof readers)[number], path: string): Promise<T> {
    const response = await reader.session.request('GET', `/api/v1${path}`, undefined, reader.headers);
    expect(response.statusCode, `${reader.label} GET ${path}: ${response.body}`).toBe(200);
    return response.json<T>();
  }

  type ListItem = Record<string, unknown>;

  /** Every item the list shows to the reader, over all its pages. */
  async function listItems(reader: (typeof readers)[number], path: string): Promise<ListItem[]> {
    const items: ListItem[] = [];
    let cursor: string | null = null;
    const join = path.includes('?') ? '&' : '?';
    do {
      const page: { items: ListItem[]; nextCursor?: string | null } = await get(
        reader,
        `${path}${join}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...page.items);
      cursor = page.nextCursor ?? null;
    } while (cursor);
    return items;
  }

  /** The list's size over every page and its items' quantity sum. */
  async function list(
    reader: (typeof readers)[number],
    path: string,
  ): Promise<{ count: number; quantity: number }> {
    const items = await listItems(reader, path);
    const quantity = items.reduce((sum, item) => sum + ((item.actualQuantity as number | null) ?? 0), 0);
    return { count: items.length, quantity };
  }

  it.each([
    ['the default period', ''],
    ['last year', '?from=2026-01&to=2026-12'],
    ['one autumn', '?from=2026-09&to=2026-11'],
  ])(
    'for %s',
    async (_label, query) => {
      for (const reader of readers) {
        const d = await get<Dashboard>(reader, `/reports/dashboard${query}`);
        const at = (what: string) => `${reader.label} ${query} ${what}`;
        const period = `from=${d.period.from}&to=${d.period.to}`;
        expect((await list(reader, '/partners')).count, at('partners')).toBe(d.partners.total);
        const slice = (items: { key: string; count: number }[], key: string) =>
          items.find((s) => s.key === key)?.count ?? 0;
        for (const c of builtInPartnerCategories)
          expect((await list(reader, `/partners?category=${c}`)).count, at(c)).toBe(
            slice(d.partners.byCategory, c),
          );
        for (const s of partnershipStages)
          expect((await list(reader, `/partners?stage=${s}`)).count, at(s)).toBe(
            slice(d.partners.byStage, s),
          );
        for (const p of builtInPatterns)
          expect((await list(reader, `/partners?pattern=${p}`)).count, at(p)).toBe(
            slice(d.partners.byPattern, p),
          );
        for (const r of regencies)
          expect((await list(reader, `/partners?regionCode=${r}`)).count, at(r)).toBe(
            d.partners.byRegion.find((x) => x.code === r)?.count ?? 0,
          );
        for (const band of healthBands)
          expect((await list(reader, `/partners?health=${band}`)).count, at(band)).toBe(
            slice(d.partners.byHealth, band),
          );
        const neglected = await get<{ items: unknown[] }>(reader, '/care/neglected');
        expect(neglected.items.length, at('neglected')).toBe(d.partners.neglected);
        for (const step of d.funnel)
          expect((await list(reader, `/partnerships?reachedStage=${step.stage}`)).count, at(step.stage)).toBe(
            step.reached,
          );
        expect(d.funnel.map((s) => s.stage)).toEqual([...stepStages]);
        for (const status of ['active', 'expiring', 'expired'] as const) {
          expect(agreementStatuses).toContain(status);
          expect((await list(reader, `/agreements?status=${status}`)).count, at(status)).toBe(
            d.agreements[status],
          );
        }
        const timeliness = {
          on_time: d.activities.onTime,
          late: d.activities.late,
          overdue: d.activities.overdue,
          unplanned: d.activities.unplanned,
        };
        for (const value of activityTimelinessValues)
          expect((await list(reader, `/activities?timeliness=${value}&${period}`)).count, at(value)).toBe(
            timeliness[value],
          );
        for (const outcome of d.outcomes)
          expect(
            (await list(reader, `/activities?status=done&outcomeKind=${outcome.kind}&${period}`)).quantity,
            at(outcome.kind),
          ).toBe(outcome.total);
        expect(
          (await list(reader, `/feedback-requests?status=answered&${period}`)).count,
          at('answered'),
        ).toBe(d.feedback.answered);
        for (const s of d.feedback.bySatisfaction)
          expect(
            (await list(reader, `/feedback-requests?status=answered&satisfaction=${s.score}&${period}`))
              .count,
            at(`satisfaction ${s.score}`),
          ).toBe(s.count);
      }
    },
    600_000,
  );

  /** Every id the list shows to the reader, over all its pages. */
  async function listedIds(reader: (typeof readers)[number], path: string): Promise<string[]> {
    return (await listItems(reader, path)).map((item) => item.id as string).sort();
  }

  /** Every record of the table, in any institution, that the reader's detail route opens. */
  async function openedIds(
    reader: (typeof readers)[number],
    table: 'partners' | 'partnerships' | 'interactions' | 'agreements',
  ): Promise<string[]> {
    const rows = await t.deps.db.selectFrom(table).select('id').execute();
    const opened: string[] = [];
    for (const { id } of rows) {
      const response = await reader.session.request(
        'GET',
        `/api/v1/${table}/${id}`,
        undefined,
        reader.headers,
      );
      expect([200, 404], `${reader.label} ${table}/${id}: ${response.body}`).toContain(response.statusCode);
      if (response.statusCode === 200) opened.push(id);
    }
    return opened.sort();
  }

  it('every list holds exactly the records each reader can open one by one (promise 3)', async () => {
    const openedSomewhere = new Set<string>();
    for (const reader of readers) {
      for (const table of ['partners', 'partnerships', 'interactions', 'agreements'] as const) {
        const opened = await openedIds(reader, table);
        if (opened.length > 0) openedSomewhere.add(table);
        expect(await listedIds(reader, `/${table}`), `${reader.label} ${table}`).toEqual(opened);
      }
      const partners = new Set(await openedIds(reader, 'partners'));
      const map = await get<{ points: { id: string }[] }>(reader, '/partners/map');
      for (const point of map.points) expect(partners.has(point.id), `${reader.label} map`).toBe(true);
      // Every partner is named "Rumah Rajut Intan …" and every contact "Ibu Hj. Rusmini".
      for (const fragment of ['Rajut Intan', 'Rusmini']) {
        const found = await listedIds(reader, `/partners?q=${encodeURIComponent(fragment)}`);
        for (const id of found) expect(partners.has(id), `${reader.label} q=${fragment}`).toBe(true);
        if (fragment === 'Rajut Intan') expect(found, reader.label).toEqual([...partners].sort());
      }
    }
    expect([...openedSomewhere].sort()).toEqual(['agreements', 'interactions', 'partners', 'partnerships']);
  }, 600_000);

  /** The export's key column, parsed back from the CSV, beside the same key of the list's items. */
  const exportCases = [
    { list: '/partners', column: 0, key: (item: ListItem) => item.name as string | null },
    { list: '/partnerships', column: 0, key: (item: ListItem) => item.name as string | null },
    { list: '/interactions', column: 5, key: (item: ListItem) => item.summary as string | null },
    { list: '/agreements', column: 3, key: (item: ListItem) => item.subject as string | null },
    { list: '/activities', column: 0, key: (item: ListItem) => item.title as string | null },
    {
      list: '/follow-ups?scope=all&status=open',
      column: 0,
      key: (item: ListItem) => item.task as string | null,
    },
  ];

  it('every export holds exactly the rows of its list, for every reader (promise 3)', async () => {
    let compared = 0;
    for (const reader of readers) {
      for (const exportCase of exportCases) {
        const [path, query] = exportCase.list.split('?') as [string, string | undefined];
        const exportPath = `/api/v1${path}/export?${query ? `${query}&` : ''}format=csv`;
        const response = await reader.session.request('GET', exportPath, undefined, reader.headers);
        expect(response.statusCode, `${reader.label} ${exportPath}: ${response.body}`).toBe(200);
        const rows: string[][] = parse(response.rawPayload, { bom: true });
        const exported = rows.slice(1).map((row) => (row[exportCase.column] ?? '').replace(/^'/, ''));
        const listed = (await listItems(reader, exportCase.list)).map((item) => exportCase.key(item) ?? '');
        expect(exported.sort(), `${reader.label} ${exportCase.list}`).toEqual(listed.sort());
        // Each institution's names carry its own flower; nothing of the other may leak in.
        const foreign = reader.label.endsWith('B') ? 'Anggrek' : 'Melati';
        expect(rows.flat().join('\n'), `${reader.label} ${exportCase.list}`).not.toContain(foreign);
        compared += exported.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 600_000);

  interface FeedRecords {
    meeting: string[];
    activity: string[];
    'follow-up': string[];
  }

  /** The records a reader's own calendar link shows, by kind (holidays and reminders left aside). */
  async function feedRecords(reader: (typeof readers)[number]): Promise<FeedRecords> {
    const issued = await reader.session.request('POST', '/api/v1/me/calendar-feed');
    expect(issued.statusCode, `${reader.label}: ${issued.body}`).toBe(201);
    const { url } = issued.json<{ url: string }>();
    const response = await t.app.inject({ method: 'GET', url: url.replace(/^https?:\/\/[^/]+/, '') });
    expect(response.statusCode, `${reader.label} feed: ${response.body}`).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(response.body) as unknown[]);
    const records: FeedRecords = { meeting: [], activity: [], 'follow-up': [] };
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const uid = new ICAL.Event(component).uid;
      const match = /^(meeting|activity|follow-up)-(.+)@jalin$/.exec(uid);
      if (match) records[match[1] as keyof FeedRecords].push(match[2]!);
    }
    for (const ids of Object.values(records)) ids.sort();
    return records;
  }

  /** Every meeting, activity and open follow-up in the feed's window, of any institution, that the reader opens. */
  async function openedInWindow(reader: (typeof readers)[number]): Promise<FeedRecords> {
    const today = '2027-01-12';
    const from = addDays(today, -calendarDaysBack);
    const to = addDays(today, calendarDaysAhead);
    const inWindow = (date: string | null) => date !== null && date >= from && date <= to;
    const db = t.deps.db;
    const meetings = await db
      .selectFrom('partnership_meetings')
      .select(['id', 'partnership_id', 'starts_at'])
      .execute();
    const activities = await db
      .selectFrom('activities')
      .leftJoin('work_plan_items', 'work_plan_items.id', 'activities.work_plan_item_id')
      .select(['activities.id', 'activities.started_on', 'work_plan_items.starts_on as planned'])
      .execute();
    const followUps = await db
      .selectFrom('interactions')
      .select(['id', 'follow_up_due_on'])
      .where('follow_up_done_at', 'is', null)
      .execute();
    const opens = async (path: string) => {
      const response = await reader.session.request('GET', `/api/v1${path}`);
      expect([200, 404], `${reader.label} ${path}: ${response.body}`).toContain(response.statusCode);
      return response.statusCode === 200;
    };
    const records: FeedRecords = { meeting: [], activity: [], 'follow-up': [] };
    for (const m of meetings)
      if (
        inWindow(m.starts_at.slice(0, 10)) &&
        (await opens(`/partnerships/${m.partnership_id}/meetings/${m.id}`))
      )
        records.meeting.push(m.id);
    for (const a of activities)
      if (inWindow(a.started_on ?? a.planned) && (await opens(`/activities/${a.id}`)))
        records.activity.push(a.id);
    for (const f of followUps)
      if (inWindow(f.follow_up_due_on) && (await opens(`/interactions/${f.id}`)))
        records['follow-up'].push(f.id);
    for (const ids of Object.values(records)) ids.sort();
    return records;
  }

  it('each reader’s calendar link holds exactly the meetings, activities and open follow-ups they can open, within its window (promise 3)', async () => {
    let shown = 0;
    // A feed is the calendar of the subscriber's own institution: the supervisor's is its office's.
    for (const reader of readers.filter((r) => !r.headers['x-jalin-institution'])) {
      const feed = await feedRecords(reader);
      expect(feed, reader.label).toEqual(await openedInWindow(reader));
      shown += feed.meeting.length + feed.activity.length + feed['follow-up'].length;
    }
    const supervisor = readers.find((r) => r.label === 'supervisor into A')!;
    expect(await feedRecords(supervisor)).toEqual({ meeting: [], activity: [], 'follow-up': [] });
    expect(shown).toBeGreaterThan(20);
  }, 600_000);

  it('the region report and its map hold exactly the institutions and partners the supervisor can open (promise 3)', async () => {
    const supervisor = readers.find((r) => r.label === 'supervisor into A')!;
    const plain = { ...supervisor, headers: {} };
    const report = await get<RegionReport>(plain, '/reports/region?code=63');
    const map = await get<{ partners: { id: string; institutionId: string }[] }>(
      plain,
      '/reports/region/map?code=63',
    );
    const institutions = await t.deps.db.selectFrom('institutions').select('id').execute();
    const opened: string[] = [];
    for (const { id } of institutions) {
      const response = await supervisor.session.request('GET', `/api/v1/institutions/${id}`);
      expect([200, 404], response.body).toContain(response.statusCode);
      if (response.statusCode === 200) opened.push(id);
    }
    // The office hosting the supervisor's account is not one of the institutions it supervises.
    opened.splice(opened.indexOf(supervisor.session.institutionId), 1);
    expect(report.institutions.map((i) => i.id).sort()).toEqual(opened.sort());
    for (const reader of readers.filter((r) => r.label.startsWith('supervisor into'))) {
      const institutionId = reader.headers['x-jalin-institution']!;
      const partners = await openedIds(reader, 'partners');
      const row = report.institutions.find((i) => i.id === institutionId)!;
      expect(row.partners, reader.label).toBe(partners.length);
      const points = map.partners.filter((p) => p.institutionId === institutionId).map((p) => p.id);
      for (const id of points) expect(partners, reader.label).toContain(id);
    }
    expect(report.totals.partners).toBe(28);
  }, 600_000);

  it('the random world is not empty (the property is not checked on zeros)', async () => {
    const d = await get<Dashboard>(readers[3]!, '/reports/dashboard?from=2026-01&to=2026-12');
    expect(d.partners.total).toBe(14);
    expect(d.funnel[0]!.reached).toBeGreaterThan(5);
    expect(
      d.activities.onTime + d.activities.late + d.activities.overdue + d.activities.unplanned,
    ).toBeGreaterThan(5);
    expect(d.agreements.active + d.agreements.expiring + d.agreements.expired).toBeGreaterThan(0);
    expect(d.feedback.answered).toBeGreaterThan(0);
  });
});
