import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { okResponseSchema } from '../../../shared/contracts/common';
import {
  valueRecordListSchema,
  valueRecordSchema,
  type CreateValueRecordRequest,
  type updateValueRecordSchema,
} from '../../../shared/contracts/value-records';
import { api } from '../../lib/api-client';

const recordsOf = (partnerId: string) => `/partners/${encodeURIComponent(partnerId)}/value-records`;

export const valueRecordsQueryKey = (partnerId: string) => ['value-records', partnerId] as const;

export function partnerValueRecordsQueryOptions(partnerId: string) {
  return queryOptions({
    queryKey: valueRecordsQueryKey(partnerId),
    queryFn: ({ signal }) => api.get(recordsOf(partnerId), valueRecordListSchema, undefined, signal),
  });
}

export function createValueRecord(partnerId: string, body: CreateValueRecordRequest) {
  return api.post(recordsOf(partnerId), valueRecordSchema, body);
}

export function updateValueRecord(
  partnerId: string,
  id: string,
  body: z.input<typeof updateValueRecordSchema>,
) {
  return api.patch(`${recordsOf(partnerId)}/${encodeURIComponent(id)}`, valueRecordSchema, body);
}

export function deleteValueRecord(partnerId: string, id: string, version: number) {
  return api.delete(`${recordsOf(partnerId)}/${encodeURIComponent(id)}?version=${version}`, okResponseSchema);
}
