import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInteractionVia, partnershipBody } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('a partnership entered at a later stage', (dialect) => {
  let t: TestApp;
  let facilitator: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
  });
  afterAll(() => t.close());

  const create = (body: object) => facilitator.request('POST', '/api/v1/partnerships', body);
  const count = async (table: 'partnerships' | 'partnership_stage_events' | 'audit_events') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('records the entry in history and audit without gates; the next move is gated', async () => {
    const partner = await createPartnerVia(facilitator);
    const reason = 'MoU ditandatangani Maret 2025, kelas menjahit sudah berjalan';
    const created = await create(
      partnershipBody([partner.id], { enteredAt: { stage: 'implementation', reason: `  ${reason} ` } }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const partnership = created.json();
    expect(partnership).toMatchObject({ stage: 'implementation', version: 1 });
    expect(partnership.moves).toContainEqual({
      to: 'monitoring_evaluation',
      gate: 'activity_recorded',
      gateMet: false,
    });

    const history = await facilitator.request('GET', `/api/v1/partnerships/${partnership.id}/history`);
    expect(history.json().items).toEqual([
      expect.objectContaining({ from: null, to: 'implementation', gate: null, reason, entered: true }),
    ]);
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('after_json')
      .where('entity_id', '=', partnership.id)
      .where('action', '=', 'partnership.created')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({
      stage: 'implementation',
      enteredAt: { stage: 'implementation', reason },
    });

    const gated = await facilitator.request('POST', `/api/v1/partnerships/${partnership.id}/transitions`, {
      to: 'monitoring_evaluation',
    });
    expect(gated.statusCode).toBe(409);
    expect(gated.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'activity_recorded' },
    });
    const skipped = await facilitator.request('POST', `/api/v1/partnerships/${partnership.id}/transitions`, {
      to: 'follow_up',
    });
    expect(skipped.json().error.code).toBe('PARTNERSHIP_MOVE_NOT_ALLOWED');
    const stayed = await facilitator.request('GET', `/api/v1/partnerships/${partnership.id}`);
    expect(stayed.json()).toMatchObject({ stage: 'implementation', version: 1 });

    // An ordinary start stays an ordinary start.
    const ordinary = await create(partnershipBody([partner.id]));
    const ordinaryHistory = await facilitator.request(
      'GET',
      `/api/v1/partnerships/${ordinary.json().id}/history`,
    );
    expect(ordinaryHistory.json().items).toEqual([
      expect.objectContaining({ from: null, to: 'mapping', reason: null, entered: false }),
    ]);
  });

  it('gates a move from an entered early stage until its fact is recorded', async () => {
    const partner = await createPartnerVia(facilitator);
    const created = await create(
      partnershipBody([partner.id], {
        enteredAt: {
          stage: 'information_gathering',
          reason: 'Sudah dua kali berkunjung sebelum memakai Jalin',
        },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const refused = await facilitator.request('POST', `/api/v1/partnerships/${id}/transitions`, {
      to: 'analysis',
    });
    expect(refused.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'interaction_with_findings' },
    });
    await createInteractionVia(facilitator, [partner.id]);
    const moved = await facilitator.request('POST', `/api/v1/partnerships/${id}/transitions`, {
      to: 'analysis',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const history = (await facilitator.request('GET', `/api/v1/partnerships/${id}/history`)).json().items;
    expect(history.map((event: { to: string; entered: boolean }) => [event.to, event.entered])).toEqual([
      ['information_gathering', true],
      ['analysis', false],
    ]);
  });

  it('refuses mapping, an end stage, an unknown stage and a missing or short reason, writing nothing', async () => {
    const partner = await createPartnerVia(facilitator);
    const before = {
      partnerships: await count('partnerships'),
      events: await count('partnership_stage_events'),
      audit: await count('audit_events'),
    };
    const reason = 'Sudah berjalan sejak tahun lalu';
    for (const [label, enteredAt, field] of [
      ['mapping', { stage: 'mapping', reason }, 'stage'],
      ['not pursued', { stage: 'not_pursued', reason }, 'stage'],
      ['ended', { stage: 'ended', reason }, 'stage'],
      ['unknown', { stage: 'somewhere', reason }, 'stage'],
      ['no reason', { stage: 'implementation' }, 'reason'],
      ['short reason', { stage: 'implementation', reason: '  singkat  ' }, 'reason'],
    ] as const) {
      const response = await create({ ...partnershipBody([partner.id]), enteredAt });
      expect(response.statusCode, label).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
      expect(
        (response.json().error.details as { path: string[] }[]).some(
          (issue) => issue.path.join('.') === `body.enteredAt.${field}`,
        ),
        `${label}: ${response.body}`,
      ).toBe(true);
    }
    expect({
      partnerships: await count('partnerships'),
      events: await count('partnership_stage_events'),
      audit: await count('audit_events'),
    }).toEqual(before);
  });
});
