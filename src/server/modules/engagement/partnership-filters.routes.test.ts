import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

type Page = { items: { id: string }[]; nextCursor: string | null };

describeEachDatabase(
  'partnerships: pipeline filters by partner category, region and programme',
  (dialect) => {
    let t: TestApp;
    let manager: Session;
    let other: Session;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      manager = await signedInInstitution(t, 'manager');
      other = await signedInInstitution(t, 'manager');
    });
    afterAll(() => t.close());

    const ids = async (session: Session, query: string) => {
      const response = await session.request('GET', `/api/v1/partnerships?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Page>().items.map((item) => item.id);
    };

    it('matches a partnership when one of its partners has the category or lies in the region', async () => {
      const category = await manager.request('POST', '/api/v1/partner-categories', { name: 'Sanggar Seni' });
      expect(category.statusCode, category.body).toBe(201);
      const sanggar = category.json<{ code: string }>().code;
      const banjarbaru = await createPartnerVia(manager, { category: 'business' });
      const balikpapan = await createPartnerVia(manager, {
        category: sanggar,
        region: { provinceCode: '64', regencyCode: '64.71' },
        location: null,
      });
      const school = await createPartnerVia(manager, {
        category: 'cooperative',
        region: { provinceCode: '64', regencyCode: '64.72' },
        location: null,
      });
      const rajut = await createPartnershipVia(manager, [banjarbaru.id], { programme: 'PKW' });
      const joint = await createPartnershipVia(manager, [banjarbaru.id, balikpapan.id], {
        programme: 'PKK',
      });
      const sekolah = await createPartnershipVia(manager, [school.id], { programme: 'pkw' });
      const foreignPartner = await createPartnerVia(other, { category: 'business' });
      await createPartnershipVia(other, [foreignPartner.id]);

      expect(await ids(manager, 'category=business')).toEqual([joint.id, rajut.id]);
      expect(await ids(manager, `category=${sanggar}`)).toEqual([joint.id]);
      expect(await ids(manager, 'category=government')).toEqual([]);
      expect(await ids(manager, 'regionCode=64')).toEqual([sekolah.id, joint.id]);
      expect(await ids(manager, 'regionCode=64.71')).toEqual([joint.id]);
      expect(await ids(manager, 'regionCode=63.72')).toEqual([joint.id, rajut.id]);
      expect(await ids(manager, 'regionCode=64&category=cooperative')).toEqual([sekolah.id]);
      // The category and the region may be met by different partners of the same partnership.
      expect(await ids(manager, `regionCode=63&category=${sanggar}`)).toEqual([joint.id]);
      expect(await ids(manager, 'programme=PKW')).toEqual([sekolah.id, rajut.id]);
      expect(await ids(manager, 'programme=pkw&regionCode=63')).toEqual([rajut.id]);
      expect(await ids(manager, 'regionCode=63&limit=1')).toEqual([joint.id]);

      for (const bad of ['regionCode=Banjar', 'category=unknown', 'programme=']) {
        const response = await manager.request('GET', `/api/v1/partnerships?${bad}`);
        expect(response.statusCode, bad).toBe(400);
        expect(response.json().error.code).toBe('VALIDATION_FAILED');
      }
      expect(await ids(other, 'category=business')).not.toContain(rajut.id);
    });
  },
);
