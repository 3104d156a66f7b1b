import { afterAll, beforeAll, expect, it } from 'vitest';
import { createValueRecordVia, valueRecordBody } from '../../../../tests/factories/feedback';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { logInAs, signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { ValueRecord } from '../../../shared/contracts/value-records';

// 2 March 2026, 07:30 WITA: still 1 March in UTC, already 2 March at the institution.
const now = new Date('2026-03-01T23:30:00.000Z');

describeEachDatabase('the value log (techniques 4 and 6)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let partnerId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(now);
    facilitator = await signedInInstitution(t, 'facilitator');
    partnerId = (await createPartnerVia(await adminOf(facilitator))).id;
  });
  afterAll(() => t.close());

  /** The facilitator's institution's admin creates partners (partners.write); the facilitator logs value. */
  async function adminOf(session: Session): Promise<Session> {
    const admin = await t.deps.db
      .selectFrom('users')
      .select('email')
      .where('institution_id', '=', session.institutionId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    return logInAs(t, admin.email);
  }

  async function rows(): Promise<string> {
    return JSON.stringify({
      records: await t.deps.db.selectFrom('value_records').selectAll().orderBy('id').execute(),
      audit: (await t.deps.db.selectFrom('audit_events').select('id').execute()).length,
    });
  }

  it('creates, changes and deletes a record, each with its audit row; a stale version is 409', async () => {
    const created = await createValueRecordVia(facilitator, partnerId, { givenOn: '2026-03-02' });
    expect(created).toMatchObject({ partnerId, kind: 'unique_value', category: 'workshop', version: 1 });

    const stale = await facilitator.request(
      'PATCH',
      `/api/v1/partners/${partnerId}/value-records/${created.id}`,
      {
        version: 9,
        title: 'Judul basi',
      },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const changed = await facilitator.request(
      'PATCH',
      `/api/v1/partners/${partnerId}/value-records/${created.id}`,
      {
        version: 1,
        kind: 'beyond_agreement',
        category: 'introduction',
        title: 'Dikenalkan ke pembeli grosir di Banjarmasin',
        description: '',
      },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<ValueRecord>()).toMatchObject({
      kind: 'beyond_agreement',
      category: 'introduction',
      description: null,
      givenOn: '2026-03-02',
      version: 2,
    });

    const list = await facilitator.request('GET', `/api/v1/partners/${partnerId}/value-records`);
    expect(list.json<{ items: ValueRecord[] }>().items.map((item) => item.id)).toEqual([created.id]);

    const staleDelete = await facilitator.request(
      'DELETE',
      `/api/v1/partners/${partnerId}/value-records/${created.id}?version=1`,
    );
    expect(staleDelete.statusCode).toBe(409);
    const deleted = await facilitator.request(
      'DELETE',
      `/api/v1/partners/${partnerId}/value-records/${created.id}?version=2`,
    );
    expect(deleted.statusCode, deleted.body).toBe(200);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', created.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((event) => event.action)).toEqual([
      'value_record.created',
      'value_record.updated',
      'value_record.deleted',
    ]);
    expect(new Set(audit.map((event) => event.actor_user_id))).toEqual(new Set([facilitator.userId]));
    const gone = await facilitator.request('GET', `/api/v1/partners/${partnerId}/value-records`);
    expect(gone.json().items).toEqual([]);
  });

  it("refuses a day after the institution's today, on create and on change, writing nothing", async () => {
    const record = await createValueRecordVia(facilitator, partnerId, { givenOn: '2026-02-27' });
    const before = await rows();
    const future = await facilitator.request(
      'POST',
      `/api/v1/partners/${partnerId}/value-records`,
      valueRecordBody({ givenOn: '2026-03-03' }),
    );
    expect(future.statusCode).toBe(422);
    expect(future.json().error).toMatchObject({
      code: 'VALUE_RECORD_IN_FUTURE',
      details: { today: '2026-03-02' },
    });
    const moved = await facilitator.request(
      'PATCH',
      `/api/v1/partners/${partnerId}/value-records/${record.id}`,
      {
        version: 1,
        givenOn: '2026-03-10',
      },
    );
    expect(moved.json().error.code).toBe('VALUE_RECORD_IN_FUTURE');
    expect(await rows()).toBe(before);
  });

  it("lists the institution's log by kind and period with keyset pages", async () => {
    await createValueRecordVia(facilitator, partnerId, { kind: 'beyond_agreement', givenOn: '2026-01-15' });
    await createValueRecordVia(facilitator, partnerId, { kind: 'beyond_agreement', givenOn: '2026-02-10' });
    await createValueRecordVia(facilitator, partnerId, { kind: 'beyond_agreement', givenOn: '2025-12-01' });
    const first = await facilitator.request(
      'GET',
      '/api/v1/value-records?kind=beyond_agreement&from=2026-01-01&to=2026-02-28&limit=1',
    );
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json<{ items: ValueRecord[]; nextCursor: string }>();
    expect(page.items.map((item) => item.givenOn)).toEqual(['2026-02-10']);
    const second = await facilitator.request(
      'GET',
      `/api/v1/value-records?kind=beyond_agreement&from=2026-01-01&to=2026-02-28&limit=1&cursor=${page.nextCursor}`,
    );
    expect(second.json().items.map((item: ValueRecord) => item.givenOn)).toEqual(['2026-01-15']);
    const all = await facilitator.request('GET', '/api/v1/value-records?kind=unique_value');
    expect(all.json().items.map((item: ValueRecord) => item.givenOn)).toEqual(['2026-02-27']);
  });

  it("another institution's partner and record answer like missing ones", async () => {
    const record = await createValueRecordVia(facilitator, partnerId, { givenOn: '2026-02-01' });
    const outsider = await signedInInstitution(t, 'manager');
    const before = await rows();
    for (const [method, url, payload] of [
      ['GET', `/api/v1/partners/${partnerId}/value-records`, undefined],
      ['POST', `/api/v1/partners/${partnerId}/value-records`, valueRecordBody()],
    ] as const) {
      const response = await outsider.request(method, url, payload);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('PARTNER_NOT_FOUND');
    }
    const patch = await outsider.request(
      'PATCH',
      `/api/v1/partners/${partnerId}/value-records/${record.id}`,
      {
        version: 1,
        title: 'Diubah lembaga lain',
      },
    );
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe('VALUE_RECORD_NOT_FOUND');
    const remove = await outsider.request(
      'DELETE',
      `/api/v1/partners/${partnerId}/value-records/${record.id}?version=1`,
    );
    expect(remove.json().error.code).toBe('VALUE_RECORD_NOT_FOUND');
    expect((await outsider.request('GET', '/api/v1/value-records')).json().items).toEqual([]);
    expect(await rows()).toBe(before);
  });
});
