import type { z } from 'zod';
import type { NeglectedPartner } from '../../../shared/contracts/care';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, plainExportQuerySchema } from '../../platform/http/list-export';

import { listNeglectedPartners } from './list-neglected-partners';

export const exportNeglectedPartnersQuerySchema = plainExportQuerySchema;

/** Neglected partners with why, as XLSX or CSV. */
export async function exportNeglectedPartners(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportNeglectedPartnersQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.neglected;
  return exportList<NeglectedPartner>(deps, {
    format: query.format,
    name: words.files.neglected,
    sheetName: words.sheets.neglected,
    readPage: () => listNeglectedPartners(deps, principal),
    columns: [
      { header: column.partner, value: (item) => item.partnerName },
      {
        header: column.reasons,
        value: (item) =>
          item.reasons.map((reason) => wordFor(catalog.carePage.neglectReasons, reason)).join(', '),
      },
      { header: column.lastContactOn, kind: 'date', value: (item) => item.lastContactOn },
      { header: column.daysSince, kind: 'number', value: (item) => item.daysSince },
      { header: column.cadenceDays, kind: 'number', value: (item) => item.cadenceDays },
      { header: column.healthScore, kind: 'number', value: (item) => item.healthScore },
      { header: column.healthBand, value: (item) => wordFor(catalog.partnerHealth.bands, item.healthBand) },
    ],
  });
}
