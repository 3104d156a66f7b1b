import type { z } from 'zod';
import {
  listInstitutionActivitiesQuerySchema,
  type InstitutionActivity,
} from '../../../shared/contracts/institution-activities';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { listInstitutionActivities } from './list-institution-activities';

export const exportInstitutionActivitiesQuerySchema = exportQueryOf(listInstitutionActivitiesQuerySchema);

/** The institution's activities, filtered as on /kegiatan, as XLSX or CSV: read through the list itself. */
export async function exportInstitutionActivities(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportInstitutionActivitiesQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.activities;
  return exportList<InstitutionActivity>(deps, {
    format: query.format,
    name: words.files.activities,
    sheetName: words.sheets.activities,
    readPage: (paging) => listInstitutionActivities(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.title, value: (item) => item.title },
      { header: column.partnership, value: (item) => item.partnership.name },
      { header: column.partners, value: (item) => item.partnerNames.join(', ') },
      { header: column.status, value: (item) => wordFor(catalog.activityStatuses, item.status) },
      { header: column.plannedEnd, kind: 'date', value: (item) => item.plannedEnd },
      { header: column.startedOn, kind: 'date', value: (item) => item.startedOn },
      { header: column.endedOn, kind: 'date', value: (item) => item.endedOn },
      {
        header: column.timeliness,
        value: (item) =>
          item.timeliness ? wordFor(catalog.activityListUi.timeliness, item.timeliness) : null,
      },
      {
        header: column.outcomeKind,
        value: (item) => (item.outcomeKind ? wordFor(catalog.outcomeKinds, item.outcomeKind) : null),
      },
      { header: column.actualQuantity, kind: 'number', value: (item) => item.actualQuantity },
      { header: column.evidenceCount, kind: 'number', value: (item) => item.evidenceCount },
    ],
  });
}
