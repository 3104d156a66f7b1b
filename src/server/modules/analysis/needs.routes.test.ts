import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInteractionVia, createPartnershipVia } from '../../../../tests/factories/engagement';
import { createNeedVia, decideVia, needBody } from '../../../../tests/factories/needs';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

type Candidate = {
  partnerId: string;
  score: number;
  reasons: { factor: string; points: number }[];
  decision: { decision: string } | null;
};

describeEachDatabase('needs, relevance and decisions (issue 4, step 3)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let other: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function counts() {
    const db = t.deps.db;
    const count = async (table: 'needs' | 'need_decisions' | 'audit_events' | 'partnerships') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      needs: await count('needs'),
      decisions: await count('need_decisions'),
      audit: await count('audit_events'),
      partnerships: await count('partnerships'),
    };
  }

  async function latestAuditSequence(): Promise<number> {
    const row = await t.deps.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.max('sequence').as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n ?? 0);
  }

  it('records, reads, changes and lists needs, each change audited', async () => {
    const created = await manager.request('POST', '/api/v1/needs', needBody());
    expect(created.statusCode, created.body).toBe(201);
    const need = created.json();
    expect(need).toMatchObject({
      item: 'internship_places',
      priority: 'high',
      quantity: 10,
      status: 'open',
      version: 1,
      decisionCounts: { pursue: 0, not_now: 0, not_relevant: 0 },
    });
    const patched = await manager.request('PATCH', `/api/v1/needs/${need.id}`, {
      version: 1,
      priority: 'low',
      status: 'met',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ priority: 'low', status: 'met', version: 2 });
    const stale = await manager.request('PATCH', `/api/v1/needs/${need.id}`, {
      version: 1,
      priority: 'high',
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const met = await manager.request('GET', '/api/v1/needs?status=met');
    expect(met.json().items.map((item: { id: string }) => item.id)).toContain(need.id);
    const open = await manager.request('GET', '/api/v1/needs?status=open');
    expect(open.json().items.map((item: { id: string }) => item.id)).not.toContain(need.id);

    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', need.id)
      .orderBy('sequence')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['need.created', 'need.updated']);
    expect((await other.request('GET', `/api/v1/needs/${need.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with a code and writes nothing', async () => {
    const need = await createNeedVia(manager, { periodStart: '2026-07-01', periodEnd: '2026-09-30' });
    const foreignPartner = await createPartnerVia(other);
    const before = await counts();
    const cases: [string, string, object, number, string][] = [
      ['POST', '/api/v1/needs', needBody({ quantity: -1 }), 400, 'VALIDATION_FAILED'],
      ['POST', '/api/v1/needs', { ...needBody(), item: 'spaceships' }, 400, 'VALIDATION_FAILED'],
      [
        'POST',
        '/api/v1/needs',
        needBody({ periodStart: '2026-09-01', periodEnd: '2026-08-01' }),
        400,
        'VALIDATION_FAILED',
      ],
      // Only the end is sent, before the stored start: the server checks it against the row.
      [
        'PATCH',
        `/api/v1/needs/${need.id}`,
        { version: 1, periodEnd: '2026-06-01' },
        422,
        'NEED_PERIOD_INVALID',
      ],
      [
        'POST',
        `/api/v1/needs/${need.id}/decisions`,
        { partnerId: foreignPartner.id, decision: 'pursue' },
        404,
        'PARTNER_NOT_FOUND',
      ],
      [
        'POST',
        `/api/v1/needs/${need.id}/decisions`,
        { partnerId: foreignPartner.id, decision: 'not_relevant' },
        400,
        'VALIDATION_FAILED',
      ],
    ];
    for (const [method, url, body, status, code] of cases) {
      const response = await manager.request(method, url, body);
      expect(response.statusCode, `${method} ${url} ${response.body}`).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    expect(await counts()).toEqual(before);
    const row = await t.deps.db.selectFrom('needs').selectAll().where('id', '=', need.id).executeTakeFirst();
    expect(row).toMatchObject({ period_end: '2026-09-30', version: 1 });
  });

  it('ranks partners offering the item with reasons; others are no candidates', async () => {
    const need = await createNeedVia(manager, { item: 'guest_instructors', quantity: 3 });
    // Same regency as the institution (63.72), medium size, talked to twice this year, delivered before.
    const near = await createPartnerVia(manager, { offers: ['guest_instructors'], size: 'medium' });
    await createInteractionVia(manager, [near.id]);
    await createInteractionVia(manager, [near.id]);
    const far = await createPartnerVia(manager, {
      offers: ['guest_instructors'],
      size: 'micro',
      region: { provinceCode: '64', regencyCode: '64.71' },
      location: { lat: -1.2654, lng: 116.8312 },
    });
    const noOffer = await createPartnerVia(manager, { offers: ['capital'] });

    const response = await manager.request('GET', `/api/v1/analysis/relevance?needId=${need.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const ranking = response.json();
    const ids = ranking.items.map((item: Candidate) => item.partnerId);
    expect(ids).toEqual([near.id, far.id]);
    expect(ids).not.toContain(noOffer.id);
    expect(ranking).toMatchObject({ total: 2, cap: 200, capped: false });
    const [best, worst] = ranking.items as Candidate[];
    const points = (candidate: Candidate) =>
      Object.fromEntries(candidate.reasons.map((reason) => [reason.factor, reason.points]));
    expect(points(best!)).toEqual({
      offer_match: 40,
      priority: 15,
      capacity: 10,
      proximity: 9,
      relationship: 4,
      past_delivery: 0,
    });
    expect(best!.score).toBe(78);
    expect(points(worst!)).toMatchObject({ capacity: 5, proximity: 0, relationship: 0 });

    const foreign = await other.request('GET', `/api/v1/analysis/relevance?needId=${need.id}`);
    expect(foreign.json().error.code).toBe('NEED_NOT_FOUND');

    const forPartner = await manager.request('GET', `/api/v1/partners/${near.id}/relevance`);
    expect(forPartner.statusCode, forPartner.body).toBe(200);
    const needIds = forPartner.json().items.map((item: { need: { id: string } }) => item.need.id);
    expect(needIds).toContain(need.id);
    const none = await manager.request('GET', `/api/v1/partners/${noOffer.id}/relevance`);
    expect(none.json().items.map((item: { need: { id: string } }) => item.need.id)).not.toContain(need.id);
  });

  it('pursue creates a partnership and stops at the first unmet gate, in one transaction', async () => {
    const need = await createNeedVia(manager, {
      title: 'Instruktur tamu menjahit',
      item: 'guest_instructors',
    });
    const partner = await createPartnerVia(manager, { offers: ['guest_instructors'] });
    const lastSequence = await latestAuditSequence();
    const response = await manager.request('POST', `/api/v1/needs/${need.id}/decisions`, {
      partnerId: partner.id,
      decision: 'pursue',
    });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json();
    expect(result.partnership).toMatchObject({
      created: true,
      stage: 'information_gathering',
      stoppedAtGate: 'interaction_with_findings',
    });
    expect(result.decision).toMatchObject({ decision: 'pursue', partnershipId: result.partnership.id });
    const partnership = (
      await manager.request('GET', `/api/v1/partnerships/${result.partnership.id}`)
    ).json();
    expect(partnership.name).toBe(`Instruktur tamu menjahit — ${partnership.partners[0].name}`);
    expect(partnership.programme).toBe('PKW Tata Busana 2026');
    const history = (
      await manager.request('GET', `/api/v1/partnerships/${result.partnership.id}/history`)
    ).json();
    expect(history.items.at(-1)).toMatchObject({
      to: 'information_gathering',
      reason: 'Dikejar dari analisis kebutuhan: Instruktur tamu menjahit',
    });
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('sequence', '>', lastSequence)
      .orderBy('sequence')
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      'partnership.created',
      'partnership.stage_moved',
      'need.decided',
    ]);
  });

  it('pursue advances an open partnership as far as the gates allow; decisions keep their history', async () => {
    const need = await createNeedVia(manager, { item: 'market_access', title: 'Pemasaran produk lulusan' });
    const partner = await createPartnerVia(manager, { offers: ['market_access'] });
    const existing = await createPartnershipVia(manager, [partner.id]);
    await createInteractionVia(manager, [partner.id]);
    const before = await counts();

    const notNow = await manager.request('POST', `/api/v1/needs/${need.id}/decisions`, {
      partnerId: partner.id,
      decision: 'not_now',
      reason: 'Tunggu panen raya selesai',
    });
    expect(notNow.statusCode, notNow.body).toBe(201);
    expect(notNow.json().partnership).toBeNull();

    const pursued = await manager.request('POST', `/api/v1/needs/${need.id}/decisions`, {
      partnerId: partner.id,
      decision: 'pursue',
    });
    expect(pursued.json().partnership).toEqual({
      id: existing.id,
      created: false,
      stage: 'exploration',
      stoppedAtGate: null,
    });
    const after = await counts();
    expect(after.partnerships).toBe(before.partnerships);
    expect(after.decisions).toBe(before.decisions + 2);

    const ranking = (await manager.request('GET', `/api/v1/analysis/relevance?needId=${need.id}`)).json();
    const candidate = ranking.items.find((item: Candidate) => item.partnerId === partner.id);
    expect(candidate.decision.decision).toBe('pursue');
    expect(ranking.need.decisionCounts).toEqual({ pursue: 1, not_now: 0, not_relevant: 0 });

    const removed = await manager.request('DELETE', `/api/v1/needs/${need.id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error).toMatchObject({ code: 'NEED_HAS_DECISIONS', details: { decisionCount: 2 } });

    const unused = await createNeedVia(manager);
    const deleted = await manager.request('DELETE', `/api/v1/needs/${unused.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await manager.request('GET', `/api/v1/needs/${unused.id}`)).statusCode).toBe(404);
  });

  it('a partner merge keeps the decisions under the kept partner', async () => {
    const need = await createNeedVia(manager);
    const kept = await createPartnerVia(manager);
    const duplicate = await createPartnerVia(manager);
    await decideVia(manager, need.id, {
      partnerId: duplicate.id,
      decision: 'not_now',
      reason: 'Musim libur',
    });
    const merged = await manager.request('POST', `/api/v1/partners/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      version: kept.version,
      duplicateVersion: duplicate.version,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const rows = await t.deps.db
      .selectFrom('need_decisions')
      .selectAll()
      .where('need_id', '=', need.id)
      .execute();
    expect(rows.map((row) => row.partner_id)).toEqual([kept.id]);
  });

  it('a viewer reads the ranking but cannot decide', async () => {
    const viewer = await signedInInstitution(t, 'viewer');
    const listing = await viewer.request('GET', '/api/v1/needs');
    expect(listing.statusCode).toBe(200);
    const refused = await viewer.request('POST', '/api/v1/needs', needBody());
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });
});
