import type { z } from 'zod';
import { agendaQuerySchema } from '../../../shared/contracts/care';
import type { AgendaItem } from '../../../shared/contracts/care-agenda';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportFormatShape } from '../../platform/http/list-export';

import { getAgenda } from './get-agenda';

export const exportAgendaQuerySchema = agendaQuerySchema.extend(exportFormatShape);

/** The care agenda of the scope asked for (a facilitator's own by default), as XLSX or CSV. */
export async function exportAgenda(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportAgendaQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.agenda;
  return exportList<AgendaItem>(deps, {
    format: query.format,
    name: words.files.agenda,
    sheetName: words.sheets.agenda,
    readPage: () => getAgenda(deps, principal, query),
    columns: [
      { header: column.dueOn, kind: 'date', value: (item) => item.dueOn },
      { header: column.daysOverdue, kind: 'number', value: (item) => item.daysOverdue },
      { header: column.reason, value: (item) => wordFor(catalog.carePage.reasons, item.reason) },
      { header: column.partner, value: (item) => item.partnerName },
      { header: column.detail, value: (item) => item.detail },
    ],
  });
}
