import type { z } from 'zod';
import type { PartnershipSummary } from '../../../shared/contracts/partnerships';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { listPartnershipsQuerySchema } from '../../../shared/contracts/partnerships';
import { findInstitutionTimeZone } from '../institutions/index';
import { listPartnerships } from './list-partnerships';

export const exportPartnershipsQuerySchema = exportQueryOf(listPartnershipsQuerySchema);

/** The partnership list, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportPartnerships(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportPartnershipsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.partnerships;
  return exportList<PartnershipSummary>(deps, {
    format: query.format,
    name: words.files.partnerships,
    sheetName: words.sheets.partnerships,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) => listPartnerships(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.name, value: (item) => item.name },
      { header: column.partners, value: (item) => item.partners.map((partner) => partner.name).join(', ') },
      { header: column.programme, value: (item) => item.programme },
      {
        header: column.pattern,
        value: (item) => (item.pattern ? wordFor(catalog.partnershipPatterns, item.pattern) : null),
      },
      { header: column.stage, value: (item) => wordFor(catalog.partnershipStages, item.stage) },
      { header: column.stageChangedAt, kind: 'datetime', value: (item) => item.stageChangedAt },
      { header: column.cycleYears, value: (item) => item.cycleYears.join(', ') },
      { header: column.createdAt, kind: 'datetime', value: (item) => item.createdAt },
    ],
  });
}
