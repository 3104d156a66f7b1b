import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listPartnersQuerySchema, PartnerListItem } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { listPartnerIdsInHealthBand } from '../care/index';
import { toPartnerSummary } from './partner-mappers';
import { loadPartnerPageDetails, toPartnerFilter } from './partner-page-details';
import { loadPartnerStages } from './partner-stages';
import {
  countPartnerRows,
  listPartnerSummaryRows,
  listSearchMatchIds,
  type PartnerSummaryRow,
} from './partners.repository';

export const partnerCountCap = 10_000;
/**
 * A search's total stops at 1,000 ("1.000+ mitra"), and its pages are cut from its first 1,000
 * matches (ADR 0038): nobody reads further than that into a search, and an export takes them all.
 */
export const partnerSearchCountCap = 1_000;

/** One page of the registry with its labels and first contacts: at most six queries whatever the page size. */
export async function listPartners(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listPartnersQuerySchema>,
): Promise<Page<PartnerListItem>> {
  const institutionId = principal.institutionId;
  const filter = toPartnerFilter(query, institutionId);
  if (query.health) filter.partnerIds = await listPartnerIdsInHealthBand(deps, institutionId, query.health);
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const page = { after, limit: query.limit };
  const cap = filter.q ? partnerSearchCountCap : partnerCountCap;
  let rows: PartnerSummaryRow[];
  let total: number | null;
  if (filter.q) {
    // One more than the cap tells "1.000+"; the pages come from the first 1,000 (ADR 0038).
    const among = await listSearchMatchIds(deps.db, deps.dialect, { ...filter, q: filter.q }, cap + 1);
    rows =
      among.length === 0
        ? []
        : await listPartnerSummaryRows(deps.db, deps.dialect, filter, {
            ...page,
            among: among.slice(0, cap),
          });
    total = query.cursor ? null : among.length;
  } else if (query.cursor) {
    rows = await listPartnerSummaryRows(deps.db, deps.dialect, filter, page);
    total = null;
  } else {
    [rows, total] = await Promise.all([
      listPartnerSummaryRows(deps.db, deps.dialect, filter, page),
      countPartnerRows(deps.db, deps.dialect, filter, cap),
    ]);
  }
  const pageRows = rows.slice(0, query.limit);
  const pageIds = pageRows.map((row) => row.id);
  const [{ labels, firstContact }, stages] = await Promise.all([
    loadPartnerPageDetails(deps.db, institutionId, pageIds),
    loadPartnerStages(deps.db, institutionId, pageIds),
  ]);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((row) => ({
      ...toPartnerSummary(row, labels.get(row.id)!, firstContact.get(row.id)),
      stage: stages.get(row.id) ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name_key, last.id]) : null,
    total: total === null ? null : Math.min(total, cap),
    totalCapped: total !== null && total > cap,
  };
}
