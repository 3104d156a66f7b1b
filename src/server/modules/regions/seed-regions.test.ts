import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../tests/setup/test-app';
import type { Db } from '../../db/database';
import { countRegionSourceRows, readRegionSource } from './region-source';
import { seedRegions } from './seed-regions';

/** The counts of idn-area-data 3.1.2 (Kepmendagri 300.2.2-2138/2025). */
const expected = { province: 38, regency: 514, district: 7277, village: 83763 };

async function countsByLevel(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('regions')
    .select((eb) => ['level', eb.fn.countAll<number>().as('n')])
    .groupBy('level')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.level, Number(row.n)]));
}

it('reads the files the counts promise, without quotes or stray spaces in names', () => {
  for (const level of ['province', 'regency', 'district', 'village'] as const) {
    const rows = readRegionSource(level);
    expect(rows).toHaveLength(expected[level]);
    expect(countRegionSourceRows(level)).toBe(expected[level]);
    expect(rows.filter((row) => /["]|^\s|\s$|\s{2}/.test(row.name))).toEqual([]);
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
  }
});

describeEachDatabase('region seeding', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('boot seeds provinces, regencies and districts (tests go without villages)', async () => {
    const { village: _village, ...withoutVillages } = expected;
    expect(await countsByLevel(t.deps.db)).toEqual(withoutVillages);
  });

  it('stores display names and lower-case keys', async () => {
    const rows = await t.deps.db
      .selectFrom('regions')
      .select(['code', 'name', 'name_key', 'level', 'parent_code'])
      .where('code', 'in', ['63', '63.72', '63.03', '31', '63.72.02'])
      .orderBy('code')
      .execute();
    expect(rows).toEqual([
      { code: '31', name: 'DKI Jakarta', name_key: 'dki jakarta', level: 'province', parent_code: null },
      {
        code: '63',
        name: 'Kalimantan Selatan',
        name_key: 'kalimantan selatan',
        level: 'province',
        parent_code: null,
      },
      {
        code: '63.03',
        name: 'Kabupaten Banjar',
        name_key: 'kabupaten banjar',
        level: 'regency',
        parent_code: '63',
      },
      {
        code: '63.72',
        name: 'Kota Banjarbaru',
        name_key: 'kota banjarbaru',
        level: 'regency',
        parent_code: '63',
      },
      {
        code: '63.72.02',
        name: 'Landasan Ulin',
        name_key: 'landasan ulin',
        level: 'district',
        parent_code: '63.72',
      },
    ]);
  });

  it('adds nothing when run again, and fills in what is missing', async () => {
    expect(await seedRegions(t.deps.db, { includeVillages: false })).toEqual({
      inserted: {},
      skipped: ['province', 'regency', 'district'],
    });
    await t.deps.db.deleteFrom('regions').where('code', 'in', ['63.72.02', '63.72.03']).execute();
    const refill = await seedRegions(t.deps.db, { includeVillages: false });
    expect(refill).toEqual({ inserted: { district: 2 }, skipped: ['province', 'regency'] });
    expect((await countsByLevel(t.deps.db)).district).toBe(expected.district);
  });
});

describeEachDatabase('region seeding with villages', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, { regions: 'full' });
  }, 120_000);
  afterAll(() => t.close());

  it('seeds all four levels, then skips them all', async () => {
    expect(await countsByLevel(t.deps.db)).toEqual(expected);
    const again = await seedRegions(t.deps.db, { includeVillages: true });
    expect(again).toEqual({ inserted: {}, skipped: ['province', 'regency', 'district', 'village'] });
    const village = await t.deps.db
      .selectFrom('regions')
      .select(['name', 'parent_code'])
      .where('code', '=', '35.13.15.2017')
      .executeTakeFirst();
    expect(village).toEqual({ name: "Soka'an", parent_code: '35.13.15' });
  });
});
