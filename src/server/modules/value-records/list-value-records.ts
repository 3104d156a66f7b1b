import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listValueRecordsQuerySchema, ValueRecord } from '../../../shared/contracts/value-records';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { toValueRecord } from './value-record-mappers';
import { listValueRecordRows, partnerExists } from './value-records.repository';

/** The institution's log (reports read it), latest given first; filters kind, partner, period. */
export async function listValueRecords(
  db: Db,
  institutionId: string,
  query: z.output<typeof listValueRecordsQuerySchema>,
): Promise<Page<ValueRecord>> {
  const rows = await listValueRecordRows(
    db,
    { institutionId, partnerId: query.partnerId, kind: query.kind, from: query.from, to: query.to },
    { before: decodeCursor(query.cursor, 2) as [string, string] | null, limit: query.limit },
  );
  return toPage(rows, query.limit, toValueRecord, (row) => [row.given_on, row.id]);
}

/** A partner's whole log, for its page; a foreign partner is "not found". */
export async function listPartnerValueRecords(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<{ items: ValueRecord[] }> {
  if (!(await partnerExists(db, institutionId, partnerId))) throw new AppError('PARTNER_NOT_FOUND');
  const rows = await listValueRecordRows(db, { institutionId, partnerId }, { before: null, limit: 500 });
  return { items: rows.map(toValueRecord) };
}
