import { z } from 'zod';
import { institutionKinds, npsnPattern, timeZones } from '../domain/institution-kinds';
import { indonesiaBounds } from '../domain/partner-vocabulary';
import { regionCodePattern } from '../domain/region-code';
import { findDocumentNumberPatternProblem } from '../domain/document-number';
import {
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  listQuerySchema,
  optionalText,
  pageSchema,
  rowVersionSchema,
} from './common';
import { localeSchema } from './auth';

export const npsnSchema = z.string().trim().toUpperCase().regex(npsnPattern, { message: 'NPSN_FORMAT' });

export const documentNumberPatternSchema = z
  .string()
  .trim()
  .min(3)
  .max(120)
  .superRefine((pattern, ctx) => {
    const problem = findDocumentNumberPatternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const accreditationSchema = z.object({
  body: z.string().nullable(),
  grade: z.string().nullable(),
  decreeNumber: z.string().nullable(),
  expiresOn: isoDateSchema.nullable(),
});

export const institutionSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(institutionKinds),
  npsn: z.string().nullable(),
  address: z.string().nullable(),
  regionCode: z.string().nullable(),
  timeZone: z.enum(timeZones),
  operatingLicence: z.object({ number: z.string().nullable(), issuedOn: isoDateSchema.nullable() }),
  accreditation: accreditationSchema,
  unitCode: z.string().nullable(),
  documentNumberPattern: z.string(),
  documentLocale: localeSchema,
  hasLogo: z.boolean(),
  /** Where the institution stands on the district map; both or neither. */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  version: z.number().int(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Institution = z.infer<typeof institutionSchema>;

const institutionFields = {
  name: z.string().trim().min(3).max(200),
  kind: z.enum(institutionKinds),
  npsn: npsnSchema
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  address: optionalText(500),
  regionCode: z
    .string()
    .trim()
    .regex(regionCodePattern, { message: 'REGION_CODE_FORMAT' })
    .nullable()
    .optional(),
  timeZone: z.enum(timeZones),
  operatingLicenceNumber: optionalText(120),
  operatingLicenceIssuedOn: isoDateSchema.nullable().optional(),
  accreditationBody: optionalText(120),
  accreditationGrade: optionalText(20),
  accreditationDecreeNumber: optionalText(120),
  accreditationExpiresOn: isoDateSchema.nullable().optional(),
  unitCode: optionalText(40),
  documentNumberPattern: documentNumberPatternSchema.optional(),
  documentLocale: localeSchema.optional(),
};

export const createInstitutionRequestSchema = z.strictObject(institutionFields);
export type CreateInstitutionRequest = z.input<typeof createInstitutionRequestSchema>;

export const updateInstitutionRequestSchema = z
  .strictObject({
    ...z.object(institutionFields).partial().shape,
    latitude: z.number().min(indonesiaBounds.minLat).max(indonesiaBounds.maxLat).nullable().optional(),
    longitude: z.number().min(indonesiaBounds.minLng).max(indonesiaBounds.maxLng).nullable().optional(),
    version: rowVersionSchema,
  })
  // A point is a pair: half of one would put the institution nowhere on the map.
  .refine(
    (input) => input.latitude === undefined || (input.latitude === null) === (input.longitude === null),
    {
      message: 'VALIDATION_FAILED',
      path: ['longitude'],
    },
  )
  .refine((input) => (input.latitude === undefined) === (input.longitude === undefined), {
    message: 'VALIDATION_FAILED',
    path: ['latitude'],
  });
export type UpdateInstitutionRequest = z.input<typeof updateInstitutionRequestSchema>;

export const listInstitutionsQuerySchema = listQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
});
export const institutionPageSchema = pageSchema(institutionSchema);
