import { afterAll, beforeAll, expect, it } from 'vitest';
import { signedInInstitution, type Session } from '../../../../tests/factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Region } from '../../../shared/contracts/regions';
import { assertRegionCode } from './assert-region-code';
import { getRegionPath } from './get-region-path';

describeEachDatabase('regions API', (dialect) => {
  let t: TestApp;
  let viewer: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    viewer = await signedInInstitution(t, 'viewer');
  });
  afterAll(() => t.close());

  it('lists the 38 provinces by name without a parent', async () => {
    const response = await viewer.request('GET', '/api/v1/regions');
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Region[] }>().items;
    expect(items).toHaveLength(38);
    expect(items[0]).toEqual({ code: '11', name: 'Aceh', level: 'province', parentCode: null });
    expect(items.find((r) => r.code === '63')?.name).toBe('Kalimantan Selatan');
    const names = items.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
  });

  it('lists the children of a region, one level down, by name', async () => {
    const regencies = await viewer.request('GET', '/api/v1/regions?parent=63');
    const regencyItems = regencies.json<{ items: Region[] }>().items;
    expect(regencyItems).toHaveLength(13);
    expect(regencyItems.every((r) => r.level === 'regency' && r.parentCode === '63')).toBe(true);
    expect(regencyItems.find((r) => r.code === '63.72')?.name).toBe('Kota Banjarbaru');

    const districts = await viewer.request('GET', '/api/v1/regions?parent=63.72');
    expect(districts.json<{ items: Region[] }>().items).toEqual([
      { code: '63.72.05', name: 'Banjarbaru Selatan', level: 'district', parentCode: '63.72' },
      { code: '63.72.04', name: 'Banjarbaru Utara', level: 'district', parentCode: '63.72' },
      { code: '63.72.03', name: 'Cempaka', level: 'district', parentCode: '63.72' },
      { code: '63.72.02', name: 'Landasan Ulin', level: 'district', parentCode: '63.72' },
      { code: '63.72.06', name: 'Liang Anggang', level: 'district', parentCode: '63.72' },
    ]);
  });

  it('answers REGION_NOT_FOUND for an unknown parent and VALIDATION_FAILED for a malformed one', async () => {
    const unknown = await viewer.request('GET', '/api/v1/regions?parent=99.99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('REGION_NOT_FOUND');
    const malformed = await viewer.request('GET', '/api/v1/regions?parent=banjar');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('reads one region with its ancestors, province first', async () => {
    const response = await viewer.request('GET', '/api/v1/regions/63.72.02');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      region: { code: '63.72.02', name: 'Landasan Ulin', level: 'district', parentCode: '63.72' },
      path: [
        { code: '63', name: 'Kalimantan Selatan', level: 'province', parentCode: null },
        { code: '63.72', name: 'Kota Banjarbaru', level: 'regency', parentCode: '63' },
      ],
    });
    const province = await viewer.request('GET', '/api/v1/regions/63');
    expect(province.json().path).toEqual([]);
  });

  it('answers 404 REGION_NOT_FOUND for an unknown code', async () => {
    const response = await viewer.request('GET', '/api/v1/regions/63.72.99');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('REGION_NOT_FOUND');
  });

  it('needs a signed-in user', async () => {
    for (const url of ['/api/v1/regions', '/api/v1/regions/63.72']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('gives other modules a path reader and a code check with a field path', async () => {
    expect((await getRegionPath(t.deps.db, '63.72')).path.map((r) => r.code)).toEqual(['63']);
    const rule = { path: ['body', 'region', 'regencyCode'], minLevel: 'regency' as const };
    expect((await assertRegionCode(t.deps.db, '63.72', rule)).name).toBe('Kota Banjarbaru');
    await expect(assertRegionCode(t.deps.db, '63.99', rule)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: ['body', 'region', 'regencyCode'], message: 'REGION_NOT_FOUND' }],
    });
    await expect(assertRegionCode(t.deps.db, '63', rule)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: rule.path, message: 'REGION_LEVEL', level: 'province', minLevel: 'regency' }],
    });
    await expect(
      assertRegionCode(t.deps.db, '63.72.02', { path: ['regionCode'], maxLevel: 'regency' }),
    ).rejects.toMatchObject({ details: [{ message: 'REGION_LEVEL', level: 'district' }] });
  });
});
