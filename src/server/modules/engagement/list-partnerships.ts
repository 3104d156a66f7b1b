import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listPartnershipsQuerySchema, PartnershipSummary } from '../../../shared/contracts/partnerships';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { groupNamed, toPartnershipSummary } from './engagement-mappers';
import { listPartnershipPartners, listPartnershipRows } from './partnerships.repository';

/** Newest first, filtered by stage, pattern, facilitator or partner; two queries per page. */
export async function listPartnerships(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listPartnershipsQuerySchema>,
): Promise<Page<PartnershipSummary>> {
  const institutionId = principal.institutionId;
  const before = decodeCursor(query.cursor, 1) as [string] | null;
  const rows = await listPartnershipRows(
    deps.db,
    {
      institutionId,
      stage: query.stage,
      pattern: query.pattern,
      facilitatorUserId: query.facilitatorUserId,
      partnerId: query.partnerId,
    },
    { before: before?.[0] ?? null, limit: query.limit },
  );
  const pageRows = rows.slice(0, query.limit);
  const partners = groupNamed(
    await listPartnershipPartners(
      deps.db,
      institutionId,
      pageRows.map((row) => row.id),
    ),
    'partnership_id',
  );
  return toPage(
    rows,
    query.limit,
    (row) => toPartnershipSummary(row, partners.get(row.id) ?? []),
    (row) => [row.id],
  );
}
