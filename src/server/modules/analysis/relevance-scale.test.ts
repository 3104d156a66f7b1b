import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNeedVia } from '../../../../tests/factories/needs';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { newId } from '../../platform/ids';

const partnerCount = 10_000;

describeEachDatabase('relevance over a 10k-partner registry', (dialect) => {
  let t: TestApp;
  let manager: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    manager = await signedInInstitution(t, 'manager');
    const now = new Date().toISOString();
    // Rows straight into the tables: ten thousand HTTP creates would measure the fixture, not the ranking.
    for (let start = 0; start < partnerCount; start += 500) {
      const partners = Array.from({ length: 500 }, (_, offset) => {
        const n = start + offset;
        return {
          id: newId(),
          institution_id: manager.institutionId,
          name: `Mitra Uji ${n}`,
          name_key: `mitra uji ${n}`,
          category: 'business',
          size: (['micro', 'small', 'medium', 'large'] as const)[n % 4],
          scope: 'local',
          province_code: '63',
          regency_code: n % 3 === 0 ? '63.72' : '63.71',
          region_code: n % 3 === 0 ? '63.72' : '63.71',
          social_links_json: '[]',
          version: 1,
          created_at: now,
          updated_at: now,
        };
      });
      await t.deps.db.insertInto('partners').values(partners).execute();
      const offers = partners.map((partner, offset) => ({
        institution_id: manager.institutionId,
        partner_id: partner.id,
        direction: 'offer' as const,
        item: (start + offset) % 2 === 0 ? 'internship_places' : 'capital',
      }));
      await t.deps.db.insertInto('partner_exchange_items').values(offers).execute();
    }
  }, 120_000);
  afterAll(() => t.close());

  it('finds the 5,000 offering the item, scores them and lists the best 200 in well under a second or two', async () => {
    const need = await createNeedVia(manager, { item: 'internship_places', quantity: 10 });
    await manager.request('GET', `/api/v1/analysis/relevance?needId=${need.id}`);
    const started = performance.now();
    const response = await manager.request('GET', `/api/v1/analysis/relevance?needId=${need.id}`);
    const elapsed = performance.now() - started;
    expect(response.statusCode, response.body).toBe(200);
    const ranking = response.json();
    expect(ranking).toMatchObject({ total: 5000, cap: 200, capped: true });
    expect(ranking.items).toHaveLength(200);
    // Large partners in the institution's regency come first (capacity and proximity).
    expect(ranking.items[0].score).toBeGreaterThanOrEqual(ranking.items[199].score);
    console.info(`[${dialect}] relevance over ${partnerCount} partners: ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(3000);
  });
});
