import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import { loadRegionNameIndex, type RegionNameIndex } from './load-region-name-index';

describeEachDatabase('region names to codes', (dialect) => {
  let t: TestApp;
  let kalsel: RegionNameIndex;
  let nowhere: RegionNameIndex;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    kalsel = await loadRegionNameIndex(t.deps.db, '63');
    nowhere = await loadRegionNameIndex(t.deps.db, null);
  });
  afterAll(() => t.close());

  it('reads regencies as people write them', async () => {
    const regency = async (name: string, province?: string) =>
      (await kalsel.resolve({ regency: name, province })) as { regencyCode?: string; code?: string };
    expect((await regency('Kab. Banjar')).regencyCode).toBe('63.03');
    expect((await regency('KABUPATEN BANJAR')).regencyCode).toBe('63.03');
    expect((await regency('Kota Banjarbaru')).regencyCode).toBe('63.72');
    expect((await regency('banjarmasin')).regencyCode).toBe('63.71');
    expect((await regency('Kotabaru')).regencyCode).toBe('63.02');
    expect((await regency('Kota Banjar')).regencyCode).toBe('32.79');
    expect((await regency('Banjar', 'Jawa Barat')).regencyCode).toBe('32.79');
    expect((await regency('Banjar', 'Kalsel')).regencyCode).toBe('63.03');
    expect((await regency('Kab. Banjar', 'Jawa Barat')).code).toBe('REGION_UNKNOWN');
  });

  it('names the ambiguous and the unknown instead of guessing', async () => {
    expect(await nowhere.resolve({ regency: 'Banjar' })).toEqual({
      code: 'REGION_AMBIGUOUS',
      value: expect.stringMatching(/Kabupaten Banjar.*Kota Banjar|Kota Banjar.*Kabupaten Banjar/) as string,
    });
    expect(await kalsel.resolve({ regency: 'Gotham' })).toEqual({ code: 'REGION_UNKNOWN', value: 'Gotham' });
    expect(await kalsel.resolve({ regency: null })).toEqual({ code: 'REGION_MISSING', value: null });
    expect(await kalsel.resolve({ province: 'Narnia', regency: 'Kota Banjarbaru' })).toEqual({
      code: 'REGION_UNKNOWN',
      value: 'Narnia',
    });
  });

  it('goes down to the district, and takes Kemendagri codes as they are', async () => {
    expect(await kalsel.resolve({ regency: 'Kota Banjarbaru', district: 'Kec. Cempaka' })).toEqual({
      provinceCode: '63',
      regencyCode: '63.72',
      districtCode: '63.72.03',
      villageCode: null,
    });
    expect(await kalsel.resolve({ regency: 'Kota Banjarbaru', district: 'Martapura' })).toEqual({
      code: 'REGION_UNKNOWN',
      value: 'Martapura',
    });
    expect(await kalsel.resolve({ code: '63.72.03' })).toMatchObject({
      regencyCode: '63.72',
      districtCode: '63.72.03',
    });
    expect(await kalsel.resolve({ code: '63.72.99' })).toEqual({
      code: 'REGION_CODE_UNKNOWN',
      value: '63.72.99',
    });
    expect(await kalsel.resolve({ code: '63' })).toEqual({ code: 'REGION_CODE_UNKNOWN', value: '63' });
  });
});
