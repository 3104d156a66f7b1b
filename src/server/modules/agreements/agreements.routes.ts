import { z } from 'zod';
import {
  agreementDocumentQuerySchema,
  agreementListQuerySchema,
  agreementPageSchema,
  agreementSchema,
  agreementSummarySchema,
  agreementVersionsResponseSchema,
  compareVersionsQuerySchema,
  createAgreementRequestSchema,
  updateAgreementRequestSchema,
  versionComparisonSchema,
} from '../../../shared/contracts/agreements';
import { idSchema, okResponseSchema, rowVersionQuerySchema } from '../../../shared/contracts/common';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportAgreements, exportAgreementsQuerySchema } from './export-agreements';
import { defineRoute } from '../../platform/http/route-definition';
import { compareAgreementVersions, listAgreementVersions } from './agreement-versions';
import { createAgreement } from './create-agreement';
import { deleteAgreement } from './delete-agreement';
import { getAgreement } from './get-agreement';
import { listAgreements } from './list-agreements';
import { listPartnershipAgreements } from './list-partnership-agreements';
import { renderAgreementFile } from './render-agreement-file';
import { sendRenderedFile } from './send-rendered-file';
import { updateAgreement } from './update-agreement';

const tag = 'Agreements';
const params = z.strictObject({ id: idSchema });
const read = { kind: 'authenticated', permission: 'agreements.read' } as const;
const write = { kind: 'authenticated', permission: 'agreements.write' } as const;

export const agreementRoutes = [
  defineRoute({
    method: 'GET',
    path: '/agreements',
    summary: "The institution's agreements, most recently changed first (keyset cursor)",
    tag,
    access: read,
    query: agreementListQuerySchema,
    response: agreementPageSchema,
    handler: ({ deps, principal, query }) =>
      listAgreements(deps.db, principal.institutionId, query, deps.clock.now()),
  }),
  defineExportRoute({
    path: '/agreements/export',
    summary: 'The agreement list as XLSX or CSV, with the filters of the list',
    tag,
    access: read,
    query: exportAgreementsQuerySchema,
    file: ({ deps, principal, query }) => exportAgreements(deps, principal, query),
  }),
  defineRoute({
    method: 'POST',
    path: '/agreements',
    summary:
      'Draft an MoU or PKS with one partner of the partnership (version 1); AGREEMENT_PERIOD_INVALID, AGREEMENT_PARTNER_NOT_IN_PARTNERSHIP, AGREEMENT_TERMS_PATTERN_MISMATCH, PROFIT_SHARES_NOT_100 …',
    tag,
    access: write,
    body: createAgreementRequestSchema,
    response: agreementSchema,
    successStatus: 201,
    handler: ({ deps, principal, body, requestId }) => createAgreement(deps, principal, body, requestId),
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id',
    summary: 'One agreement with its review state, signatures and signed copy',
    tag,
    access: read,
    params,
    response: agreementSchema,
    handler: ({ deps, principal, params }) =>
      getAgreement(deps.db, principal.institutionId, params.id, deps.clock.now()),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/agreements/:id',
    summary:
      'Edit a draft (send the version you read); each edit is a new version. AGREEMENT_NOT_EDITABLE once sent for signatures, AGREEMENT_SIGNED once signed',
    tag,
    access: write,
    params,
    body: updateAgreementRequestSchema,
    response: agreementSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateAgreement(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/agreements/:id',
    summary: 'Remove a draft (`?version=` you read); later states keep their history',
    tag,
    access: write,
    params,
    query: z.strictObject({ version: rowVersionQuerySchema }),
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteAgreement(deps, principal, params.id, query.version, requestId);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id/versions',
    summary: "The agreement's versions, newest first",
    tag,
    access: read,
    params,
    response: agreementVersionsResponseSchema,
    handler: ({ deps, principal, params }) =>
      listAgreementVersions(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id/versions/compare',
    summary: 'Two versions compared word by word per article, and the fields that differ',
    tag,
    access: read,
    params,
    query: compareVersionsQuerySchema,
    response: versionComparisonSchema,
    handler: ({ deps, principal, params, query }) =>
      compareAgreementVersions(deps.db, principal.institutionId, params.id, query.from, query.to),
  }),
  defineRoute({
    method: 'GET',
    path: '/agreements/:id/document',
    summary:
      'The agreement as PDF or DOCX (`?version=` for an earlier one); drafts carry DRAF, a signed agreement’s PDF is the stored signed copy',
    tag,
    access: read,
    params,
    query: agreementDocumentQuerySchema,
    response: z.unknown(),
    rawResponse: true,
    async handler({ deps, principal, params, query, reply }) {
      const file = await renderAgreementFile(
        deps,
        principal.institutionId,
        params.id,
        query.format,
        query.version,
      );
      await sendRenderedFile(reply, file);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/partnerships/:id/agreements',
    summary: "The partnership's agreements, oldest first; extensions and addenda name their parent",
    tag,
    access: read,
    params,
    response: z.object({ items: z.array(agreementSummarySchema) }),
    handler: ({ deps, principal, params }) =>
      listPartnershipAgreements(deps.db, principal.institutionId, params.id, deps.clock.now()),
  }),
];
