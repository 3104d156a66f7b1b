import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { FeedbackRequest, listFeedbackRequestsQuerySchema } from '../../../shared/contracts/feedback';
import { startOfLocalDayUtc } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { findInstitutionTimeZone } from '../institutions/index';
import { listFeedbackRequestRows } from './feedback.repository';
import { toFeedbackRequest } from './feedback-mappers';

function firstDayAfterMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}-01`;
}

/**
 * The institution's requests, latest first; `expired` means sent with its link past its date.
 * `satisfaction`, `from` and `to` keep answered requests only, the months read in the institution's zone.
 */
export async function listFeedbackRequests(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listFeedbackRequestsQuerySchema>,
): Promise<Page<FeedbackRequest>> {
  const now = deps.clock.now();
  const zone =
    query.from || query.to ? await findInstitutionTimeZone(deps.db, principal.institutionId) : 'WIB';
  const rows = await listFeedbackRequestRows(
    deps.db,
    {
      institutionId: principal.institutionId,
      partnerId: query.partnerId,
      status: query.status,
      now: now.toISOString(),
      satisfaction: query.satisfaction,
      answeredFrom: query.from ? startOfLocalDayUtc(`${query.from}-01`, zone) : undefined,
      answeredBefore: query.to ? startOfLocalDayUtc(firstDayAfterMonth(query.to), zone) : undefined,
    },
    { before: decodeCursor(query.cursor, 2) as [string, string] | null, limit: query.limit },
  );
  return toPage(
    rows,
    query.limit,
    (row) => toFeedbackRequest(row, now),
    (row) => [row.requested_at, row.id],
  );
}
