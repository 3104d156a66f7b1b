import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { Institution, listInstitutionsQuerySchema } from '../../../shared/contracts/institutions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { readableInstitutionScope } from './institution-access';
import { toInstitution } from './institution-mappers';
import { listInstitutionRows } from './institutions.repository';

export async function listInstitutions(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listInstitutionsQuerySchema>,
): Promise<Page<Institution>> {
  const after = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await listInstitutionRows(deps.db, readableInstitutionScope(principal), {
    q: query.q,
    after,
    limit: query.limit,
  });
  return toPage(rows, query.limit, toInstitution, (row) => [row.name, row.id]);
}
