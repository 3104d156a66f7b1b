import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createInteractionVia,
  createPartnershipVia,
  partnershipBody,
} from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import {
  createUserFixture,
  logInAs,
  signedInInstitution,
  type Session,
} from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

type Page = { items: { id: string }[]; nextCursor: string | null };

describeEachDatabase('partnerships and their stages (issue 4)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  const move = (id: string, body: object) =>
    facilitator.request('POST', `/api/v1/partnerships/${id}/transitions`, body);

  async function rowCounts(id: string) {
    const db = t.deps.db;
    const count = async (table: 'partnership_stage_events' | 'audit_events' | 'partnerships') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const row = await db.selectFrom('partnerships').selectAll().where('id', '=', id).executeTakeFirst();
    return {
      events: await count('partnership_stage_events'),
      audit: await count('audit_events'),
      partnerships: await count('partnerships'),
      row,
    };
  }

  it('walks the early steps; each refused move names its gate and writes nothing', async () => {
    const knitters = await createPartnerVia(facilitator);
    const cooperative = await createPartnerVia(facilitator, { category: 'cooperative' });
    const created = await facilitator.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([knitters.id, cooperative.id], { cycleYears: [2027, 2026] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const partnership = created.json();
    expect(partnership).toMatchObject({
      stage: 'mapping',
      pattern: 'general_trade',
      cycleYears: [2026, 2027],
      version: 1,
      moves: [
        { to: 'information_gathering', gate: null, gateMet: true },
        { to: 'not_pursued', gate: 'reason_given', gateMet: false },
      ],
    });
    expect(partnership.partners.map((p: { id: string }) => p.id).sort()).toEqual(
      [knitters.id, cooperative.id].sort(),
    );
    const id = partnership.id as string;

    const gathering = await move(id, { to: 'information_gathering' });
    expect(gathering.statusCode, gathering.body).toBe(200);
    expect(gathering.json()).toMatchObject({ stage: 'information_gathering', version: 2 });

    // No interaction with findings yet: analysis is refused by name, and nothing is written.
    await createInteractionVia(facilitator, [knitters.id], { findings: { goals: '' } });
    const before = await rowCounts(id);
    const refused = await move(id, { to: 'analysis' });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'PARTNERSHIP_GATE_UNMET',
      details: { gate: 'interaction_with_findings', from: 'information_gathering', to: 'analysis' },
    });
    expect(await rowCounts(id)).toEqual(before);

    // A visit to one of its partners with findings opens the gate.
    await createInteractionVia(facilitator, [cooperative.id]);
    const detail = (await facilitator.request('GET', `/api/v1/partnerships/${id}`)).json();
    expect(detail.moves).toContainEqual({ to: 'analysis', gate: 'interaction_with_findings', gateMet: true });
    expect((await move(id, { to: 'analysis' })).json()).toMatchObject({ stage: 'analysis' });
    expect((await move(id, { to: 'exploration', version: 3 })).json()).toMatchObject({
      stage: 'exploration',
      version: 4,
    });

    const planning = await move(id, { to: 'work_planning' });
    expect(planning.statusCode).toBe(409);
    expect(planning.json().error.details.gate).toBe('positive_exploration_outcome');

    const skipping = await move(id, { to: 'signing' });
    expect(skipping.statusCode).toBe(409);
    expect(skipping.json().error).toMatchObject({
      code: 'PARTNERSHIP_MOVE_NOT_ALLOWED',
      details: { allowed: ['work_planning', 'not_pursued'] },
    });

    const silent = await move(id, { to: 'not_pursued', reason: '   ' });
    expect(silent.json().error.details.gate).toBe('reason_given');
    const stopped = await move(id, { to: 'not_pursued', reason: 'Mitra belum siap tahun ini' });
    expect(stopped.json()).toMatchObject({ stage: 'not_pursued', version: 5 });

    const history = await facilitator.request('GET', `/api/v1/partnerships/${id}/history`);
    expect(history.statusCode).toBe(200);
    const items = history.json().items as { from: string | null; to: string; gate: string | null }[];
    expect(items.map((e) => [e.from, e.to, e.gate])).toEqual([
      [null, 'mapping', null],
      ['mapping', 'information_gathering', null],
      ['information_gathering', 'analysis', 'interaction_with_findings'],
      ['analysis', 'exploration', 'interaction_with_findings'],
      ['exploration', 'not_pursued', 'reason_given'],
    ]);
    expect(history.json().items[2].facts).toMatchObject({
      interactionsWithFindings: 1,
      signedAgreement: false,
    });
    expect(history.json().items[4]).toMatchObject({
      reason: 'Mitra belum siap tahun ini',
      byUserId: facilitator.userId,
    });

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select(['action', 'after_json'])
      .where('entity_id', '=', id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'partnership.created',
      ...Array<string>(4).fill('partnership.stage_moved'),
    ]);
    expect(JSON.parse(audit[4]!.after_json!)).toMatchObject({ stage: 'not_pursued' });
  });

  it('refuses an unknown stage, a stale version and foreign partners with coded 4xx, writing nothing', async () => {
    const partner = await createPartnerVia(facilitator);
    const foreign = await createPartnerVia(other);
    const { id } = await createPartnershipVia(facilitator, [partner.id]);
    const before = await rowCounts(id);

    const unknown = await move(id, { to: 'launched' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    const stale = await move(id, { to: 'information_gathering', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', details: { currentVersion: 1 } });
    const foreignCreate = await facilitator.request(
      'POST',
      '/api/v1/partnerships',
      partnershipBody([partner.id, foreign.id]),
    );
    expect(foreignCreate.statusCode).toBe(404);
    expect(foreignCreate.json().error).toMatchObject({
      code: 'PARTNER_NOT_FOUND',
      details: { partnerIds: [foreign.id] },
    });
    const noPartner = await facilitator.request('POST', '/api/v1/partnerships', partnershipBody([]));
    expect(noPartner.statusCode).toBe(400);
    expect(await rowCounts(id)).toEqual(before);

    const patched = await facilitator.request('PATCH', `/api/v1/partnerships/${id}`, {
      version: 1,
      pattern: 'foster',
      partnerIds: [partner.id],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ pattern: 'foster', version: 2, stage: 'mapping' });
    const again = await facilitator.request('PATCH', `/api/v1/partnerships/${id}`, {
      version: 1,
      name: 'Lagi',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VERSION_CONFLICT');
    const stageByPatch = await facilitator.request('PATCH', `/api/v1/partnerships/${id}`, {
      version: 2,
      stage: 'implementation',
    });
    expect(stageByPatch.statusCode).toBe(400);
  });

  it('lists by stage, pattern, facilitator and partner in keyset pages, never across institutions', async () => {
    const owner = await createUserFixture(t, facilitator.institutionId, 'facilitator');
    const partner = await createPartnerVia(facilitator);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push(
        (
          await createPartnershipVia(facilitator, [partner.id], {
            pattern: 'agency',
            facilitatorUserId: owner.userId,
          })
        ).id,
      );
    }
    await move(ids[0]!, { to: 'information_gathering' });
    const list = (query: string, session = facilitator) =>
      session.request('GET', `/api/v1/partnerships?${query}`).then((r) => r.json<Page>());
    const first = await list(`partnerId=${partner.id}&limit=2`);
    expect(first.items.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1]]);
    const second = await list(`partnerId=${partner.id}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const gathering = await list(`stage=information_gathering&facilitatorUserId=${owner.userId}`);
    expect(gathering.items.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect((await list('pattern=agency')).items.length).toBeGreaterThanOrEqual(3);
    expect((await list('', other)).items.map((p: { id: string }) => p.id)).not.toContain(ids[0]);
    expect((await other.request('GET', `/api/v1/partnerships/${ids[0]}`)).statusCode).toBe(404);

    const viewer = await logInAs(t, (await createUserFixture(t, facilitator.institutionId, 'viewer')).email);
    expect((await viewer.request('GET', `/api/v1/partnerships/${ids[0]}`)).statusCode).toBe(200);
    const viewerMove = await viewer.request('POST', `/api/v1/partnerships/${ids[1]}/transitions`, {
      to: 'information_gathering',
    });
    expect(viewerMove.statusCode).toBe(403);
  });

  it('follows a partner merge: the kept partner takes over partnerships and interactions', async () => {
    const manager = await logInAs(
      t,
      (await createUserFixture(t, facilitator.institutionId, 'manager')).email,
    );
    const kept = await createPartnerVia(manager);
    const duplicate = await createPartnerVia(manager);
    const both = await createPartnershipVia(manager, [kept.id, duplicate.id]);
    const only = await createPartnershipVia(manager, [duplicate.id]);
    const interaction = await createInteractionVia(manager, [duplicate.id]);
    const merged = await manager.request('POST', `/api/v1/partners/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      version: kept.version,
      duplicateVersion: duplicate.version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    for (const id of [both.id, only.id]) {
      const partners = (await manager.request('GET', `/api/v1/partnerships/${id}`)).json().partners;
      expect(partners.map((p: { id: string }) => p.id)).toEqual([kept.id]);
    }
    const log = (await manager.request('GET', `/api/v1/interactions/${interaction.id}`)).json();
    expect(log.partners.map((p: { id: string }) => p.id)).toEqual([kept.id]);
  });
});
