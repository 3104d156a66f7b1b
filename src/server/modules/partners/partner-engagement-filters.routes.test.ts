import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPartnershipVia } from '../../../../tests/factories/engagement';
import { createPartnerVia } from '../../../../tests/factories/partners';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { readXlsxRows } from '../../../../tests/factories/spreadsheets';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';

type Item = { id: string; stage: string | null };

describeEachDatabase(
  'partners: filters by partnership stage and pattern, stage on rows and map points',
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

    const move = async (id: string, to: string, reason?: string) => {
      const response = await manager.request('POST', `/api/v1/partnerships/${id}/transitions`, {
        to,
        ...(reason ? { reason } : {}),
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    const list = async (session: Session, query: string) => {
      const response = await session.request('GET', `/api/v1/partners?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: Item[]; total: number }>();
    };

    it('filters the list, the map and the export; shows the most advanced open stage', async () => {
      const tag = `uji${Math.random().toString(36).slice(2, 7)}`;
      const make = (name: string) => createPartnerVia(manager, { name, tags: [tag] });
      const advanced = await make('A Konveksi Maju');
      const early = await make('B Salon Cantik');
      const dropped = await make('C Bengkel Jaya');
      const none = await make('D Toko Kain');
      const first = await createPartnershipVia(manager, [advanced.id], { pattern: 'foster' });
      await createPartnershipVia(manager, [advanced.id, early.id], { pattern: 'general_trade' });
      const gaveUp = await createPartnershipVia(manager, [dropped.id], { pattern: 'agency' });
      await move(first.id, 'information_gathering');
      await move(gaveUp.id, 'not_pursued', 'Mitra tidak berminat tahun ini');
      const foreign = await createPartnerVia(other, { tags: [tag] });
      await createPartnershipVia(other, [foreign.id], { pattern: 'foster' });

      const all = await list(manager, `tag=${tag}`);
      expect(all.items.map((item) => [item.id, item.stage])).toEqual([
        [advanced.id, 'information_gathering'],
        [early.id, 'mapping'],
        [dropped.id, null],
        [none.id, null],
      ]);
      const idsOf = async (query: string) =>
        (await list(manager, `tag=${tag}&${query}`)).items.map((i) => i.id);
      expect(await idsOf('stage=mapping')).toEqual([advanced.id, early.id]);
      expect(await idsOf('stage=information_gathering')).toEqual([advanced.id]);
      expect(await idsOf('stage=not_pursued')).toEqual([dropped.id]);
      expect(await idsOf('pattern=foster')).toEqual([advanced.id]);
      expect(await idsOf('pattern=general_trade')).toEqual([advanced.id, early.id]);
      // Stage and pattern are of the same partnership.
      expect(await idsOf('stage=information_gathering&pattern=general_trade')).toEqual([]);
      expect(await idsOf('stage=mapping&pattern=general_trade')).toEqual([advanced.id, early.id]);
      expect((await list(manager, `tag=${tag}&pattern=general_trade`)).total).toBe(2);
      expect((await list(manager, `tag=${tag}&stage=mapping&limit=1`)).items.map((i) => i.id)).toEqual([
        advanced.id,
      ]);
      expect((await list(other, `tag=${tag}&pattern=foster`)).items.map((i) => i.id)).toEqual([foreign.id]);

      const map = await manager.request('GET', `/api/v1/partners/map?tag=${tag}&pattern=general_trade`);
      expect(map.statusCode, map.body).toBe(200);
      expect(map.json().points.map((p: { id: string; stage: string | null }) => [p.id, p.stage])).toEqual([
        [advanced.id, 'information_gathering'],
        [early.id, 'mapping'],
      ]);
      const unfiltered = await manager.request('GET', `/api/v1/partners/map?tag=${tag}`);
      expect(unfiltered.json().points.find((p: { id: string }) => p.id === dropped.id).stage).toBeNull();

      const exported = await manager.request('GET', `/api/v1/partners/export?tag=${tag}&stage=not_pursued`);
      expect(exported.statusCode).toBe(200);
      const rows = await readXlsxRows(exported.rawPayload);
      expect(rows.slice(1).map((row) => row[0])).toEqual(['C Bengkel Jaya']);

      for (const bad of ['stage=done', 'pattern=custom:', 'pattern=Binaan']) {
        const response = await manager.request('GET', `/api/v1/partners?${bad}`);
        expect(response.statusCode, bad).toBe(400);
        expect(response.json().error.code).toBe('VALIDATION_FAILED');
      }
    });
  },
);
