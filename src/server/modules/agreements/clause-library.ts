import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { Db } from '../../db/database';
import { clauseKeys, type ClauseKey, type ClauseOverrides } from './document/clause-templates';
import { listClauseTemplateRows, type ClauseTemplateRow } from './clause-templates.repository';

export function isClauseKey(key: string): key is ClauseKey {
  return (clauseKeys as readonly string[]).includes(key);
}

/** The newest saved row per key; a retired newest row means "back to the built-in text". */
export async function latestClauseRows(
  db: Db,
  institutionId: string,
  kind: AgreementKind,
): Promise<Map<ClauseKey, ClauseTemplateRow>> {
  const latest = new Map<ClauseKey, ClauseTemplateRow>();
  for (const row of await listClauseTemplateRows(db, institutionId, kind)) {
    if (isClauseKey(row.clause_key) && !latest.has(row.clause_key)) latest.set(row.clause_key, row);
  }
  return latest;
}

/** The institution's own wording per article for this kind of agreement (defaults are left out). */
export async function loadClauseLibrary(
  db: Db,
  institutionId: string,
  kind: AgreementKind,
): Promise<ClauseOverrides> {
  const library: ClauseOverrides = {};
  for (const [key, row] of await latestClauseRows(db, institutionId, kind)) {
    if (!row.retired_at) library[key] = row.body;
  }
  return library;
}
