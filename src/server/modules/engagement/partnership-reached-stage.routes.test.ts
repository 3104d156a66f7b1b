import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

type Page = { items: { id: string }[]; nextCursor: string | null };

describeEachDatabase('partnerships that reached a step (GET /partnerships?reachedStage=)', (dialect) => {
  let t: TestApp;
  let manager: Session;
  let other: Session;
  const reason = 'Kemitraan sudah berjalan sebelum memakai Jalin.';

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    other = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  async function ids(session: Session, query: string): Promise<string[]> {
    const found: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await session.request(
        'GET',
        `/api/v1/partnerships?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<Page>();
      found.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    return found.sort();
  }

  it('holds the current stage and every stage the history went through, with the steps before them', async () => {
    const partner = await createPartnerVia(manager);
    const mapped = await createPartnershipVia(manager, [partner.id], { name: 'Baru dipetakan' });
    const dropped = await createPartnershipVia(manager, [partner.id], {
      name: 'Tidak dilanjutkan',
      enteredAt: { stage: 'exploration', reason },
    });
    const moved = await manager.request('POST', `/api/v1/partnerships/${dropped.id}/transitions`, {
      to: 'not_pursued',
      reason: 'Mitra belum siap menerima peserta magang.',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const running = await createPartnershipVia(manager, [partner.id], {
      name: 'Sudah berjalan',
      enteredAt: { stage: 'implementation', reason },
    });
    const foreignPartner = await createPartnerVia(other);
    const foreign = await createPartnershipVia(other, [foreignPartner.id], {
      enteredAt: { stage: 'follow_up', reason },
    });

    const sorted = (...list: { id: string }[]) => list.map((p) => p.id).sort();
    expect(await ids(manager, 'reachedStage=mapping')).toEqual(sorted(mapped, dropped, running));
    expect(await ids(manager, 'reachedStage=information_gathering')).toEqual(sorted(dropped, running));
    expect(await ids(manager, 'reachedStage=exploration')).toEqual(sorted(dropped, running));
    expect(await ids(manager, 'reachedStage=work_planning')).toEqual(sorted(running));
    expect(await ids(manager, 'reachedStage=agreement')).toEqual(sorted(running));
    expect(await ids(manager, 'reachedStage=implementation')).toEqual(sorted(running));
    expect(await ids(manager, 'reachedStage=monitoring_evaluation')).toEqual([]);
    // Reached and current stage together: dropped reached exploration but stands at not_pursued.
    expect(await ids(manager, 'reachedStage=exploration&stage=not_pursued')).toEqual(sorted(dropped));
    expect(await ids(other, 'reachedStage=mapping')).toEqual(sorted(foreign));
    expect(await ids(manager, 'reachedStage=follow_up')).toEqual([]);
  });

  it('refuses an end stage or an unknown one', async () => {
    for (const stage of ['not_pursued', 'ended', 'somewhere']) {
      const response = await manager.request('GET', `/api/v1/partnerships?reachedStage=${stage}`);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    }
  });
});
