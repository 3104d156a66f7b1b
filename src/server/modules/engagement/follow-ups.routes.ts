import { z } from 'zod';
import { idSchema } from '../../../shared/contracts/common';
import {
  completeFollowUpRequestSchema,
  followUpPageSchema,
  listFollowUpsQuerySchema,
} from '../../../shared/contracts/follow-ups';
import { interactionSchema } from '../../../shared/contracts/interactions';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportFollowUps, exportFollowUpsQuerySchema } from './export-follow-ups';
import { defineRoute } from '../../platform/http/route-definition';
import { completeFollowUp } from './complete-follow-up';
import { listFollowUps } from './list-follow-ups';

const tag = 'Interactions';

export const followUpRoutes = [
  defineRoute({
    method: 'GET',
    path: '/follow-ups',
    summary:
      'Follow-up tasks of logged contacts: scope mine|all, status open|done, dueBefore; overdue on the institution’s day; keyset pages',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.read' },
    query: listFollowUpsQuerySchema,
    response: followUpPageSchema,
    handler: ({ deps, principal, query }) => listFollowUps(deps, principal, query),
  }),
  defineExportRoute({
    path: '/follow-ups/export',
    summary: 'Follow-up tasks as XLSX or CSV, with the filters of the list',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.read' },
    query: exportFollowUpsQuerySchema,
    file: ({ deps, principal, query }) => exportFollowUps(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/interactions/:id/follow-up/completion',
    summary: 'Mark the interaction’s follow-up done (or open again); FOLLOW_UP_MISSING when it has none',
    tag,
    access: { kind: 'authenticated', permission: 'interactions.write' },
    params: z.strictObject({ id: idSchema }),
    body: completeFollowUpRequestSchema,
    response: interactionSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      completeFollowUp(deps, principal, params.id, body.done, requestId),
  }),
];
