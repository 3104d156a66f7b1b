import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  duplicateCandidateListSchema,
  mergePartnerRequestSchema,
  mergePartnerResponseSchema,
} from '../../../shared/contracts/partner-merges';
import { defineRoute } from '../../platform/http/route-definition';
import { listPartnerDuplicates } from './list-partner-duplicates';
import { mergePartners } from './merge-partners';

const tag = 'Partners';
const idParams = z.strictObject({ id: idSchema });

export const partnerMergeRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partners/:id/duplicate-candidates',
    summary:
      'Likely duplicates of this partner (same NIB or NPWP, phone or email, similar name in the regency)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    params: idParams,
    response: duplicateCandidateListSchema,
    handler: async ({ deps, principal, params }) => ({
      items: await listPartnerDuplicates(deps.db, principal.institutionId, params.id),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: '/partners/:id/merge',
    summary:
      'Merge duplicateId into this partner: empty fields filled, labels united, contacts moved, the duplicate removed (its id then answers 404 PARTNER_MERGED)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.merge' },
    params: idParams,
    body: mergePartnerRequestSchema,
    response: mergePartnerResponseSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      mergePartners(deps, principal, params.id, body, requestId),
  }),
];
