import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  createPartnerRequestSchema,
  exportPartnersQuerySchema,
  listPartnersQuerySchema,
  partnerPageSchema,
  partnerSchema,
  updatePartnerRequestSchema,
} from '../../../shared/contracts/partners';
import { partnerMapQuerySchema, partnerMapSchema } from '../../../shared/contracts/partner-map';
import { defineRoute } from '../../platform/http/route-definition';
import { createPartner } from './create-partner';
import { exportPartners } from './export-partners';
import { getPartner } from './get-partner';
import { listPartnerMapPoints } from './list-partner-map-points';
import { listPartners } from './list-partners';
import { updatePartner } from './update-partner';

const tag = 'Partners';
const idParams = z.strictObject({ id: idSchema });

export const partnerRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partners',
    summary:
      'The partner registry (step 1): filters, search over names, contacts, phones and emails, keyset pages',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: listPartnersQuerySchema,
    response: partnerPageSchema,
    handler: ({ deps, principal, query }) => listPartners(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/partners',
    summary: 'Map a partner; 409 PARTNER_POSSIBLE_DUPLICATE lists likely duplicates unless confirmDuplicates',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    body: createPartnerRequestSchema,
    response: partnerSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createPartner(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/export',
    summary: 'The filtered registry as XLSX or CSV (formulas neutralised)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: exportPartnersQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, query, reply }) {
      const file = await exportPartners(deps, principal, query);
      await reply
        .header('Content-Type', file.mediaType)
        .header('Content-Disposition', `attachment; filename="${file.filename}"`)
        .header('Cache-Control', 'no-store')
        .send(file.bytes);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/map',
    summary:
      'Map points (id, name, category, lat, lng, stage) of the located partners the list filters select',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: partnerMapQuerySchema,
    response: partnerMapSchema,
    handler: ({ deps, principal, query }) => listPartnerMapPoints(deps, principal, query),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/:id',
    summary: 'One partner with its contacts',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    params: idParams,
    response: partnerSchema,
    handler: ({ deps, principal, params }) => getPartner(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/partners/:id',
    summary: 'Change a partner (send the version you read)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    params: idParams,
    body: updatePartnerRequestSchema,
    response: partnerSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updatePartner(deps, principal, params.id, body, requestId),
  }),
];
