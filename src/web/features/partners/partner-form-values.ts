import type { Partner } from '../../../shared/contracts/partners';

/**
 * The partner form holds text only. Keys are the request's field paths (`identifiers.nib`,
 * `region.regencyCode`) so client and server field errors land on the right input. Lists are
 * kept as text too: needs/offers comma-separated, tags and social links one per line.
 */
export const emptyPartnerValues = {
  name: '',
  category: 'business',
  size: '',
  sector: '',
  scope: 'local',
  description: '',
  characteristics: '',
  needs: '',
  offers: '',
  'region.provinceCode': '',
  'region.regencyCode': '',
  'region.districtCode': '',
  'region.villageCode': '',
  address: '',
  'location.lat': '',
  'location.lng': '',
  'identifiers.nib': '',
  'identifiers.npwp': '',
  'identifiers.kbliCode': '',
  'identifiers.kbliVersion': '',
  'identifiers.cooperativeLegalNumber': '',
  website: '',
  foundedOn: '',
  socialLinks: '',
  source: '',
  tags: '',
  facilitatorUserId: '',
};
export type PartnerFormValues = typeof emptyPartnerValues;
export type PartnerFieldName = keyof PartnerFormValues;

export function splitList(text: string, separator: string | RegExp = '\n'): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function toPartnerFormValues(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    category: partner.category,
    size: partner.size ?? '',
    sector: partner.sector ?? '',
    scope: partner.scope,
    description: partner.description ?? '',
    characteristics: partner.characteristics ?? '',
    needs: partner.needs.join(','),
    offers: partner.offers.join(','),
    'region.provinceCode': partner.region.provinceCode,
    'region.regencyCode': partner.region.regencyCode,
    'region.districtCode': partner.region.districtCode ?? '',
    'region.villageCode': partner.region.villageCode ?? '',
    address: partner.address ?? '',
    'location.lat': partner.location ? String(partner.location.lat) : '',
    'location.lng': partner.location ? String(partner.location.lng) : '',
    'identifiers.nib': partner.identifiers.nib ?? '',
    'identifiers.npwp': partner.identifiers.npwp ?? '',
    'identifiers.kbliCode': partner.identifiers.kbliCode ?? '',
    'identifiers.kbliVersion': partner.identifiers.kbliVersion ?? '',
    'identifiers.cooperativeLegalNumber': partner.identifiers.cooperativeLegalNumber ?? '',
    website: partner.website ?? '',
    foundedOn: partner.foundedOn ?? '',
    socialLinks: partner.socialLinks.join('\n'),
    source: partner.source ?? '',
    tags: partner.tags.join('\n'),
    facilitatorUserId: partner.facilitatorUserId ?? '',
  };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function toNumber(value: string): number | string {
  const trimmed = value.trim().replace(',', '.');
  const parsed = Number(trimmed);
  return trimmed !== '' && Number.isFinite(parsed) ? parsed : trimmed;
}

function toLocation(values: PartnerFormValues): { lat: number | string; lng: number | string } | null {
  const lat = values['location.lat'].trim();
  const lng = values['location.lng'].trim();
  if (lat === '' && lng === '') return null;
  return { lat: toNumber(lat), lng: toNumber(lng) };
}

/** The request body (create or update): every field, empty ones as null; the schema checks the rest. */
export function toPartnerRequest(values: PartnerFormValues): Record<string, unknown> {
  return {
    name: values.name,
    category: values.category,
    size: orNull(values.size),
    sector: orNull(values.sector),
    scope: values.scope,
    description: orNull(values.description),
    characteristics: orNull(values.characteristics),
    needs: splitList(values.needs, ','),
    offers: splitList(values.offers, ','),
    region: {
      provinceCode: values['region.provinceCode'],
      regencyCode: values['region.regencyCode'],
      districtCode: orNull(values['region.districtCode']),
      villageCode: orNull(values['region.villageCode']),
    },
    address: orNull(values.address),
    location: toLocation(values),
    website: orNull(values.website),
    foundedOn: orNull(values.foundedOn),
    socialLinks: splitList(values.socialLinks),
    source: orNull(values.source),
    tags: splitList(values.tags).map((tag) => tag.toLowerCase()),
    facilitatorUserId: orNull(values.facilitatorUserId),
    identifiers: {
      nib: orNull(values['identifiers.nib']),
      npwp: orNull(values['identifiers.npwp']),
      kbliCode: orNull(values['identifiers.kbliCode']),
      kbliVersion: orNull(values['identifiers.kbliVersion']),
      cooperativeLegalNumber: orNull(values['identifiers.cooperativeLegalNumber']),
    },
  };
}
