import type { z } from 'zod';
import type { GatheringSummary } from '../../../shared/contracts/gatherings';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, plainExportQuerySchema } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listGatherings } from './get-gathering';

export const exportGatheringsQuerySchema = plainExportQuerySchema;

/** The institution's gatherings with reply and attendance counts, as XLSX or CSV. */
export async function exportGatherings(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportGatheringsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.gatherings;
  return exportList<GatheringSummary>(deps, {
    format: query.format,
    name: words.files.gatherings,
    sheetName: words.sheets.gatherings,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: () => listGatherings(deps.db, principal.institutionId),
    columns: [
      { header: column.title, value: (item) => item.title },
      { header: column.startsAt, kind: 'datetime', value: (item) => item.startsAt },
      { header: column.endsAt, kind: 'datetime', value: (item) => item.endsAt },
      { header: column.place, value: (item) => item.place },
      { header: column.status, value: (item) => wordFor(catalog.gatheringsUi.statuses, item.status) },
      { header: column.invited, kind: 'number', value: (item) => item.counts.invited },
      { header: column.attending, kind: 'number', value: (item) => item.counts.attending },
      { header: column.declined, kind: 'number', value: (item) => item.counts.declined },
      { header: column.attended, kind: 'number', value: (item) => item.counts.attended },
    ],
  });
}
