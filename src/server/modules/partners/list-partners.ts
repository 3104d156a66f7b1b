import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listPartnersQuerySchema, PartnerSummary } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, encodeCursor } from '../../platform/http/cursor';
import { listContactRows, type ContactRow } from './partner-contacts.repository';
import { listPartnerLabels } from './partner-labels.repository';
import { toPartnerSummary } from './partner-mappers';
import { countPartnerRows, listPartnerRows, type PartnerFilter } from './partners.repository';
import { toSearchFragment } from './refresh-partner-search';

export const partnerCountCap = 10_000;

/** One page of the registry with its labels and first contacts: four queries whatever the page size. */
export async function listPartners(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listPartnersQuerySchema>,
): Promise<Page<PartnerSummary>> {
  const institutionId = principal.institutionId;
  const filter: PartnerFilter = {
    ...query,
    institutionId,
    q: query.q ? toSearchFragment(query.q) : undefined,
  };
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const [rows, total] = await Promise.all([
    listPartnerRows(deps.db, deps.dialect, filter, { after, limit: query.limit }),
    query.cursor ? Promise.resolve(null) : countPartnerRows(deps.db, deps.dialect, filter, partnerCountCap),
  ]);
  const pageRows = rows.slice(0, query.limit);
  const ids = pageRows.map((row) => row.id);
  const [labels, contacts] = await Promise.all([
    listPartnerLabels(deps.db, institutionId, ids),
    listContactRows(deps.db, institutionId, ids),
  ]);
  const firstContact = new Map<string, ContactRow>();
  for (const contact of contacts)
    if (!firstContact.has(contact.partner_id)) firstContact.set(contact.partner_id, contact);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map((row) => toPartnerSummary(row, labels.get(row.id)!, firstContact.get(row.id))),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.name_key, last.id]) : null,
    total: total === null ? null : Math.min(total, partnerCountCap),
    totalCapped: total !== null && total > partnerCountCap,
  };
}
