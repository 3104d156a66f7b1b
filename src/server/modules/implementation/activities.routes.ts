import { okResponseSchema } from '../../../shared/contracts/common';
import {
  activityListSchema,
  activityParamsSchema,
  activitySchema,
  createActivityRequestSchema,
  deleteActivityQuerySchema,
  institutionActivityPageSchema,
  listInstitutionActivitiesQuerySchema,
  partnershipActivitiesParamsSchema,
  updateActivityRequestSchema,
} from '../../../shared/contracts/activities';
import { defineExportRoute } from '../../platform/http/list-export';
import {
  exportInstitutionActivities,
  exportInstitutionActivitiesQuerySchema,
} from './export-institution-activities';
import { defineRoute } from '../../platform/http/route-definition';
import { createActivity } from './create-activity';
import { deleteActivity } from './delete-activity';
import { getActivity, listActivities } from './list-activities';
import { listInstitutionActivities } from './list-institution-activities';
import { updateActivity } from './update-activity';

const tag = 'Implementation';
const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;
const write = { kind: 'authenticated', permission: 'activities.write' } as const;

export const activityRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnerships/:partnershipId/activities',
    summary:
      "The partnership's activities (step 8), each with its plan item or flagged unplanned, and its evidence; with the current plan's items to record against",
    tag,
    access: read,
    params: partnershipActivitiesParamsSchema,
    response: activityListSchema,
    handler: ({ deps, principal, params }) =>
      listActivities(deps.db, principal.institutionId, params.partnershipId),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnerships/:partnershipId/activities',
    summary:
      'Record an activity against a plan item (`workPlanItemId`) or unplanned (null); ACTIVITY_ITEM_NOT_IN_PARTNERSHIP, ACTIVITY_PERIOD_INVALID, ACTIVITY_DATES_REQUIRED, ACTIVITY_QUANTITY_INVALID, ACTIVITY_SPENDING_INVALID',
    tag,
    access: write,
    params: partnershipActivitiesParamsSchema,
    body: createActivityRequestSchema,
    response: activitySchema,
    successStatus: 201,
    idempotent: true,
    handler: ({ deps, principal, params, body, requestId }) =>
      createActivity(deps, principal, params.partnershipId, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/activities',
    summary:
      "The institution's activities across partnerships, newest reference date first, with `total` and the sum of `actualQuantity`; `timeliness` and the period (`from`/`to` months holding the activity's end when done, else its planned end) follow docs/domain/dashboard.md",
    tag,
    access: read,
    query: listInstitutionActivitiesQuerySchema,
    response: institutionActivityPageSchema,
    handler: ({ deps, principal, query }) => listInstitutionActivities(deps, principal, query),
  }),
  defineExportRoute({
    path: '/activities/export',
    summary: 'The activities of the institution as XLSX or CSV, with the filters of the list',
    tag,
    access: read,
    query: exportInstitutionActivitiesQuerySchema,
    file: ({ deps, principal, query }) => exportInstitutionActivities(deps, principal, query),
  }),
  defineRoute({
    method: 'GET',
    path: '/activities/:activityId',
    summary: 'One activity with its plan item and evidence',
    tag,
    access: read,
    params: activityParamsSchema,
    response: activitySchema,
    handler: ({ deps, principal, params }) =>
      getActivity(deps.db, principal.institutionId, params.activityId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/activities/:activityId',
    summary:
      'Change the fields sent (send the version you read; 409 when stale); the rules are checked on the result',
    tag,
    access: write,
    params: activityParamsSchema,
    body: updateActivityRequestSchema,
    response: activitySchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateActivity(deps, principal, params.activityId, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/activities/:activityId',
    summary: 'Delete an activity with its evidence (`?version=`)',
    tag,
    access: write,
    params: activityParamsSchema,
    query: deleteActivityQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteActivity(deps, principal, params.activityId, query.version, requestId);
      return { ok: true as const };
    },
  }),
];
