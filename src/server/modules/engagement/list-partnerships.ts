import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listPartnershipsQuerySchema, PartnershipSummary } from '../../../shared/contracts/partnerships';
import { stepStages } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { groupNamed, toPartnershipSummary } from './engagement-mappers';
import {
  listPartnershipPartners,
  listPartnershipRows,
  type PartnerRegionColumn,
} from './partnerships.repository';

const regionColumns = ['province_code', 'regency_code', 'district_code', 'village_code'] as const;

/** A region code's level is its number of segments, as in the partner list. */
function partnerRegionOf(code: string): { column: PartnerRegionColumn; code: string } {
  return { column: regionColumns[Math.min(code.split('.').length, 4) - 1]!, code };
}

/** Newest first, filtered by stage, pattern, facilitator, programme or its partners; two queries per page. */
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
      partnerCategory: query.category,
      partnerRegion: query.regionCode ? partnerRegionOf(query.regionCode) : undefined,
      programme: query.programme,
      stageOnceIn: query.reachedStage ? stepStages.slice(stepStages.indexOf(query.reachedStage)) : undefined,
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
