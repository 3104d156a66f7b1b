import { z } from 'zod';
import {
  builtInPartnerCategories,
  cooperativeLegalNumberPattern,
  exchangeItems,
  indonesiaBounds,
  kbliPattern,
  kbliVersions,
  nibPattern,
  normalizeNpwp,
  npwpPattern,
  partnerScopes,
  partnerSizes,
} from '../../../../shared/domain/partner-vocabulary';
import { normalizePhone } from '../../../../shared/domain/phone';
import { regionCodePattern } from '../../../../shared/domain/region-code';
import type { ContactInput, PartnerInput } from './parse-import-row';

/**
 * The create contracts' success path for the fields an import fills, written out by hand: zod
 * building issue paths and wrapping every check costs more than the rest of a row's work. It only
 * ever accepts; anything it is unsure of (a website, a failed check) returns null and the zod
 * contract decides and explains, so reasons stay the contract's. A property test holds the two to
 * the same answers and the same output.
 */
const declined = Symbol('declined');
type Declined = typeof declined;

const inList = (list: readonly string[], value: unknown): boolean =>
  typeof value === 'string' && list.includes(value);

function text(value: unknown, min: number, max: number): string | Declined {
  if (typeof value !== 'string') return declined;
  const trimmed = value.trim();
  return trimmed.length >= min && trimmed.length <= max ? trimmed : declined;
}

function optionalText(value: unknown, max: number): string | null | undefined | Declined {
  if (value === null || value === undefined) return value === null ? null : undefined;
  const trimmed = text(value, 0, max);
  return trimmed === '' ? null : trimmed;
}

function matching(value: unknown, pattern: RegExp, prepare = (t: string) => t): string | null | Declined {
  if (value === null) return null;
  if (typeof value !== 'string') return declined;
  const prepared = prepare(value.trim());
  return pattern.test(prepared) ? prepared : declined;
}

const categoryPattern = /^custom:[a-z0-9-]{2,40}$/;

function items(value: unknown): PartnerInput['needs'] | Declined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > exchangeItems.length) return declined;
  const list = value as unknown[];
  return list.every((item) => inList(exchangeItems, item)) ? ([...list] as PartnerInput['needs']) : declined;
}

function region(value: unknown): PartnerInput['region'] | Declined {
  if (typeof value !== 'object' || value === null) return declined;
  const { provinceCode, regencyCode, districtCode, villageCode, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return declined;
  const code = (raw: unknown) => matching(raw, regionCodePattern);
  const province = code(provinceCode);
  const regency = code(regencyCode);
  const district = districtCode === undefined ? undefined : code(districtCode);
  const village = villageCode === undefined ? undefined : code(villageCode);
  if (typeof province !== 'string' || typeof regency !== 'string') return declined;
  if (district === declined || village === declined) return declined;
  return { provinceCode: province, regencyCode: regency, districtCode: district, villageCode: village };
}

function location(value: unknown): PartnerInput['location'] | Declined {
  if (value === null) return null;
  if (typeof value !== 'object' || value === undefined) return declined;
  const { lat, lng, ...rest } = value as Record<string, unknown>;
  const within = (n: unknown, min: number, max: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
  if (Object.keys(rest).length > 0) return declined;
  if (!within(lat, indonesiaBounds.minLat, indonesiaBounds.maxLat)) return declined;
  if (!within(lng, indonesiaBounds.minLng, indonesiaBounds.maxLng)) return declined;
  return { lat: lat as number, lng: lng as number };
}

function tags(value: unknown): string[] | undefined | Declined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length > 20) return declined;
  const out: string[] = [];
  for (const tag of value) {
    if (typeof tag !== 'string') return declined;
    const normal = tag.trim().toLowerCase();
    if (normal.length < 1 || normal.length > 40) return declined;
    out.push(normal);
  }
  return out;
}

function identifiers(value: unknown): PartnerInput['identifiers'] | Declined {
  if (typeof value !== 'object' || value === null) return declined;
  const { nib, npwp, kbliCode, kbliVersion, cooperativeLegalNumber, ...rest } = value as Record<
    string,
    unknown
  >;
  if (Object.keys(rest).length > 0) return declined;
  const out = {
    nib: matching(nib, nibPattern),
    npwp: matching(npwp, npwpPattern, normalizeNpwp),
    kbliCode: matching(kbliCode, kbliPattern),
    kbliVersion: kbliVersion === null ? null : inList(kbliVersions, kbliVersion) ? kbliVersion : declined,
    cooperativeLegalNumber: matching(cooperativeLegalNumber, cooperativeLegalNumberPattern),
  };
  return Object.values(out).includes(declined) ? declined : (out as PartnerInput['identifiers']);
}

const partnerKeys = new Set([
  'name',
  'category',
  'size',
  'sector',
  'description',
  'characteristics',
  'needs',
  'offers',
  'scope',
  'region',
  'address',
  'location',
  'website',
  'source',
  'tags',
  'identifiers',
]);

/** The import's partner candidate as the create contract would output it, or null: ask the contract. */
export function acceptImportPartner(candidate: Record<string, unknown>): PartnerInput | null {
  if (Object.keys(candidate).some((key) => !partnerKeys.has(key))) return null;
  if (candidate.website !== null) return null;
  const category = typeof candidate.category === 'string' ? candidate.category.trim() : '';
  const partner = {
    name: text(candidate.name, 2, 200),
    category:
      inList(builtInPartnerCategories, category) || categoryPattern.test(category) ? category : declined,
    size:
      candidate.size === null || candidate.size === undefined || inList(partnerSizes, candidate.size)
        ? candidate.size
        : declined,
    sector: optionalText(candidate.sector, 120),
    description: optionalText(candidate.description, 4000),
    characteristics: optionalText(candidate.characteristics, 4000),
    needs: items(candidate.needs),
    offers: items(candidate.offers),
    scope:
      candidate.scope === undefined || inList(partnerScopes, candidate.scope) ? candidate.scope : declined,
    region: region(candidate.region),
    address: optionalText(candidate.address, 500),
    location: location(candidate.location),
    website: null,
    source: optionalText(candidate.source, 300),
    tags: tags(candidate.tags),
    identifiers: identifiers(candidate.identifiers),
  };
  return Object.values(partner).includes(declined) ? null : (partner as PartnerInput);
}

const emailPattern = z.regexes.email;

/** The import's contact candidate (name, position, phone, email, legal basis) as the contract outputs it, or null. */
export function acceptImportContact(candidate: {
  name: string;
  position: string | null;
  phone: string | null;
  email: string | null;
  legalBasis: 'legitimate_interest';
}): ContactInput | null {
  const name = text(candidate.name, 2, 120);
  const position = optionalText(candidate.position, 120);
  let phone: string | null = null;
  if (candidate.phone !== null) {
    const trimmed = candidate.phone.trim();
    phone = trimmed.length <= 40 ? normalizePhone(trimmed) : null;
    if (!phone) return null;
  }
  let email: string | null = null;
  if (candidate.email !== null) {
    email = candidate.email.trim().toLowerCase();
    if (email.length > 254 || !emailPattern.test(email)) return null;
  }
  if (name === declined || position === declined) return null;
  return { name, position, phone, email, legalBasis: candidate.legalBasis } as ContactInput;
}
