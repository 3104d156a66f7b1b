import { z } from 'zod';
import { jobAcceptedSchema } from '../../../../shared/contracts/jobs';
import {
  partnerImportFieldsSchema,
  partnerImportPreviewSchema,
} from '../../../../shared/contracts/partner-import';
import { partnerImportMaxBytes } from '../../../../shared/domain/partner-import-fields';
import { AppError } from '../../../platform/http/app-error';
import { defineRoute } from '../../../platform/http/route-definition';
import { buildImportTemplate } from './build-import-template';
import { inspectImportFile } from './inspect-import-file';
import { startPartnerImport } from './start-partner-import';

const tag = 'Partner import';
const upload = { kind: 'multipart', maxFileBytes: partnerImportMaxBytes } as const;
const previewFields = z.strictObject({ mapping: partnerImportFieldsSchema.shape.mapping });

export const partnerImportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/partners/import/template',
    summary: 'The XLSX template: Indonesian headers with notes, an example row, an instructions sheet',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    response: z.unknown(),
    rawResponse: true,
    async handler({ reply }) {
      await reply
        .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('Content-Disposition', 'attachment; filename="templat-impor-mitra.xlsx"')
        .send(await buildImportTemplate());
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/partners/import/preview',
    summary:
      'Multipart `file` (XLSX or CSV, optional `mapping`): the columns with their guessed fields and samples; nothing is stored',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    bodyKind: upload,
    body: previewFields,
    response: partnerImportPreviewSchema,
    handler({ body, files }) {
      const file = files.file;
      if (!file) throw new AppError('IMPORT_FILE_MISSING');
      return inspectImportFile(file.bytes, body.mapping);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/partners/import',
    summary:
      'Multipart `file` (XLSX or CSV), optional `mapping` (JSON: header → field) and `mode`: 202 with a job; poll /jobs/{id} for progress and the per-row report',
    tag,
    access: { kind: 'authenticated', permission: 'partners.write' },
    bodyKind: upload,
    body: partnerImportFieldsSchema,
    response: jobAcceptedSchema,
    successStatus: 202,
    handler: ({ deps, principal, body, files, requestId }) =>
      startPartnerImport(deps, principal, files.file, body, requestId),
  }),
];
