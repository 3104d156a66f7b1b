import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { activityBody, evidenceUpload } from '../../../../tests/factories/activities';
import { attachmentUpload } from '../../../../tests/factories/attachments';
import {
  createInteractionVia,
  createPartnershipVia,
  interactionBody,
} from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { executableBytes, phonePhotoWithLocation } from '../../../../tests/factories/photos';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { answerPendingMs, idempotencyKeyDays } from '../idempotency/idempotent-request';

type Counted =
  | 'interactions'
  | 'interaction_attachments'
  | 'activities'
  | 'activity_evidence'
  | 'files'
  | 'audit_events'
  | 'idempotency_keys';
type ErrorBody = { error: { code: string; details?: unknown } };

const hour = 60 * 60 * 1000;
const dayMs = 24 * hour;

describeEachDatabase('Idempotency-Key: a re-sent POST is applied once (ADR 0032)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const newKey = () => `antrean:${randomUUID()}`;
  const withKey = (key: string, headers: Record<string, string> = {}) => ({
    ...headers,
    'idempotency-key': key,
  });
  const errorOf = (response: LightMyRequestResponse) => response.json<ErrorBody>().error;

  /** A contact logged three hours ago by the test clock. */
  function visit(partnerId: string, summary = 'Kunjungan dari antrean ponsel') {
    const occurredAt = new Date(t.clock.now().getTime() - 3 * hour).toISOString();
    return interactionBody([partnerId], { occurredAt, summary });
  }

  async function rows(table: Counted, institutionId: string): Promise<number> {
    const row = await t.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('institution_id', '=', institutionId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  function storedFiles(): number {
    const root = path.join(t.database.dataDir, 'files');
    if (!fs.existsSync(root)) return 0;
    return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      .length;
  }

  /** Everything a send could leave behind in one institution, and the files on disk. */
  async function written(institutionId: string): Promise<Record<Counted | 'onDisk', number>> {
    const tables: Counted[] = [
      'interactions',
      'interaction_attachments',
      'activities',
      'activity_evidence',
      'files',
      'audit_events',
      'idempotency_keys',
    ];
    const counts = await Promise.all(tables.map((table) => rows(table, institutionId)));
    const byTable = Object.fromEntries(tables.map((table, i) => [table, counts[i]!])) as Record<
      Counted,
      number
    >;
    return { ...byTable, onDisk: storedFiles() };
  }

  function keyRow(institutionId: string, key: string) {
    return t.deps.db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('institution_id', '=', institutionId)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  async function institutionWithPartner(): Promise<{ session: Session; partnerId: string }> {
    const session = await signedInInstitution(t, 'facilitator');
    return { session, partnerId: (await createPartnerVia(session)).id };
  }

  it('the same interaction sent twice: one row, one audit row, the same answer, the second marked replayed', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const body = visit(partnerId);
    const key = newKey();
    const before = await written(session.institutionId);

    const first = await session.request('POST', '/api/v1/interactions', body, withKey(key));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    const second = await session.request('POST', '/api/v1/interactions', body, withKey(key));
    expect(second.statusCode, second.body).toBe(201);
    expect(second.headers['idempotency-replayed']).toBe('true');
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.body).toBe(first.body);

    expect(await written(session.institutionId)).toEqual({
      ...before,
      interactions: before.interactions + 1,
      audit_events: before.audit_events + 1,
      idempotency_keys: before.idempotency_keys + 1,
    });
    const id = first.json<{ id: string }>().id;
    const firstRequestId = String(first.headers['x-request-id']);
    expect(await keyRow(session.institutionId, key)).toMatchObject({
      user_id: session.userId,
      route: 'POST /interactions',
      request_id: firstRequestId,
      entity_type: 'interaction',
      entity_id: id,
      response_status: 201,
      response_body: first.body,
    });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'request_id'])
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'interaction.created', request_id: firstRequestId }]);
  });

  it('an attachment upload sent twice (framed differently) keeps one attachment and one stored file', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const interactionId = (await createInteractionVia(session, [partnerId], visit(partnerId))).id;
    const photo = await phonePhotoWithLocation();
    const key = newKey();
    const url = `/api/v1/interactions/${interactionId}/attachments`;
    const before = await written(session.institutionId);

    const sends: LightMyRequestResponse[] = [];
    for (let i = 0; i < 2; i += 1) {
      // A new multipart boundary each time: the same parts are the same request.
      const upload = attachmentUpload(photo, 'IMG_2041.jpg', 'image/jpeg', 'Ruang jahit');
      sends.push(await session.request('POST', url, upload.payload, withKey(key, upload.headers)));
    }
    expect(sends.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(sends.map((r) => r.headers['idempotency-replayed'])).toEqual([undefined, 'true']);
    expect(sends[1]!.json()).toEqual(sends[0]!.json());
    expect(await written(session.institutionId)).toEqual({
      ...before,
      interaction_attachments: before.interaction_attachments + 1,
      files: before.files + 1,
      audit_events: before.audit_events + 1,
      idempotency_keys: before.idempotency_keys + 1,
      onDisk: before.onDisk + 1,
    });
    expect(await keyRow(session.institutionId, key)).toMatchObject({
      route: 'POST /interactions/:id/attachments',
      entity_type: 'interaction',
      entity_id: interactionId,
    });
  });

  it('an activity and its evidence sent twice are recorded once each', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const partnership = await createPartnershipVia(session, [partnerId]);
    const before = await written(session.institutionId);
    const activityKey = newKey();
    const activityUrl = `/api/v1/partnerships/${partnership.id}/activities`;
    const created = await session.request('POST', activityUrl, activityBody(), withKey(activityKey));
    expect(created.statusCode, created.body).toBe(201);
    const again = await session.request('POST', activityUrl, activityBody(), withKey(activityKey));
    expect([again.statusCode, again.headers['idempotency-replayed']]).toEqual([201, 'true']);
    expect(again.body).toBe(created.body);
    const activityId = created.json<{ id: string }>().id;

    const photo = await phonePhotoWithLocation();
    const evidenceKey = newKey();
    const evidence: LightMyRequestResponse[] = [];
    for (let i = 0; i < 2; i += 1) {
      const upload = evidenceUpload(photo, { kind: 'photo', caption: 'Suasana pelatihan' });
      evidence.push(
        await session.request(
          'POST',
          `/api/v1/activities/${activityId}/evidence`,
          upload.payload,
          withKey(evidenceKey, upload.headers),
        ),
      );
    }
    expect(evidence.map((r) => [r.statusCode, r.headers['idempotency-replayed']])).toEqual([
      [201, undefined],
      [201, 'true'],
    ]);
    expect(evidence[1]!.body).toBe(evidence[0]!.body);
    expect(await written(session.institutionId)).toEqual({
      ...before,
      activities: before.activities + 1,
      activity_evidence: before.activity_evidence + 1,
      files: before.files + 1,
      audit_events: before.audit_events + 2,
      idempotency_keys: before.idempotency_keys + 2,
      onDisk: before.onDisk + 1,
    });
  });

  it('the same key with another body, file, route or user is 422 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const colleague = await logInAs(
      t,
      (await createUserFixture(t, session.institutionId, 'facilitator')).email,
    );
    const key = newKey();
    const body = visit(partnerId);
    expect((await session.request('POST', '/api/v1/interactions', body, withKey(key))).statusCode).toBe(201);
    const interactionId = (await createInteractionVia(session, [partnerId], visit(partnerId))).id;
    const photo = await phonePhotoWithLocation();
    const fileKey = newKey();
    const url = `/api/v1/interactions/${interactionId}/attachments`;
    const upload = attachmentUpload(photo);
    expect(
      (await session.request('POST', url, upload.payload, withKey(fileKey, upload.headers))).statusCode,
    ).toBe(201);
    const before = await written(session.institutionId);

    const otherPhoto = attachmentUpload(await phonePhotoWithLocation(80, 60));
    const refusals = [
      [
        await session.request('POST', '/api/v1/interactions', { ...body, summary: 'Lain' }, withKey(key)),
        'request',
      ],
      [
        await session.request('POST', url, otherPhoto.payload, withKey(fileKey, otherPhoto.headers)),
        'request',
      ],
      [await session.request('POST', url, upload.payload, withKey(key, upload.headers)), 'route'],
      [await colleague.request('POST', '/api/v1/interactions', body, withKey(key)), 'user'],
    ] as const;
    for (const [response, differs] of refusals) {
      expect(response.statusCode, response.body).toBe(422);
      expect(errorOf(response)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', details: { differs } });
    }
    expect(await written(session.institutionId)).toEqual(before);
  });

  it('ten concurrent sends of one key record once; each gets the answer or 409 IDEMPOTENCY_KEY_IN_USE', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const interactionId = (await createInteractionVia(session, [partnerId], visit(partnerId))).id;
    const photo = await phonePhotoWithLocation();
    const before = await written(session.institutionId);
    const visitKey = newKey();
    const body = visit(partnerId);
    const fileKey = newKey();
    const url = `/api/v1/interactions/${interactionId}/attachments`;
    const [visits, uploads] = await Promise.all([
      Promise.all(
        Array.from({ length: 10 }, () =>
          session.request('POST', '/api/v1/interactions', body, withKey(visitKey)),
        ),
      ),
      Promise.all(
        Array.from({ length: 10 }, () => {
          const upload = attachmentUpload(photo);
          return session.request('POST', url, upload.payload, withKey(fileKey, upload.headers));
        }),
      ),
    ]);
    for (const sends of [visits, uploads]) {
      const applied = sends.filter((r) => r.statusCode === 201 && !r.headers['idempotency-replayed']);
      expect(applied, sends.map((r) => `${r.statusCode} ${r.body}`).join('\n')).toHaveLength(1);
      for (const response of sends) {
        if (response.statusCode === 201) expect(response.body).toBe(applied[0]!.body);
        else {
          expect(response.statusCode, response.body).toBe(409);
          expect(errorOf(response).code).toBe('IDEMPOTENCY_KEY_IN_USE');
        }
      }
    }
    expect(await written(session.institutionId)).toEqual({
      ...before,
      interactions: before.interactions + 1,
      interaction_attachments: before.interaction_attachments + 1,
      files: before.files + 1,
      audit_events: before.audit_events + 2,
      idempotency_keys: before.idempotency_keys + 2,
      onDisk: before.onDisk + 1,
    });
    const later = await session.request('POST', '/api/v1/interactions', body, withKey(visitKey));
    expect([later.statusCode, later.headers['idempotency-replayed']]).toEqual([201, 'true']);
  });

  it('applied but its answer lost (a crash after the commit): 409 in flight, then REQUEST_ALREADY_APPLIED naming the record', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const key = newKey();
    const body = visit(partnerId);
    const first = await session.request('POST', '/api/v1/interactions', body, withKey(key));
    expect(first.statusCode, first.body).toBe(201);
    const id = first.json<{ id: string }>().id;
    const lose = (createdAt?: string) =>
      t.deps.db
        .updateTable('idempotency_keys')
        .set({ response_status: null, response_body: null, ...(createdAt ? { created_at: createdAt } : {}) })
        .where('institution_id', '=', session.institutionId)
        .where('key', '=', key)
        .execute();
    await lose();
    const before = await written(session.institutionId);

    const meanwhile = await session.request('POST', '/api/v1/interactions', body, withKey(key));
    expect(meanwhile.statusCode, meanwhile.body).toBe(409);
    expect(errorOf(meanwhile).code).toBe('IDEMPOTENCY_KEY_IN_USE');

    await lose(new Date(t.clock.now().getTime() - answerPendingMs - 1000).toISOString());
    const resent = await session.request('POST', '/api/v1/interactions', body, withKey(key));
    expect(resent.statusCode, resent.body).toBe(409);
    expect(errorOf(resent)).toMatchObject({
      code: 'REQUEST_ALREADY_APPLIED',
      details: { entityType: 'interaction', entityId: id },
    });
    expect(await written(session.institutionId)).toEqual(before);
  });

  it("another institution's identical key is its own: both are applied", async () => {
    const a = await institutionWithPartner();
    const b = await institutionWithPartner();
    const key = newKey();
    const first = await a.session.request('POST', '/api/v1/interactions', visit(a.partnerId), withKey(key));
    const second = await b.session.request('POST', '/api/v1/interactions', visit(b.partnerId), withKey(key));
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.headers['idempotency-replayed']).toBeUndefined();
    expect(second.json<{ id: string }>().id).not.toBe(first.json<{ id: string }>().id);
    expect((await keyRow(a.session.institutionId, key))?.request_id).toBe(first.headers['x-request-id']);
    expect((await keyRow(b.session.institutionId, key))?.request_id).toBe(second.headers['x-request-id']);
  });

  it('a refused request keeps no key, so the corrected one with the same key is applied', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const partnership = await createPartnershipVia(session, [partnerId]);
    const activityUrl = `/api/v1/partnerships/${partnership.id}/activities`;
    const key = newKey();
    const before = await written(session.institutionId);
    const refused = await session.request(
      'POST',
      activityUrl,
      activityBody({ workPlanItemId: randomUUID() }),
      withKey(key),
    );
    expect(refused.statusCode, refused.body).toBe(422);
    expect(errorOf(refused).code).toBe('ACTIVITY_ITEM_NOT_IN_PARTNERSHIP');
    expect(await written(session.institutionId)).toEqual(before);
    const corrected = await session.request('POST', activityUrl, activityBody(), withKey(key));
    expect([corrected.statusCode, corrected.headers['idempotency-replayed']]).toEqual([201, undefined]);

    const interactionId = (await createInteractionVia(session, [partnerId], visit(partnerId))).id;
    const url = `/api/v1/interactions/${interactionId}/attachments`;
    const fileKey = newKey();
    const filesBefore = storedFiles();
    const wrong = attachmentUpload(executableBytes(), 'foto.jpg');
    const wrongSend = await session.request('POST', url, wrong.payload, withKey(fileKey, wrong.headers));
    expect(wrongSend.statusCode, wrongSend.body).toBe(415);
    expect(await keyRow(session.institutionId, fileKey)).toBeUndefined();
    const right = attachmentUpload(await phonePhotoWithLocation());
    const rightSend = await session.request('POST', url, right.payload, withKey(fileKey, right.headers));
    expect([rightSend.statusCode, rightSend.headers['idempotency-replayed']]).toEqual([201, undefined]);
    expect(storedFiles()).toBe(filesBefore + 1);
  });

  it('a malformed key is refused with its field; a route that did not opt in ignores the header', async () => {
    const { session, partnerId } = await institutionWithPartner();
    const before = await written(session.institutionId);
    for (const key of [
      'pendek',
      'ada spasi di kunci ini',
      'x'.repeat(121),
      'kunci/garis-miring',
      'kunci#pagar!',
    ]) {
      const response = await session.request('POST', '/api/v1/interactions', visit(partnerId), {
        'idempotency-key': key,
      });
      expect(response.statusCode, `${key}: ${response.body}`).toBe(400);
      expect(errorOf(response)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ path: ['headers', 'idempotency-key'] }],
      });
    }
    expect(await written(session.institutionId)).toEqual(before);
    expect(
      (
        await session.request('POST', '/api/v1/interactions', visit(partnerId), {
          'idempotency-key': 'A'.repeat(120),
        })
      ).statusCode,
    ).toBe(201);

    const key = newKey();
    const partnerships = [];
    for (const header of [key, key, 'pendek']) {
      const response = await session.request(
        'POST',
        '/api/v1/partnerships',
        {
          name: 'PKW Tata Rias 2026',
          programme: 'PKW',
          pattern: 'general_trade',
          cycleYears: [2026],
          partnerIds: [partnerId],
        },
        { 'idempotency-key': header },
      );
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers['idempotency-replayed']).toBeUndefined();
      partnerships.push(response.json<{ id: string }>().id);
    }
    expect(new Set(partnerships).size).toBe(3);
    expect(await keyRow(session.institutionId, key)).toBeUndefined();
  });

  it(`prunes the institution's keys older than ${idempotencyKeyDays} days when a new key comes`, async () => {
    const { session, partnerId } = await institutionWithPartner();
    const old = newKey();
    expect(
      (await session.request('POST', '/api/v1/interactions', visit(partnerId), withKey(old))).statusCode,
    ).toBe(201);
    const expired = new Date(t.clock.now().getTime() - idempotencyKeyDays * dayMs - 1000).toISOString();
    await t.deps.db
      .updateTable('idempotency_keys')
      .set({ created_at: expired })
      .where('institution_id', '=', session.institutionId)
      .where('key', '=', old)
      .execute();
    const other = await institutionWithPartner();
    const elsewhere = await other.session.request(
      'POST',
      '/api/v1/interactions',
      visit(other.partnerId),
      withKey(newKey()),
    );
    expect(elsewhere.statusCode).toBe(201);
    expect(await keyRow(session.institutionId, old)).toBeDefined();

    const fresh = newKey();
    expect(
      (await session.request('POST', '/api/v1/interactions', visit(partnerId), withKey(fresh))).statusCode,
    ).toBe(201);
    expect(await keyRow(session.institutionId, old)).toBeUndefined();
    expect(await keyRow(session.institutionId, fresh)).toBeDefined();
  });

  it('documents the header on the four routes that honour it, and only there', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[] }>>;
    }>();
    const withHeader = Object.entries(spec.paths).flatMap(([url, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) =>
          operation.parameters.some((p) => p.name === 'Idempotency-Key' && p.in === 'header'),
        )
        .map(([method]) => `${method.toUpperCase()} ${url}`),
    );
    expect(withHeader.sort()).toEqual([
      'POST /api/v1/activities/{activityId}/evidence',
      'POST /api/v1/interactions',
      'POST /api/v1/interactions/{id}/attachments',
      'POST /api/v1/partnerships/{partnershipId}/activities',
    ]);
  });
});
