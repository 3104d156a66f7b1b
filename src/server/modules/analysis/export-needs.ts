import type { z } from 'zod';
import { listNeedsQuerySchema, type Need } from '../../../shared/contracts/needs';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listNeeds } from './list-needs';

export const exportNeedsQuerySchema = exportQueryOf(listNeedsQuerySchema);

/** The institution's needs, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportNeeds(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportNeedsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.needs;
  return exportList<Need>(deps, {
    format: query.format,
    name: words.files.needs,
    sheetName: words.sheets.needs,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) => listNeeds(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.title, value: (item) => item.title },
      { header: column.item, value: (item) => wordFor(catalog.partnerVocab.exchange, item.item) },
      { header: column.priority, value: (item) => wordFor(catalog.needPriorities, item.priority) },
      { header: column.quantity, kind: 'number', value: (item) => item.quantity },
      { header: column.periodStart, kind: 'date', value: (item) => item.periodStart },
      { header: column.periodEnd, kind: 'date', value: (item) => item.periodEnd },
      { header: column.programme, value: (item) => item.programme },
      { header: column.status, value: (item) => wordFor(catalog.needStatuses, item.status) },
      { header: column.pursued, kind: 'number', value: (item) => item.decisionCounts.pursue },
      { header: column.createdAt, kind: 'datetime', value: (item) => item.createdAt },
    ],
  });
}
