import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  isEndStage,
  stageTransitions,
  type EnterableStage,
  type PartnershipStage,
} from '../../../shared/domain/partnership-stages';
import { partnershipBody } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

const entryReason = 'Sudah berjalan sebelum lembaga memakai Jalin';

describeEachDatabase('every gate of the stage table, enforced by the server', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  /** A partnership with no recorded facts, standing at `stage`. */
  async function standingAt(stage: PartnershipStage): Promise<string> {
    const partner = await createPartnerVia(manager);
    // An end cannot be entered: reach it from a running stage instead.
    const enterAt = (isEndStage(stage) ? 'implementation' : stage) as EnterableStage | 'mapping';
    const body =
      enterAt === 'mapping'
        ? partnershipBody([partner.id])
        : partnershipBody([partner.id], { enteredAt: { stage: enterAt, reason: entryReason } });
    const created = await manager.request('POST', '/api/v1/partnerships', body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    if (isEndStage(stage)) {
      const ended = await manager.request('POST', `/api/v1/partnerships/${id}/transitions`, {
        to: stage,
        reason: 'Ditutup untuk menguji pembukaan kembali',
      });
      expect(ended.statusCode, ended.body).toBe(200);
    }
    return id;
  }

  const gated = stageTransitions.filter((transition) => transition.gate !== null);

  it.each(gated.map((transition) => [transition.from, transition.to, transition.gate] as const))(
    '%s → %s is refused without %s, and nothing is written',
    async (from, to, gate) => {
      const id = await standingAt(from);
      const eventsBefore = await t.deps.db
        .selectFrom('partnership_stage_events')
        .select('id')
        .where('partnership_id', '=', id)
        .execute();

      const refused = await manager.request('POST', `/api/v1/partnerships/${id}/transitions`, { to });

      expect(refused.statusCode, refused.body).toBe(409);
      expect(refused.json().error).toMatchObject({
        code: 'PARTNERSHIP_GATE_UNMET',
        details: { gate, from, to },
      });
      const row = await t.deps.db
        .selectFrom('partnerships')
        .select(['stage', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.stage).toBe(from);
      const eventsAfter = await t.deps.db
        .selectFrom('partnership_stage_events')
        .select('id')
        .where('partnership_id', '=', id)
        .execute();
      expect(eventsAfter).toEqual(eventsBefore);
    },
  );
});
