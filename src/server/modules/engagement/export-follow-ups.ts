import type { z } from 'zod';
import { listFollowUpsQuerySchema, type FollowUpItem } from '../../../shared/contracts/follow-ups';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listFollowUps } from './list-follow-ups';

export const exportFollowUpsQuerySchema = exportQueryOf(listFollowUpsQuerySchema);

/** Follow-up tasks, filtered as on screen (scope, status, due before), as XLSX or CSV. */
export async function exportFollowUps(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportFollowUpsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.followUps;
  return exportList<FollowUpItem>(deps, {
    format: query.format,
    name: words.files.followUps,
    sheetName: words.sheets.followUps,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) => listFollowUps(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.task, value: (item) => item.task },
      { header: column.dueOn, kind: 'date', value: (item) => item.dueOn },
      { header: column.overdue, value: (item) => (item.overdue ? words.yes : words.no) },
      { header: column.doneAt, kind: 'datetime', value: (item) => item.doneAt },
      { header: column.partners, value: (item) => item.partners.map((partner) => partner.name).join(', ') },
      { header: column.partnership, value: (item) => item.partnership?.name ?? null },
      { header: column.occurredAt, kind: 'datetime', value: (item) => item.occurredAt },
    ],
  });
}
