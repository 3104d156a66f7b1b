import type { Db } from '../../src/server/db/database';
import type { Prng } from './prng';

/** Approximate centres (regency seat) of South Kalimantan's regencies; the regions table has no points. */
const regencyCentres: Record<string, [number, number]> = {
  '63.01': [-3.8, 114.77],
  '63.02': [-3.24, 116.22],
  '63.03': [-3.41, 114.85],
  '63.04': [-2.99, 114.76],
  '63.05': [-2.94, 115.16],
  '63.06': [-2.78, 115.27],
  '63.07': [-2.58, 115.38],
  '63.08': [-2.42, 115.25],
  '63.09': [-2.16, 115.38],
  '63.10': [-3.45, 115.98],
  '63.11': [-2.33, 115.47],
  '63.71': [-3.32, 114.59],
  '63.72': [-3.44, 114.83],
};
/** Provinces some partners of a South Kalimantan LKP sit in (head offices, buyers, schools). */
const otherProvinceCentres: Record<string, [number, number]> = {
  '31': [-6.2, 106.82],
  '35': [-7.25, 112.75],
  '62': [-2.21, 113.92],
  '64': [-0.5, 117.15],
};
const homeProvince = '63';

export interface Regency {
  provinceCode: string;
  code: string;
  name: string;
  centre: [number, number];
  districts: { code: string; name: string; villages: string[] }[];
}

export interface RegionPool {
  /** South Kalimantan, weighted towards the cities where most LKP are. */
  home: Regency[];
  elsewhere: Regency[];
  pickHome(prng: Prng): Regency;
}

/** Reads real province, regency, district and village codes from the seeded regions table. */
export async function loadRegionPool(db: Db): Promise<RegionPool> {
  const provinces = [homeProvince, ...Object.keys(otherProvinceCentres)];
  const regencies = await db
    .selectFrom('regions')
    .select(['code', 'parent_code', 'name'])
    .where('level', '=', 'regency')
    .where('parent_code', 'in', provinces)
    .orderBy('code')
    .execute();
  const homeCodes = regencies.filter((r) => r.parent_code === homeProvince).map((r) => r.code);
  const districts = await db
    .selectFrom('regions')
    .select(['code', 'parent_code', 'name'])
    .where('level', '=', 'district')
    .where(
      'parent_code',
      'in',
      regencies.map((r) => r.code),
    )
    .orderBy('code')
    .execute();
  const villages = await db
    .selectFrom('regions')
    .select(['code', 'parent_code'])
    .where('level', '=', 'village')
    .where(
      'parent_code',
      'in',
      districts.filter((d) => homeCodes.some((code) => d.parent_code === code)).map((d) => d.code),
    )
    .orderBy('code')
    .execute();
  const villagesOf = new Map<string, string[]>();
  for (const village of villages) {
    const list = villagesOf.get(village.parent_code!) ?? [];
    list.push(village.code);
    villagesOf.set(village.parent_code!, list);
  }
  const toRegency = (row: (typeof regencies)[number]): Regency => ({
    provinceCode: row.parent_code!,
    code: row.code,
    name: row.name,
    centre: regencyCentres[row.code] ?? otherProvinceCentres[row.parent_code!] ?? [-3.32, 114.59],
    districts: districts
      .filter((d) => d.parent_code === row.code)
      .map((d) => ({ code: d.code, name: d.name, villages: villagesOf.get(d.code) ?? [] })),
  });
  const home = regencies.filter((r) => r.parent_code === homeProvince).map(toRegency);
  const elsewhere = regencies
    .filter((r) => r.parent_code !== homeProvince && otherProvinceCentres[r.parent_code!])
    .map(toRegency)
    .filter((r) => r.districts.length > 0);
  if (home.length === 0) throw new Error('regions table holds no South Kalimantan regency: seed it first');
  const cityWeight = (code: string) => (code === '63.71' ? 6 : code === '63.72' || code === '63.03' ? 4 : 1);
  const weighted = home.map((regency) => [regency, cityWeight(regency.code)] as const);
  return { home, elsewhere, pickHome: (prng) => prng.weighted(weighted) };
}
