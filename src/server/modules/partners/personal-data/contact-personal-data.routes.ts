import { z } from 'zod';
import { idSchema } from '../../../../shared/contracts/common';
import {
  contactErasureRequestSchema,
  contactErasureSchema,
  contactPersonalDataQuerySchema,
} from '../../../../shared/contracts/contact-personal-data';
import { defineRoute } from '../../../platform/http/route-definition';
import { contactPersonalDataCsv } from './contact-personal-data-csv';
import { eraseContact } from './erase-contact';
import { exportContactPersonalData } from './export-contact-personal-data';

const tag = 'Partner contacts';
const contactParams = z.strictObject({ id: idSchema, contactId: idSchema });

export const contactPersonalDataRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partners/:id/contacts/:contactId/personal-data',
    summary:
      'Everything held about the contact person, with the processing history (UU PDP access right), as JSON or CSV',
    tag,
    access: { kind: 'authenticated', permission: 'personalData.manage' },
    params: contactParams,
    query: contactPersonalDataQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply }) {
      const data = await exportContactPersonalData(deps, principal, params.id, params.contactId);
      const csv = query.format === 'csv';
      await reply
        .header('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="data-pribadi-${params.contactId}.${csv ? 'csv' : 'json'}"`,
        )
        .header('Cache-Control', 'no-store')
        .send(csv ? contactPersonalDataCsv(data) : JSON.stringify(data, null, 2));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/partners/:id/contacts/:contactId/erasure',
    summary:
      'Erase the contact person (UU PDP erasure right): their data leaves every table, the search index, the audit payloads and import files',
    tag,
    access: { kind: 'authenticated', permission: 'personalData.manage' },
    params: contactParams,
    body: contactErasureRequestSchema,
    response: contactErasureSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      eraseContact(deps, principal, params.id, params.contactId, body.version, requestId),
  }),
];
