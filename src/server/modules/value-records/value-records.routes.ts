import { z } from 'zod';
import { idSchema, okResponseSchema } from '../../../shared/contracts/common';
import {
  createValueRecordSchema,
  deleteValueRecordQuerySchema,
  listValueRecordsQuerySchema,
  updateValueRecordSchema,
  valueRecordListSchema,
  valueRecordPageSchema,
  valueRecordSchema,
} from '../../../shared/contracts/value-records';
import { defineExportRoute } from '../../platform/http/list-export';
import { exportValueRecords, exportValueRecordsQuerySchema } from './export-value-records';
import { defineRoute } from '../../platform/http/route-definition';
import { createValueRecord } from './create-value-record';
import { deleteValueRecord } from './delete-value-record';
import { listPartnerValueRecords, listValueRecords } from './list-value-records';
import { updateValueRecord } from './update-value-record';

const tag = 'Value log';
const partnerParams = z.strictObject({ id: idSchema });
const recordParams = z.strictObject({ id: idSchema, recordId: idSchema });
const read = { kind: 'authenticated', permission: 'partners.read' } as const;
const write = { kind: 'authenticated', permission: 'care.write' } as const;

export const valueRecordRoutes = [
  defineRoute({
    method: 'GET',
    path: '/value-records',
    summary:
      "The institution's value log (unique value offered, given beyond the agreement), latest first; filters kind, partnerId, from, to; keyset pages",
    tag,
    access: read,
    query: listValueRecordsQuerySchema,
    response: valueRecordPageSchema,
    handler: ({ deps, principal, query }) => listValueRecords(deps.db, principal.institutionId, query),
  }),
  defineExportRoute({
    path: '/value-records/export',
    summary: 'The value log as XLSX or CSV, with the filters of the list',
    tag,
    access: read,
    query: exportValueRecordsQuerySchema,
    file: ({ deps, principal, query }) => exportValueRecords(deps, principal, query),
  }),
  defineRoute({
    method: 'GET',
    path: '/partners/:id/value-records',
    summary: "The partner's value log, latest given first",
    tag,
    access: read,
    params: partnerParams,
    response: valueRecordListSchema,
    handler: ({ deps, principal, params }) =>
      listPartnerValueRecords(deps.db, principal.institutionId, params.id),
  }),
  defineRoute({
    method: 'POST',
    path: '/partners/:id/value-records',
    summary: 'Log value offered or given beyond the agreement; VALUE_RECORD_IN_FUTURE',
    tag,
    access: write,
    params: partnerParams,
    body: createValueRecordSchema,
    response: valueRecordSchema,
    successStatus: 201,
    handler: ({ deps, principal, params, body, requestId }) =>
      createValueRecord(deps, principal, params.id, body, requestId),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/partners/:id/value-records/:recordId',
    summary: 'Change a value record (send the version you read); VALUE_RECORD_IN_FUTURE',
    tag,
    access: write,
    params: recordParams,
    body: updateValueRecordSchema,
    response: valueRecordSchema,
    handler: ({ deps, principal, params, body, requestId }) =>
      updateValueRecord(deps, principal, params.id, params.recordId, body, requestId),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/partners/:id/value-records/:recordId',
    summary: 'Remove a value record (send the version you read as ?version=)',
    tag,
    access: write,
    params: recordParams,
    query: deleteValueRecordQuerySchema,
    response: okResponseSchema,
    async handler({ deps, principal, params, query, requestId }) {
      await deleteValueRecord(deps, principal, params.id, params.recordId, query.version, requestId);
      return { ok: true as const };
    },
  }),
];
