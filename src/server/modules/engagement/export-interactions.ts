import type { z } from 'zod';
import { listInteractionsQuerySchema, type Interaction } from '../../../shared/contracts/interactions';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listInteractions } from './list-interactions';

export const exportInteractionsQuerySchema = exportQueryOf(listInteractionsQuerySchema);

/** The contact log, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportInteractions(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportInteractionsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.interactions;
  return exportList<Interaction>(deps, {
    format: query.format,
    name: words.files.interactions,
    sheetName: words.sheets.interactions,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) => listInteractions(deps, principal, { ...query, ...paging }),
    columns: [
      { header: column.occurredAt, kind: 'datetime', value: (item) => item.occurredAt },
      { header: column.kind, value: (item) => wordFor(catalog.interactionKinds, item.kind) },
      { header: column.approach, value: (item) => wordFor(catalog.interactionApproaches, item.approach) },
      { header: column.partners, value: (item) => item.partners.map((partner) => partner.name).join(', ') },
      { header: column.contacts, value: (item) => item.contacts.map((contact) => contact.name).join(', ') },
      { header: column.summary, value: (item) => item.summary },
      { header: column.followUpTask, value: (item) => item.followUp?.task ?? null },
      { header: column.followUpDueOn, kind: 'date', value: (item) => item.followUp?.dueOn ?? null },
      { header: column.followUpDoneAt, kind: 'datetime', value: (item) => item.followUp?.doneAt ?? null },
    ],
  });
}
