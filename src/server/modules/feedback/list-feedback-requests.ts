import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { FeedbackRequest, listFeedbackRequestsQuerySchema } from '../../../shared/contracts/feedback';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { listFeedbackRequestRows } from './feedback.repository';
import { toFeedbackRequest } from './feedback-mappers';

/** The institution's requests, latest first; `expired` means sent with its link past its date. */
export async function listFeedbackRequests(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listFeedbackRequestsQuerySchema>,
): Promise<Page<FeedbackRequest>> {
  const now = deps.clock.now();
  const rows = await listFeedbackRequestRows(
    deps.db,
    {
      institutionId: principal.institutionId,
      partnerId: query.partnerId,
      status: query.status,
      now: now.toISOString(),
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
