/** The guide's five kinds of partner (step 1); an institution may add its own as `custom:<slug>`. */
export const builtInPartnerCategories = [
  'community_group',
  'community_figure',
  'business',
  'cooperative',
  'government',
] as const;
export type BuiltInPartnerCategory = (typeof builtInPartnerCategories)[number];

export const partnerSizes = ['micro', 'small', 'medium', 'large'] as const;
export type PartnerSize = (typeof partnerSizes)[number];

/** What a partner needs and offers, in the words step 3 matches the institution's needs against. */
export const exchangeItems = [
  'internship_places',
  'guest_instructors',
  'graduate_hiring',
  'equipment_facilities',
  'capital',
  'market_access',
  'curriculum_input',
  'competency_certification',
  'other',
] as const;
export type ExchangeItem = (typeof exchangeItems)[number];

export const partnerScopes = ['local', 'wider'] as const;
export const kbliVersions = ['2020', '2025'] as const;

/** UU PDP No. 27/2022, Art. 20: the lawful bases for processing personal data. */
export const legalBases = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interest',
  'public_task',
  'legitimate_interest',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/** How a contact person is addressed ("Bapak Andi", "Ibu Sari"); unknown: "Bapak/Ibu". */
export const contactSalutations = ['bapak', 'ibu'] as const;
export type ContactSalutation = (typeof contactSalutations)[number];

export const consentChannels = ['in_person', 'written', 'whatsapp', 'email', 'phone', 'form'] as const;
export const religions = [
  'islam',
  'protestant',
  'catholic',
  'hindu',
  'buddhist',
  'confucian',
  'other',
] as const;

export const nibPattern = /^\d{13}$/;
export const npwpPattern = /^\d{16}$/;
export const kbliPattern = /^\d{5}$/;
export const cooperativeLegalNumberPattern = /^AHU-\d{4,10}\.AH\.\d{2}\.\d{2}\.TAHUN \d{4}$/i;

/** NPWP as typed (`01.234.567.8-901.000`); a company's old 15-digit number gets a leading 0. */
export function normalizeNpwp(input: string): string {
  const digits = input.replace(/\D/g, '');
  return digits.length === 15 ? `0${digits}` : digits;
}

/** Indonesia's bounding box: a point outside it is a typo (swapped or unsigned coordinates). */
export const indonesiaBounds = { minLat: -11.1, maxLat: 6.2, minLng: 94.7, maxLng: 141.1 } as const;
