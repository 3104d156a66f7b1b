import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  createInteractionRequestSchema,
  interactionPageSchema,
  interactionSchema,
  listInteractionsQuerySchema,
  updateInteractionRequestSchema,
} from '../../../shared/contracts/interactions';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportInteractions, exportInteractionsQuerySchema } from './export-interactions';
import { defineRoute } from '../../platform/http/route-definition';
import { createInteraction } from './create-interaction';
import { getInteraction } from './get-interaction';
import { listInteractions } from './list-interactions';
import { updateInteraction } from './update-interaction';

const tag = 'Interactions';
const idParams = z.strictObject({ id: idSchema });

export const interactionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/interactions',
    summary: 'The contact log, latest first; filters partnerId, partnershipId; keyset pages',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.read' },
    query: listInteractionsQuerySchema,
    response: interactionPageSchema,
    handler: ({ deps, principal, query }) => listInteractions(deps, principal, query),
  }),
  defineExportRoute({
    path: '/interactions/export',
    summary: 'The contact log as XLSX or CSV, with the filters of the list',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.read' },
    query: exportInteractionsQuerySchema,
    file: ({ deps, principal, query }) => exportInteractions(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/interactions',
    summary: 'Log a contact with partners (step 2): kind, approach, findings, follow-up; at most a day ahead',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.write' },
    body: createInteractionRequestSchema,
    response: interactionSchema,
    successStatus: 201,
    idempotent: true,
    handler: ({ deps, principal, body, requestId }) => createInteraction(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/interactions/:id',
    summary: 'One logged contact',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.read' },
    params: idParams,
    response: interactionSchema,
    handler: ({ deps, principal, params }) => getInteraction(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/interactions/:id',
    summary: 'Change a logged contact (send the version you read)',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.write' },
    params: idParams,
    body: updateInteractionRequestSchema,
    response: interactionSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateInteraction(deps, principal, params.id, body, requestId),
  }),
];
