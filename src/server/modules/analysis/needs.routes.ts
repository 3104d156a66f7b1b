import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  createNeedRequestSchema,
  decideRequestSchema,
  decisionResultSchema,
  listNeedsQuerySchema,
  needPageSchema,
  needSchema,
  partnerRelevanceSchema,
  relevanceQuerySchema,
  relevanceRankingSchema,
  updateNeedRequestSchema,
} from '../../../shared/contracts/needs';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportNeeds, exportNeedsQuerySchema } from './export-needs';
import { defineRoute } from '../../platform/http/route-definition';
import { createNeed } from './create-need';
import { decideOnPartner } from './decide-on-partner';
import { deleteNeed } from './delete-need';
import { getNeed } from './get-need';
import { listNeeds } from './list-needs';
import { rankNeedsForPartner } from './rank-needs-for-partner';
import { rankPartnersForNeed } from './rank-partners-for-need';
import { updateNeed } from './update-need';

const tag = 'Needs and relevance';
const idParams = z.strictObject({ id: idSchema });
// Needs are analysed and acted on by whoever runs partnerships (ADR 0014).
const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;
const write = { kind: 'authenticated', permission: 'partnerships.write' } as const;

export const needRoutes = [
  defineRoute({
    method: 'GET',
    path: '/needs',
    summary: "The institution's needs (step 3), newest first; filter status; keyset pages",
    tag,
    access: read,
    query: listNeedsQuerySchema,
    response: needPageSchema,
    handler: ({ deps, principal, query }) => listNeeds(deps, principal, query),
  }),
  defineExportRoute({
    path: '/needs/export',
    summary: 'The needs of the institution as XLSX or CSV, with the filters of the list',
    tag,
    access: read,
    query: exportNeedsQuerySchema,
    file: ({ deps, principal, query }) => exportNeeds(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/needs',
    summary: 'Record a need: what is needed (an exchange item), how urgent, how many, when',
    tag,
    access: write,
    body: createNeedRequestSchema,
    response: needSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createNeed(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/needs/:id',
    summary: 'One need with how many partners were decided on',
    tag,
    access: read,
    params: idParams,
    response: needSchema,
    handler: ({ deps, principal, params }) => getNeed(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/needs/:id',
    summary: 'Change a need or its status (open, met, dropped); send the version you read',
    tag,
    access: write,
    params: idParams,
    body: updateNeedRequestSchema,
    response: needSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateNeed(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/needs/:id',
    summary: 'Delete a need nobody decided on; otherwise 409 NEED_HAS_DECISIONS (drop it instead)',
    tag,
    access: write,
    params: idParams,
    response: okResponseSchema,
    async handler({ deps, principal, params, requestId }) {
      await deleteNeed(deps, principal, params.id, requestId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/needs/:id/decisions',
    summary:
      'Decide on a partner for the need: pursue (creates or advances its partnership toward exploration), not_now or not_relevant (with a reason)',
    tag,
    access: write,
    params: idParams,
    body: decideRequestSchema,
    response: decisionResultSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      decideOnPartner(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/analysis/relevance',
    summary:
      'Partners offering what the need asks for, scored 0–100 with reasons and current decisions; best 200',
    tag,
    access: read,
    query: relevanceQuerySchema,
    response: relevanceRankingSchema,
    handler: ({ deps, principal, query }) => rankPartnersForNeed(deps, principal, query.needId),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/:id/relevance',
    summary: "The institution's open needs this partner could meet, best fit first",
    tag,
    access: read,
    params: idParams,
    response: partnerRelevanceSchema,
    handler: ({ deps, principal, params }) => rankNeedsForPartner(deps, principal, params.id),
  }),
];
