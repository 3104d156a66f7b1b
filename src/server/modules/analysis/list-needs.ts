import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listNeedsQuerySchema, Need } from '../../../shared/contracts/needs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { countByNeed, toNeed } from './need-mappers';
import { listCurrentDecisions, listNeedRows } from './needs.repository';

/** Newest first, optionally by status; each with how many partners were decided on. */
export async function listNeeds(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listNeedsQuerySchema>,
): Promise<Page<Need>> {
  const institutionId = principal.institutionId;
  const before = decodeCursor(query.cursor, 1) as [string] | null;
  const rows = await listNeedRows(
    deps.db,
    { institutionId, status: query.status },
    { before: before?.[0] ?? null, limit: query.limit },
  );
  const needIds = rows.slice(0, query.limit).map((row) => row.id);
  const counts = countByNeed(await listCurrentDecisions(deps.db, institutionId, { needIds }));
  return toPage(
    rows,
    query.limit,
    (row) => toNeed(row, counts.get(row.id)),
    (row) => [row.id],
  );
}
