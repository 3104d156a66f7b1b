import { z } from 'zod';
import {
  agendaQuerySchema,
  agendaSchema,
  neglectedListSchema,
  partnerCareSchema,
  updateCadenceRequestSchema,
} from '../../../shared/contracts/care';
import { idSchema } from '../../../shared/contracts/common';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportAgenda, exportAgendaQuerySchema } from './export-agenda';
import { exportNeglectedPartners, exportNeglectedPartnersQuerySchema } from './export-neglected-partners';
import { defineRoute } from '../../platform/http/route-definition';
import { getAgenda } from './get-agenda';
import { getPartnerCare } from './get-partner-care';
import { listNeglectedPartners } from './list-neglected-partners';
import { updatePartnerCadence } from './update-partner-cadence';

const tag = 'Care';

export const careRoutes = [
  defineRoute({
    method: 'GET',
    path: '/care/agenda',
    summary:
      'Who to contact today and why (cadence due, follow-ups, expiring agreements, occasions, feedback); scope mine|all (a facilitator defaults to mine)',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: agendaQuerySchema,
    response: agendaSchema,
    handler: ({ deps, principal, query }) => getAgenda(deps, principal, query),
  }),
  defineExportRoute({
    path: '/care/agenda/export',
    summary: 'The care agenda as XLSX or CSV, scope as the list',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: exportAgendaQuerySchema,
    file: ({ deps, principal, query }) => exportAgenda(deps, principal, query),
  }),
  defineRoute({
    method: 'GET',
    path: '/care/neglected',
    summary:
      'Partners not contacted for more than twice their cadence, never contacted a cadence after mapping, or in critical health; with why',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    response: neglectedListSchema,
    handler: ({ deps, principal }) => listNeglectedPartners(deps, principal),
  }),
  defineExportRoute({
    path: '/care/neglected/export',
    summary: 'Neglected partners with why as XLSX or CSV',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    query: exportNeglectedPartnersQuerySchema,
    file: ({ deps, principal, query }) => exportNeglectedPartners(deps, principal, query),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/:id/care',
    summary:
      'The partner’s health score with its components, cadence (default and override), last and next contact, contacts’ preferences and sensitive topics',
    tag,
    access: { kind: 'authenticated', permission: 'partners.read' },
    params: z.strictObject({ id: idSchema }),
    response: partnerCareSchema,
    handler: ({ deps, principal, params }) => getPartnerCare(deps, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'PUT',
    path: '/partners/:id/cadence',
    summary:
      'Set the partner’s contact cadence in days (1–365); null restores the default for its category and stage',
    tag,
    access: { kind: 'authenticated', permission: 'care.write' },
    params: z.strictObject({ id: idSchema }),
    body: updateCadenceRequestSchema,
    response: partnerCareSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updatePartnerCadence(deps, principal, params.id, body.days, requestId),
  }),
];
