import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  beritaAcaraQuerySchema,
  createMonitoringVisitRequestSchema,
  deleteByVersionQuerySchema,
  monitoringVisitSchema,
  updateMonitoringVisitRequestSchema,
} from '../../../shared/contracts/monitoring';
import { defineRoute } from '../../platform/http/route-definition';
import { createMonitoringVisit } from './create-monitoring-visit';
import { deleteMonitoringVisit } from './delete-monitoring-visit';
import { getMonitoringVisit } from './get-monitoring-visit';
import { renderVisitBeritaAcara } from './render-visit-berita-acara';
import { sendVisitFile } from './send-visit-file';
import { updateMonitoringVisit } from './update-monitoring-visit';

const tag = 'Monitoring';
const idParams = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'partnerships.read' } as const;
const write = { kind: 'authenticated', permission: 'partnerships.write' } as const;

export const monitoringVisitRoutes = [
  defineRoute({
    method: 'POST',
    path: '/partnerships/:id/monitoring-visits',
    summary: 'Record a monitoring visit: date, place, who attended on each side, findings, recommendations',
    tag,
    access: write,
    params: idParams,
    body: createMonitoringVisitRequestSchema,
    response: monitoringVisitSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createMonitoringVisit(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/monitoring-visits/:id',
    summary: 'One monitoring visit',
    tag,
    access: read,
    params: idParams,
    response: monitoringVisitSchema,
    handler: ({ deps, principal, params }) => getMonitoringVisit(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/monitoring-visits/:id',
    summary: 'Edit a monitoring visit (send the version you read)',
    tag,
    access: write,
    params: idParams,
    body: updateMonitoringVisitRequestSchema,
    response: monitoringVisitSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateMonitoringVisit(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/monitoring-visits/:id',
    summary: 'Delete a monitoring visit recorded by mistake (`?version=`)',
    tag,
    access: write,
    params: idParams,
    query: deleteByVersionQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteMonitoringVisit(deps, principal, params.id, query.version, requestId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/monitoring-visits/:id/berita-acara',
    summary:
      'The visit’s Berita Acara Monitoring dan Evaluasi (day and date in words, place, parties, attendance, findings, recommendations, signature block) as PDF or DOCX',
    tag,
    access: read,
    params: idParams,
    query: beritaAcaraQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply, requestId }) {
      await sendVisitFile(
        reply,
        await renderVisitBeritaAcara(deps, principal, params.id, query.format, requestId),
      );
    },
  }),
];
