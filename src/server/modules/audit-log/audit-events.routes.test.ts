import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

describeEachDatabase('audit log for managers', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // 2026-03-19 23:30 WITA is 15:30 UTC: the same calendar day for the institution.
    t.clock.set(new Date('2026-03-19T15:30:00.000Z'));
    manager = await signedInInstitution(t, 'manager');
  });
  afterAll(() => t.close());

  it('filters by action and by days of the institution’s zone, newest first, paged', async () => {
    const url = `/api/v1/institutions/${manager.institutionId}`;
    t.clock.set(new Date('2026-03-19T15:45:00.000Z'));
    const first = await manager.request('PATCH', url, { version: 1, address: 'Alamat satu' });
    t.clock.set(new Date('2026-03-19T16:15:00.000Z'));
    await manager.request('PATCH', url, { version: first.json().version, address: 'Alamat dua' });

    const nineteenth = await manager.request(
      'GET',
      '/api/v1/audit-events?action=institution.updated&from=2026-03-19&to=2026-03-19',
    );
    expect(nineteenth.statusCode).toBe(200);
    expect(nineteenth.json().items.map((e: { after: { address: string } }) => e.after.address)).toEqual([
      'Alamat satu',
    ]);
    const twentieth = await manager.request(
      'GET',
      '/api/v1/audit-events?action=institution.updated&from=2026-03-20',
    );
    expect(twentieth.json().items.map((e: { after: { address: string } }) => e.after.address)).toEqual([
      'Alamat dua',
    ]);

    const firstPage = await manager.request('GET', '/api/v1/audit-events?limit=1');
    const body = firstPage.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0].action).toBe('institution.updated');
    const next = await manager.request('GET', `/api/v1/audit-events?limit=1&cursor=${body.nextCursor}`);
    expect(next.json().items[0].sequence).toBeLessThan(body.items[0].sequence);
  });
});
