export const institutionKinds = ['LKP', 'LPK', 'other'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

export const timeZones = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZoneCode = (typeof timeZones)[number];

export const ianaTimeZones = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
} as const satisfies Record<TimeZoneCode, string>;

/** An LKP's NPSN is `K` followed by seven digits. */
export const npsnPattern = /^K\d{7}$/;

export const defaultDocumentNumberPattern = '{seq:3}/{kind}/{unit}/{monthRoman}/{year}';
export const documentNumberTokens = ['seq', 'kind', 'unit', 'monthRoman', 'month', 'year'] as const;

/** Indonesia keeps no daylight saving: each zone is a fixed offset. */
export const utcOffsetHours = { WIB: 7, WITA: 8, WIT: 9 } as const satisfies Record<TimeZoneCode, number>;

/** The UTC instant at which a calendar day (`YYYY-MM-DD`) starts in the zone. */
export function startOfLocalDayUtc(date: string, zone: TimeZoneCode): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - utcOffsetHours[zone] * 3_600_000).toISOString();
}
