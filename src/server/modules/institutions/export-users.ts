import type { z } from 'zod';
import { listUsersQuerySchema, type User } from '../../../shared/contracts/users';
import { utcOffsetHours } from '../../../shared/domain/institution-kinds';
import { catalogOf, wordFor } from '../../../shared/i18n/catalog-of';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import type { TableFile } from '../../platform/files/write-table-file';
import { exportList, exportQueryOf } from '../../platform/http/list-export';
import { findInstitutionTimeZone } from './find-institution-time-zone';
import { listUsers } from './list-users';

export const exportUsersQuerySchema = exportQueryOf(listUsersQuerySchema);

/** An institution's users, filtered as on screen, as XLSX or CSV: read through the list itself. */
export async function exportUsers(
  deps: AppDeps,
  principal: Principal,
  institutionId: string,
  query: z.output<typeof exportUsersQuerySchema>,
): Promise<TableFile> {
  const catalog = catalogOf(principal.locale);
  const words = catalog.exportsUi;
  const column = words.columns.users;
  return exportList<User>(deps, {
    format: query.format,
    name: words.files.users,
    sheetName: words.sheets.users,
    utcOffsetHours: utcOffsetHours[await findInstitutionTimeZone(deps.db, institutionId)],
    readPage: (paging) => listUsers(deps, principal, institutionId, { ...query, ...paging }),
    columns: [
      { header: column.name, value: (item) => item.name },
      { header: column.email, value: (item) => item.email },
      { header: column.role, value: (item) => wordFor(catalog.roles, item.role) },
      { header: column.status, value: (item) => wordFor(catalog.userStatus, item.status) },
      { header: column.lastLoginAt, kind: 'datetime', value: (item) => item.lastLoginAt },
      { header: column.createdAt, kind: 'datetime', value: (item) => item.createdAt },
    ],
  });
}
