import { z } from 'zod';
import {
  builtInPartnerCategories,
  consentChannels,
  contactSalutations,
  cooperativeLegalNumberPattern,
  exchangeItems,
  indonesiaBounds,
  kbliPattern,
  kbliVersions,
  legalBases,
  nibPattern,
  normalizeNpwp,
  npwpPattern,
  partnerScopes,
  partnerSizes,
  religions,
} from '../domain/partner-vocabulary';
import { regionCodePattern } from '../domain/region-code';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionSchema,
} from './common';
import { partnerEngagementFilters } from './partner-engagement-filters';
import { partnershipStages } from '../domain/partnership-stages';
import { healthBands } from '../domain/health-score';

export const partnerCategorySchema = z
  .string()
  .trim()
  .refine(
    (value) =>
      (builtInPartnerCategories as readonly string[]).includes(value) ||
      /^custom:[a-z0-9-]{2,40}$/.test(value),
    {
      message: 'PARTNER_CATEGORY_UNKNOWN',
    },
  );

const regionCode = z.string().trim().regex(regionCodePattern, { message: 'REGION_CODE_FORMAT' });
const url = z.url({ protocol: /^https?$/ }).max(300);

export const partnerRegionSchema = z.strictObject({
  provinceCode: regionCode,
  regencyCode: regionCode,
  districtCode: regionCode.nullable().optional(),
  villageCode: regionCode.nullable().optional(),
});

export const identifiersSchema = z.strictObject({
  nib: z.string().trim().regex(nibPattern, { message: 'NIB_FORMAT' }).nullable().optional(),
  npwp: z
    .string()
    .trim()
    .transform(normalizeNpwp)
    .pipe(z.string().regex(npwpPattern, { message: 'NPWP_FORMAT' }))
    .nullable()
    .optional(),
  kbliCode: z.string().trim().regex(kbliPattern, { message: 'KBLI_FORMAT' }).nullable().optional(),
  kbliVersion: z.enum(kbliVersions).nullable().optional(),
  cooperativeLegalNumber: z
    .string()
    .trim()
    .regex(cooperativeLegalNumberPattern, { message: 'COOPERATIVE_NUMBER_FORMAT' })
    .nullable()
    .optional(),
});

export const locationSchema = z.strictObject({
  lat: z.number().min(indonesiaBounds.minLat).max(indonesiaBounds.maxLat),
  lng: z.number().min(indonesiaBounds.minLng).max(indonesiaBounds.maxLng),
});

const partnerFields = {
  name: z.string().trim().min(2).max(200),
  category: partnerCategorySchema,
  size: z.enum(partnerSizes).nullable().optional(),
  sector: optionalText(120),
  description: optionalText(4000),
  characteristics: optionalText(4000),
  needs: z.array(z.enum(exchangeItems)).max(exchangeItems.length).optional(),
  offers: z.array(z.enum(exchangeItems)).max(exchangeItems.length).optional(),
  scope: z.enum(partnerScopes).optional(),
  region: partnerRegionSchema,
  address: optionalText(500),
  location: locationSchema.nullable().optional(),
  website: url.nullable().optional(),
  socialLinks: z.array(url).max(10).optional(),
  /** When the partner was founded: its yearly return is an occasion to greet it. */
  foundedOn: isoDateSchema.nullable().optional(),
  source: optionalText(300),
  tags: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).optional(),
  facilitatorUserId: idSchema.nullable().optional(),
  identifiers: identifiersSchema.optional(),
};

export const createPartnerRequestSchema = z.strictObject({
  ...partnerFields,
  /** After a PARTNER_POSSIBLE_DUPLICATE answer, the user chose to save anyway. */
  confirmDuplicates: z.boolean().optional(),
});
export type CreatePartnerRequest = z.input<typeof createPartnerRequestSchema>;

export const updatePartnerRequestSchema = z.strictObject({
  ...z.object(partnerFields).partial().shape,
  version: rowVersionSchema,
});
export type UpdatePartnerRequest = z.input<typeof updatePartnerRequestSchema>;

// The contact request schemas validate phone numbers with libphonenumber's metadata; they live in
// partner-contact-requests.ts so the pages that only read partners do not download it. (Only the
// type is re-exported: a value re-export would put the metadata back into every partner page.)
export type { CreateContactRequest } from './partner-contact-requests';

