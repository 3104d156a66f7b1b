import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  createProblemRequestSchema,
  deleteByVersionQuerySchema,
  deviationListQuerySchema,
  deviationListSchema,
  partnershipMonitoringSchema,
  problemSchema,
  updateProblemRequestSchema,
} from '../../../shared/contracts/monitoring';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportDeviations, exportDeviationsQuerySchema } from './export-deviations';
import { defineRoute } from '../../platform/http/route-definition';
import { createProblem } from './create-problem';
import { deleteProblem } from './delete-problem';
import { getPartnershipMonitoring } from './get-partnership-monitoring';
import { listDeviations } from './list-deviations';
import { updateProblem } from './update-problem';

const tag = 'Monitoring';
const idParams = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;
const write = { kind: 'authenticated', permission: 'partnerships.write' } as const;

export const monitoringRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partnerships/:id/monitoring',
    summary:
      "The partnership's monitoring (step 9): deviations from the plan on the institution's day, the problems log, visits, progress",
    tag,
    access: read,
    params: idParams,
    response: partnershipMonitoringSchema,
    handler: ({ deps, principal, params }) =>
      getPartnershipMonitoring(deps, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/monitoring/deviations',
    summary:
      'Deviations across partnerships in implementation, monitoring and evaluation or improvement; most severe and latest first',
    tag,
    access: read,
    query: deviationListQuerySchema,
    response: deviationListSchema,
    handler: ({ deps, principal, query }) => listDeviations(deps, principal.institutionId, query),
  }),
  defineExportRoute({
    path: '/monitoring/deviations/export',
    summary: 'Deviations across partnerships as XLSX or CSV, with the filters of the list',
    tag,
    access: read,
    query: exportDeviationsQuerySchema,
    file: ({ deps, principal, query }) => exportDeviations(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/partnerships/:id/problems',
    summary:
      'Log a problem (cause, solution, owner, due date); SOLUTION_REQUIRED when logged as solved without one, PROBLEM_ACTIVITY_NOT_IN_PARTNERSHIP',
    tag,
    access: write,
    params: idParams,
    body: createProblemRequestSchema,
    response: problemSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createProblem(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/problems/:id',
    summary:
      'Edit a problem or move its status (send the version you read); solving needs a solution (SOLUTION_REQUIRED) and stamps solvedAt',
    tag,
    access: write,
    params: idParams,
    body: updateProblemRequestSchema,
    response: problemSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateProblem(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/problems/:id',
    summary: 'Delete a problem logged by mistake (`?version=`)',
    tag,
    access: write,
    params: idParams,
    query: deleteByVersionQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteProblem(deps, principal, params.id, query.version, requestId);
      return { ok: true as const };
    },
  }),
];
