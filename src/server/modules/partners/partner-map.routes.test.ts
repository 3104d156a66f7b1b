import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PartnerMap } from '../../../shared/contracts/partner-map';
import { createContactVia, createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { newId } from '../../platform/ids';
import { mapPointCap } from './list-partner-map-points';

describeEachDatabase('partner map points (step 1)', (dialect) => {
  let t: TestApp;
  let facilitator: Session;
  let other: Session;
  const located: Record<'business' | 'cooperative' | 'unlocated' | 'foreign', string> = {
    business: '',
    cooperative: '',
    unlocated: '',
    foreign: '',
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    facilitator = await signedInInstitution(t, 'facilitator');
    other = await signedInInstitution(t, 'manager');
    located.business = (
      await createPartnerVia(facilitator, {
        name: 'Sanggar Rajut Cempaka',
        location: { lat: -3.4431, lng: 114.8308 },
      })
    ).id;
    await createContactVia(facilitator, located.business, { phone: '0813-5198-7654' });
    located.cooperative = (
      await createPartnerVia(facilitator, {
        name: 'Koperasi Tani Maju',
        category: 'cooperative',
        region: { provinceCode: '63', regencyCode: '63.03' },
        location: { lat: -3.3194, lng: 115.0858 },
      })
    ).id;
    located.unlocated = (await createPartnerVia(facilitator, { name: 'UD Tanpa Titik', location: null })).id;
    located.foreign = (
      await createPartnerVia(other, {
        name: 'Sanggar Rajut Seberang',
        location: { lat: -0.5022, lng: 117.1536 },
      })
    ).id;
  });
  afterAll(() => t.close());

  async function mapOf(session: Session, query = ''): Promise<PartnerMap> {
    const response = await session.request('GET', `/api/v1/partners/map${query ? `?${query}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<PartnerMap>();
  }
  const idsOf = (map: PartnerMap) => map.points.map((point) => point.id).sort();

  it('answers the located partners with their category and coordinates, never the unlocated', async () => {
    const map = await mapOf(facilitator);
    expect(map.capped).toBe(false);
    expect(idsOf(map)).toEqual([located.business, located.cooperative].sort());
    expect(map.points.find((point) => point.id === located.business)).toEqual({
      id: located.business,
      name: 'Sanggar Rajut Cempaka',
      category: 'business',
      lat: expect.closeTo(-3.4431, 4) as number,
      lng: expect.closeTo(114.8308, 4) as number,
      stage: null,
    });
  });

  it('applies the list filters: category, region, and the search over contacts and phones', async () => {
    expect(idsOf(await mapOf(facilitator, 'category=cooperative'))).toEqual([located.cooperative]);
    expect(idsOf(await mapOf(facilitator, 'regionCode=63.03'))).toEqual([located.cooperative]);
    expect(idsOf(await mapOf(facilitator, 'regionCode=63'))).toEqual(
      [located.business, located.cooperative].sort(),
    );
    expect(idsOf(await mapOf(facilitator, 'q=9876'))).toEqual([located.business]);
    expect(idsOf(await mapOf(facilitator, 'q=Tanpa%20Titik'))).toEqual([]);
    expect(idsOf(await mapOf(facilitator, 'needs=market_access'))).toEqual([]);
  });

  it('takes no paging parameters and refuses unknown ones', async () => {
    for (const query of ['limit=10', 'cursor=abc', 'colour=red']) {
      const response = await facilitator.request('GET', `/api/v1/partners/map?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it("never shows another institution's partners, whatever the filter", async () => {
    for (const query of ['', 'q=Rajut', 'regionCode=64']) {
      const ours = idsOf(await mapOf(facilitator, query));
      expect(ours, query).not.toContain(located.foreign);
      expect(idsOf(await mapOf(other, query)), query).not.toContain(located.business);
    }
    expect(idsOf(await mapOf(other))).toEqual([located.foreign]);
  });

  it(`stops at ${mapPointCap} points and says so`, async () => {
    const crowded = await signedInInstitution(t, 'manager');
    const institutionId = (await crowded.request('GET', '/api/v1/me')).json<{ institution: { id: string } }>()
      .institution.id;
    const template = await t.deps.db
      .selectFrom('partners')
      .selectAll()
      .where('id', '=', (await createPartnerVia(crowded, { name: 'Mitra Pertama' })).id)
      .executeTakeFirstOrThrow();
    const copies = Array.from({ length: mapPointCap }, (_, index) => ({
      ...template,
      id: newId(),
      institution_id: institutionId,
      name: `Mitra Salinan ${index}`,
      name_key: `mitra salinan ${String(index).padStart(5, '0')}`,
    }));
    for (let start = 0; start < copies.length; start += 250) {
      await t.deps.db
        .insertInto('partners')
        .values(copies.slice(start, start + 250))
        .execute();
    }
    const map = await mapOf(crowded);
    expect(map.capped).toBe(true);
    expect(map.points).toHaveLength(mapPointCap);
    const narrowed = await mapOf(crowded, 'category=cooperative');
    expect(narrowed).toEqual({ points: [], capped: false });
  });
});
