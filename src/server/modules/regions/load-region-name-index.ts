import type { Db } from '../../db/database';
import { listRegionRowsByLevel, listRegionRowsByParent, type RegionRow } from './regions.repository';

export interface RegionNames {
  province?: string | null;
  regency?: string | null;
  district?: string | null;
  village?: string | null;
  code?: string | null;
}

export interface RegionChain {
  provinceCode: string;
  regencyCode: string;
  districtCode: string | null;
  villageCode: string | null;
}

export type RegionIssue = {
  code: 'REGION_MISSING' | 'REGION_UNKNOWN' | 'REGION_AMBIGUOUS' | 'REGION_CODE_UNKNOWN';
  value: string | null;
};

export interface RegionNameIndex {
  /** Names as people type them ("Kab. Banjar", "Kota Banjarbaru", "Banjarmasin", "Kalsel") to codes. */
  resolve(names: RegionNames): Promise<RegionChain | RegionIssue>;
}

const provinceAliases: Record<string, string> = {
  kalsel: 'kalimantan selatan',
  kalteng: 'kalimantan tengah',
  kaltim: 'kalimantan timur',
  kalbar: 'kalimantan barat',
  kaltara: 'kalimantan utara',
  jabar: 'jawa barat',
  jateng: 'jawa tengah',
  jatim: 'jawa timur',
  sumut: 'sumatera utara',
  sumbar: 'sumatera barat',
  sumsel: 'sumatera selatan',
  sulsel: 'sulawesi selatan',
  sulteng: 'sulawesi tengah',
  sultra: 'sulawesi tenggara',
  sulut: 'sulawesi utara',
  sulbar: 'sulawesi barat',
  ntb: 'nusa tenggara barat',
  ntt: 'nusa tenggara timur',
  diy: 'di yogyakarta',
  yogyakarta: 'di yogyakarta',
  jogja: 'di yogyakarta',
  dki: 'dki jakarta',
  jakarta: 'dki jakarta',
  babel: 'kepulauan bangka belitung',
  kepri: 'kepulauan riau',
  malut: 'maluku utara',
};

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutPrefix(text: string, prefixes: RegExp): string {
  return clean(text).replace(prefixes, '').trim();
}

const provincePrefix = /^(provinsi|propinsi|prov)\s+/;
const districtPrefix = /^(kecamatan|kec)\s+/;
const villagePrefix = /^(desa|kelurahan|kel|ds)\s+/;

