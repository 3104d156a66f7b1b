import type { z } from 'zod';
import { agreementListQuerySchema, type AgreementSummary } from '../../../shared/contracts/agreements';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from '../institutions/index';
import { listAgreements } from './list-agreements';

export const exportAgreementsQuerySchema = exportQueryOf(agreementListQuerySchema);

/** The agreement list, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportAgreements(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof exportAgreementsQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.agreements;
  return exportList<AgreementSummary>(deps, {
    format: query.format,
    name: words.files.agreements,
    sheetName: words.sheets.agreements,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, principal.institutionId)],
    readPage: (paging) =>
      listAgreements(deps.db, principal.institutionId, { ...query, ...paging }, deps.clock.now()),
    columns: [
      { header: column.institutionNumber, value: (item) => item.numbers.institution },
      { header: column.partnerNumber, value: (item) => item.numbers.partner },
      { header: column.kind, value: (item) => wordFor(catalog.agreementKindNames, item.kind) },
      { header: column.subject, value: (item) => item.subject },
      { header: column.partnership, value: (item) => item.partnershipName },
      { header: column.partner, value: (item) => item.partnerName },
      { header: column.status, value: (item) => wordFor(catalog.agreementStatusNames, item.status) },
      { header: column.startsOn, kind: 'date', value: (item) => item.startsOn },
      { header: column.endsOn, kind: 'date', value: (item) => item.endsOn },
      { header: column.updatedAt, kind: 'datetime', value: (item) => item.updatedAt },
    ],
  });
}
