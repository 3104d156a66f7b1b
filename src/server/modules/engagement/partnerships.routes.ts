import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  createPartnershipRequestSchema,
  listPartnershipsQuerySchema,
  moveStageRequestSchema,
  partnershipPageSchema,
  partnershipSchema,
  stageHistorySchema,
  updatePartnershipRequestSchema,
} from '../../../shared/contracts/partnerships';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportPartnerships, exportPartnershipsQuerySchema } from './export-partnerships';
import { defineRoute } from '../../platform/http/route-definition';
import { createPartnership } from './create-partnership';
import { getPartnership } from './get-partnership';
import { listPartnerships } from './list-partnerships';
import { listStageHistory } from './list-stage-history';
import { movePartnershipStage } from './move-partnership-stage';
import { updatePartnership } from './update-partnership';

const tag = 'Partnerships';
const idParams = z.strictObject({ id: idSchema });

export const partnershipRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnerships',
    summary: 'Partnerships, newest first; filters stage, pattern, facilitatorUserId, partnerId; keyset pages',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    query: listPartnershipsQuerySchema,
    response: partnershipPageSchema,
    handler: ({ deps, principal, query }) => listPartnerships(deps, principal, query),
  }),
  defineExportRoute({
    path: '/partnerships/export',
    summary: 'The partnership list as XLSX or CSV, with the filters of the list',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    query: exportPartnershipsQuerySchema,
    file: ({ deps, principal, query }) => exportPartnerships(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnerships',
    summary: 'Start a partnership with one or more partners for a programme; it starts at `mapping`',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    body: createPartnershipRequestSchema,
    response: partnershipSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createPartnership(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/partnerships/:id',
    summary: 'One partnership with the moves open from its stage and whether each gate holds',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: idParams,
    response: partnershipSchema,
    handler: ({ deps, principal, params }) => getPartnership(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/partnerships/:id',
    summary: 'Change a partnership (not its stage; send the version you read)',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    params: idParams,
    body: updatePartnershipRequestSchema,
    response: partnershipSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updatePartnership(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnerships/:id/transitions',
    summary:
      'Move the partnership to another stage; refused with PARTNERSHIP_GATE_UNMET (details.gate) or PARTNERSHIP_MOVE_NOT_ALLOWED',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.write' },
    params: idParams,
    body: moveStageRequestSchema,
    response: partnershipSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      movePartnershipStage(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/partnerships/:id/history',
    summary: 'Every stage move of the partnership, oldest first, with the facts each was decided on',
    tag,
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: idParams,
    response: stageHistorySchema,
    handler: ({ deps, principal, params }) => listStageHistory(deps.db, principal.institutionId, params.id),
  }),
];