/** "kab. banjar" → kabupaten/banjar; "kota banjarbaru" → kota/banjarbaru; "kotabaru" stays a name. */
function splitRegency(text: string): { kind: 'kabupaten' | 'kota' | null; name: string } {
  const value = clean(text).replace(/\badm(inistrasi)?\b\s*/g, '');
  const kabupaten = /^(kabupaten|kab)\s+(.+)$/.exec(value);
  if (kabupaten) return { kind: 'kabupaten', name: kabupaten[2]! };
  const kota = /^kota\s+(.+)$/.exec(value);
  if (kota) return { kind: 'kota', name: kota[1]! };
  return { kind: null, name: value };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Provinces, regencies and districts in memory (about 8,000 rows), villages read per district on
 * demand. `homeProvinceCode` settles names that exist in two provinces ("Banjar": Kalimantan Selatan
 * or Jawa Barat) in favour of the institution's own.
 */
export async function loadRegionNameIndex(db: Db, homeProvinceCode: string | null): Promise<RegionNameIndex> {
  const provinces = await listRegionRowsByLevel(db, 'province');
  const regencies = await listRegionRowsByLevel(db, 'regency');
  const districts = await listRegionRowsByLevel(db, 'district');
  const byCode = new Map<string, RegionRow>();
  for (const row of [...provinces, ...regencies, ...districts]) byCode.set(row.code, row);
  const provinceByName = new Map(provinces.map((row) => [withoutPrefix(row.name, provincePrefix), row]));
  const regenciesByName = new Map<string, { row: RegionRow; kind: 'kabupaten' | 'kota' | null }[]>();
  for (const row of regencies) {
    const split = splitRegency(row.name);
    pushTo(regenciesByName, split.name, { row, kind: split.kind });
  }
  const districtsByParentName = new Map<string, RegionRow[]>();
  for (const row of districts)
    pushTo(districtsByParentName, `${row.parent_code}|${withoutPrefix(row.name, districtPrefix)}`, row);
  const villageCache = new Map<string, Map<string, RegionRow[]>>();

  async function villagesOf(districtCode: string): Promise<Map<string, RegionRow[]>> {
    let villages = villageCache.get(districtCode);
    if (!villages) {
      villages = new Map();
      for (const row of await listRegionRowsByParent(db, districtCode)) {
        pushTo(villages, withoutPrefix(row.name, villagePrefix), row);
      }
      villageCache.set(districtCode, villages);
    }
    return villages;
  }

  async function fromCode(code: string): Promise<RegionChain | RegionIssue> {
    const parts = code.trim().split('.');
    const known = byCode.get(parts.slice(0, 3).join('.'));
    if (!known || parts.length < 2 || parts.length > 4) return { code: 'REGION_CODE_UNKNOWN', value: code };
    let villageCode: string | null = null;
    if (parts.length === 4) {
      const villages = await villagesOf(parts.slice(0, 3).join('.'));
      const known = [...villages.values()].some((rows) => rows.some((row) => row.code === code.trim()));
      if (!known) return { code: 'REGION_CODE_UNKNOWN', value: code };
      villageCode = code.trim();
    }
    return {
      provinceCode: parts[0]!,
      regencyCode: parts.slice(0, 2).join('.'),
      districtCode: parts.length >= 3 ? parts.slice(0, 3).join('.') : null,
      villageCode,
    };
  }

  return {
    async resolve(names) {
      if (names.code) return fromCode(names.code);
      if (!names.regency) return { code: 'REGION_MISSING', value: null };
      let provinceCode: string | null = null;
      if (names.province) {
        const key = withoutPrefix(names.province, provincePrefix);
        const province = provinceByName.get(provinceAliases[key.replace(/\s/g, '')] ?? key);
        if (!province) return { code: 'REGION_UNKNOWN', value: names.province };
        provinceCode = province.code;
      }
      const wanted = splitRegency(names.regency);
      let candidates = (regenciesByName.get(wanted.name) ?? []).filter(
        (c) =>
          (!wanted.kind || c.kind === wanted.kind) && (!provinceCode || c.row.parent_code === provinceCode),
      );
      if (candidates.length > 1 && homeProvinceCode) {
        const home = candidates.filter((c) => c.row.parent_code === homeProvinceCode);
        if (home.length > 0) candidates = home;
      }
      if (candidates.length === 0) return { code: 'REGION_UNKNOWN', value: names.regency };
      if (candidates.length > 1) {
        return { code: 'REGION_AMBIGUOUS', value: candidates.map((c) => c.row.name).join(' / ') };
      }
      const regency = candidates[0]!.row;
      const chain: RegionChain = {
        provinceCode: regency.parent_code!,
        regencyCode: regency.code,
        districtCode: null,
        villageCode: null,
      };
      if (!names.district) return chain;
      const district = districtsByParentName.get(
        `${regency.code}|${withoutPrefix(names.district, districtPrefix)}`,
      );
      if (!district) return { code: 'REGION_UNKNOWN', value: names.district };
      if (district.length > 1) return { code: 'REGION_AMBIGUOUS', value: names.district };
      chain.districtCode = district[0]!.code;
      if (!names.village) return chain;
      const village = (await villagesOf(chain.districtCode)).get(withoutPrefix(names.village, villagePrefix));
      if (!village) return { code: 'REGION_UNKNOWN', value: names.village };
      if (village.length > 1) return { code: 'REGION_AMBIGUOUS', value: names.village };
      chain.villageCode = village[0]!.code;
      return chain;
    },
  };
}
