import { z } from 'zod';
import { monevReportParamsSchema, monevReportQuerySchema } from '../../../shared/contracts/monev-report';
import { contentDisposition } from '../../platform/files/display-file-name';
import { defineRoute } from '../../platform/http/route-definition';
import { renderMonevReport } from './render-monev-report';

export const monevReportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/evaluations/:evaluationId/report',
    summary:
      'The laporan monev of an evaluation as PDF or DOCX: introduction, method, plan against actual with a chart, conclusions, annexes',
    tag: 'Evaluations',
    access: { kind: 'authenticated', permission: 'partnerships.read' },
    params: monevReportParamsSchema,
    query: monevReportQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply }) {
      const file = await renderMonevReport(deps, principal.institutionId, params.evaluationId, query.format);
      await reply
        .header('Content-Type', file.mediaType)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', contentDisposition('attachment', file.filename))
        .header('Cache-Control', 'private, no-store')
        .send(file.bytes);
    },
  }),
];
