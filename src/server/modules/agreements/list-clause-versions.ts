import type { z } from 'zod';
import type { clauseVersionsResponseSchema } from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { Db } from '../../db/database';
import { checkClauseKey } from './check-clause-key';
import { listClauseVersionRows } from './clause-templates.repository';

export async function listClauseVersions(
  db: Db,
  institutionId: string,
  key: string,
  kind: AgreementKind,
): Promise<z.input<typeof clauseVersionsResponseSchema>> {
  const clauseKey = checkClauseKey(key);
  const rows = await listClauseVersionRows(db, institutionId, clauseKey, kind);
  return {
    items: rows.map((row) => ({
      version: row.version,
      body: row.body,
      createdAt: row.created_at,
      createdByName: row.created_by_name,
    })),
  };
}
