/** The partner fields a spreadsheet column can fill; the mapping step assigns one to each column. */
export const partnerImportFields = [
  'name',
  'category',
  'size',
  'sector',
  'description',
  'characteristics',
  'needs',
  'offers',
  'scope',
  'province',
  'regency',
  'district',
  'village',
  'regionCode',
  'address',
  'lat',
  'lng',
  'website',
  'source',
  'tags',
  'nib',
  'npwp',
  'kbliCode',
  'kbliVersion',
  'cooperativeLegalNumber',
  'contactName',
  'contactPosition',
  'contactPhone',
  'contactWhatsApp',
  'contactEmail',
] as const;
export type PartnerImportField = (typeof partnerImportFields)[number];

/** How rows that look like an existing partner are treated. */
export const partnerImportModes = ['skip_duplicates', 'update_matches', 'create_all'] as const;
export type PartnerImportMode = (typeof partnerImportModes)[number];

export const partnerImportRowStatuses = ['created', 'updated', 'duplicate', 'unchanged', 'rejected'] as const;
export type PartnerImportRowStatus = (typeof partnerImportRowStatuses)[number];

/** Why a row was rejected, flagged or skipped; the catalogs explain each with `{value}` filled in. */
export const partnerImportIssueCodes = [
  'EXAMPLE_ROW',
  'NAME_MISSING',
  'NAME_INVALID',
  'CATEGORY_MISSING',
  'CATEGORY_UNKNOWN',
  'REGION_MISSING',
  'REGION_UNKNOWN',
  'REGION_AMBIGUOUS',
  'REGION_CODE_UNKNOWN',
  'SIZE_UNKNOWN',
  'SCOPE_UNKNOWN',
  'EXCHANGE_UNKNOWN',
  'PHONE_INVALID',
  'EMAIL_INVALID',
  'NIB_FORMAT',
  'NPWP_FORMAT',
  'KBLI_FORMAT',
  'KBLI_VERSION_UNKNOWN',
  'COOPERATIVE_NUMBER_FORMAT',
  'LOCATION_INVALID',
  'WEBSITE_INVALID',
  'TEXT_TOO_LONG',
  'CONTACT_NAME_MISSING',
  'POSSIBLE_DUPLICATE',
  'MATCH_AMBIGUOUS',
  'ALREADY_IMPORTED',
] as const;
export type PartnerImportIssueCode = (typeof partnerImportIssueCodes)[number];

/** Largest accepted upload: a 100,000-row sheet fits well below it. */
export const partnerImportMaxBytes = 20 * 1024 * 1024;

/** The template's example row starts with this; it is reported, never imported. */
export const templateExamplePrefix = 'CONTOH:';
