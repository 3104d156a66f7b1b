import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { listUsersQuerySchema, User } from '../../../shared/contracts/users';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { getWritableInstitution } from './institution-access';
import { toUser } from './institution-mappers';
import { listSupervisedRegionCodes, listUserRows } from './users.repository';

export async function listUsers(
  deps: AppDeps,
  principal: Principal,
  institutionId: string,
  query: z.output<typeof listUsersQuerySchema>,
): Promise<Page<User>> {
  await getWritableInstitution(deps.db, principal, institutionId);
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await listUserRows(deps.db, institutionId, {
    role: query.role,
    status: query.status,
    after,
    limit: query.limit,
  });
  const regions = await listSupervisedRegionCodes(
    deps.db,
    institutionId,
    rows.filter((row) => row.role === 'supervisor').map((row) => row.id),
  );
  return toPage(
    rows,
    query.limit,
    (row) => toUser(row, regions.get(row.id) ?? []),
    (row) => [row.name, row.id],
  );
}
