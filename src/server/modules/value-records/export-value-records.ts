import type { z } from 'zod';
import { listValueRecordsQuerySchema, type ValueRecord } from '../../../shared/contracts/value-records';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';

import { listValueRecords } from './list-value-records';

export const exportValueRecordsQuerySchema = exportQueryOf(listValueRecordsQuerySchema);

/** The value log, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportValueRecords(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportValueRecordsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.valueRecords;
  return exportList<ValueRecord>(deps, {
    format: query.format,
    name: words.files.valueRecords,
    sheetName: words.sheets.valueRecords,
    readPage: (paging) => listValueRecords(deps.db, principal.institutionId, { ...query, ...paging }),
    columns: [
      { header: column.givenOn, kind: 'date', value: (item) => item.givenOn },
      { header: column.partner, value: (item) => item.partnerName },
      { header: column.kind, value: (item) => wordFor(catalog.valueRecordsUi.kinds, item.kind) },
      { header: column.category, value: (item) => wordFor(catalog.valueRecordsUi.categories, item.category) },
      { header: column.title, value: (item) => item.title },
      { header: column.description, value: (item) => item.description },
    ],
  });
}
