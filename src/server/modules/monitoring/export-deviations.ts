import type { z } from 'zod';
import { deviationListQuerySchema, type DeviationAcross } from '../../../shared/contracts/monitoring';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listDeviations } from './list-deviations';

export const exportDeviationsQuerySchema = exportQueryOf(deviationListQuerySchema);

/** Deviations across partnerships, filtered as on screen, as XLSX or CSV (one page: the list has no cursor). */
export async function exportDeviations(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportDeviationsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.deviations;
  return exportList<DeviationAcross>(deps, {
    format: query.format,
    name: words.files.deviations,
    sheetName: words.sheets.deviations,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: () => listDeviations(deps, principal.institutionId, query),
    columns: [
      { header: column.partnership, value: (item) => item.partnership.name },
      { header: column.stage, value: (item) => wordFor(catalog.partnershipStages, item.partnership.stage) },
      { header: column.facilitator, value: (item) => item.partnership.facilitatorName },
      { header: column.severity, value: (item) => wordFor(catalog.deviationSeverities, item.severity) },
      { header: column.kind, value: (item) => wordFor(catalog.deviationKinds, item.kind) },
      { header: column.item, value: (item) => item.itemActivity },
      { header: column.activity, value: (item) => item.activityTitle },
      { header: column.daysLate, kind: 'number', value: (item) => item.daysLate },
      { header: column.expected, kind: 'number', value: (item) => item.expected },
      { header: column.actual, kind: 'number', value: (item) => item.actual },
      { header: column.unit, value: (item) => item.unit },
      { header: column.plannedRupiah, kind: 'rupiah', value: (item) => item.plannedRupiah },
      { header: column.spentRupiah, kind: 'rupiah', value: (item) => item.spentRupiah },
    ],
  });
}
