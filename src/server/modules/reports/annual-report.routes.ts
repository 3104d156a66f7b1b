import { jobAcceptedSchema } from '../../../shared/contracts/jobs';
import { annualReportRequestSchema } from '../../../shared/contracts/reports';
import { defineRoute } from '../../platform/http/route-definition';
import { startAnnualReport } from './annual-report/start-annual-report';

export const annualReportRoutes = [
  defineRoute({
    method: 'POST',
    path: '/reports/annual-report',
    summary:
      'The annual partnership report (laporan kemitraan tahunan) of a year as PDF, DOCX or XLSX: 202 with a job; poll /jobs/{id}, then download its result',
    tag: 'Reports',
    access: { kind: 'authenticated', permission: 'partners.read' },
    body: annualReportRequestSchema,
    response: jobAcceptedSchema,
    successStatus: 202,
    handler: ({ deps, principal, body, requestId }) => startAnnualReport(deps, principal, body, requestId),
  }),
];
