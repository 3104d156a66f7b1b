import { z } from 'zod';
import { mergeFillFields } from '../domain/partner-merge-plan';
import { idSchema, rowVersionSchema } from './common';
import { duplicateCandidateSchema, partnerSchema } from './partners';

/** Merge `duplicateId` into the partner in the path; both versions as read, so a stale one is 409. */
export const mergePartnerRequestSchema = z.strictObject({
  duplicateId: idSchema,
  version: rowVersionSchema,
  duplicateVersion: rowVersionSchema,
});
export type MergePartnerRequest = z.input<typeof mergePartnerRequestSchema>;

export const mergePartnerResponseSchema = z.object({
  partner: partnerSchema,
  movedContacts: z.number().int(),
  filledFields: z.array(z.enum(mergeFillFields)),
});
export type MergePartnerResponse = z.infer<typeof mergePartnerResponseSchema>;

/** The details of a 404 PARTNER_MERGED: where the partner lives on. */
export const partnerMergedDetailsSchema = z.object({ mergedIntoId: idSchema });

export const duplicateCandidateListSchema = z.object({ items: z.array(duplicateCandidateSchema) });