export const contactSchema = z.object({
  id: idSchema,
  partnerId: idSchema,
  name: z.string(),
  salutation: z.enum(contactSalutations).nullable(),
  position: z.string().nullable(),
  phone: z.string().nullable(),
  whatsApp: z.boolean(),
  email: z.string().nullable(),
  preferences: z.string().nullable(),
  sensitiveTopics: z.string().nullable(),
  legalBasis: z.enum(legalBases),
  consent: z
    .object({ givenBy: z.string(), givenAt: z.string(), channel: z.enum(consentChannels) })
    .nullable(),
  religion: z.enum(religions).nullable(),
  /** Set when the contact withdrew consent: greetings, and all messages when consent is the basis, stop. */
  consentWithdrawnAt: isoDateTimeSchema.nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type Contact = z.infer<typeof contactSchema>;

export const partnerSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  category: z.string(),
  size: z.enum(partnerSizes).nullable(),
  sector: z.string().nullable(),
  regionCode: z.string(),
  regencyCode: z.string(),
  scope: z.enum(partnerScopes),
  tags: z.array(z.string()),
  needs: z.array(z.enum(exchangeItems)),
  offers: z.array(z.enum(exchangeItems)),
  facilitatorUserId: z.string().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  primaryContact: z
    .object({
      name: z.string(),
      phone: z.string().nullable(),
      whatsApp: z.boolean(),
      email: z.string().nullable(),
    })
    .nullable(),
  updatedAt: isoDateTimeSchema,
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

export const partnerSchema = partnerSummarySchema.extend({
  description: z.string().nullable(),
  characteristics: z.string().nullable(),
  region: z.object({
    provinceCode: z.string(),
    regencyCode: z.string(),
    districtCode: z.string().nullable(),
    villageCode: z.string().nullable(),
  }),
  address: z.string().nullable(),
  website: z.string().nullable(),
  socialLinks: z.array(z.string()),
  foundedOn: isoDateSchema.nullable(),
  source: z.string().nullable(),
  identifiers: z.object({
    nib: z.string().nullable(),
    npwp: z.string().nullable(),
    kbliCode: z.string().nullable(),
    kbliVersion: z.enum(kbliVersions).nullable(),
    cooperativeLegalNumber: z.string().nullable(),
  }),
  contacts: z.array(contactSchema),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
});
export type Partner = z.infer<typeof partnerSchema>;

const csv = <T extends z.ZodType>(inner: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value !== '' ? value.split(',') : undefined),
    z.array(inner).optional(),
  );

export const listPartnersQuerySchema = listQuerySchema.extend({
  /** A search: its pages hold at most its first 1,000 matches, and `totalCapped` says more match (ADR 0038). */
  q: z.string().trim().min(3).max(100).optional(),
  category: partnerCategorySchema.optional(),
  regionCode: regionCode.optional(),
  size: z.enum(partnerSizes).optional(),
  sector: z.string().trim().max(120).optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  facilitatorUserId: idSchema.optional(),
  needs: csv(z.enum(exchangeItems)),
  offers: csv(z.enum(exchangeItems)),
  ...partnerEngagementFilters,
  /** Relationship health band (shared/domain/health-score.ts), computed on read. */
  health: z.enum(healthBands).optional(),
});
export type ListPartnersQuery = z.input<typeof listPartnersQuerySchema>;
/** A row of the list: the summary and the stage of its most advanced open partnership (null when none). */
export const partnerListItemSchema = partnerSummarySchema.extend({
  stage: z.enum(partnershipStages).nullable(),
});
export type PartnerListItem = z.infer<typeof partnerListItemSchema>;
export const partnerPageSchema = pageSchema(partnerListItemSchema);

export const duplicateCandidateSchema = z.object({
  id: idSchema,
  name: z.string(),
  reasons: z.array(z.enum(['same_nib', 'same_npwp', 'same_phone', 'same_email', 'similar_name'])),
});
export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

export const customCategoryCodeSchema = z.string().regex(/^custom:[a-z0-9-]{2,40}$/);
export const customCategorySchema = z.object({ code: z.string(), name: z.string() });
export const createCustomCategoryRequestSchema = z.strictObject({ name: z.string().trim().min(2).max(80) });
/** A rename changes the name only: partners keep pointing at the same code. */
export const renameCustomCategoryRequestSchema = createCustomCategoryRequestSchema;
export const customCategoryListSchema = z.object({
  items: z.array(customCategorySchema.extend({ partnerCount: z.number().int() })),
});

export const exportPartnersQuerySchema = listPartnersQuerySchema.omit({ limit: true, cursor: true }).extend({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
