import type { z } from 'zod';
import type { agreementListQuerySchema, AgreementSummary } from '../../../shared/contracts/agreements';
import { expiringWithinDays } from '../../../shared/domain/agreement-status';
import { addDays } from '../../../shared/domain/local-date';
import type { Db } from '../../db/database';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { toAgreementSummary } from './agreement-mappers';
import { listAgreementRows, type AgreementListFilter } from './agreements.repository';
import { institutionToday } from './get-agreement';

type ListQuery = z.output<typeof agreementListQuerySchema>;

/** The shown statuses expiring and expired are active rows read against today's date. */
function statusFilter(status: ListQuery['status'], today: string): Partial<AgreementListFilter> {
  switch (status) {
    case undefined:
      return {};
    case 'active':
      return { storedStatus: 'active', endsOnFrom: addDays(today, expiringWithinDays + 1) };
    case 'expiring':
      return { storedStatus: 'active', endsOnFrom: today, endsOnTo: addDays(today, expiringWithinDays) };
    case 'expired':
      return { storedStatus: 'active', endsOnTo: addDays(today, -1) };
    default:
      return { storedStatus: status };
  }
}

export async function listAgreements(
  db: Db,
  institutionId: string,
  query: ListQuery,
  now: Date,
): Promise<{ items: AgreementSummary[]; nextCursor: string | null; total: null; totalCapped: false }> {
  const today = await institutionToday(db, institutionId, now);
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await listAgreementRows(db, institutionId, {
    ...statusFilter(query.status, today),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.partnershipId ? { partnershipId: query.partnershipId } : {}),
    ...(query.partnerId ? { partnerId: query.partnerId } : {}),
    ...(query.q ? { q: query.q } : {}),
    after,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => toAgreementSummary(row, today),
    (row) => [row.updated_at, row.id],
  );
}
