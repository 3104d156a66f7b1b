import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { ClauseTemplatesTable } from '../../db/schema';

export type ClauseTemplateRow = Selectable<ClauseTemplatesTable>;

/** Every saved version of the institution's clauses for one agreement kind, newest first per key. */
export function listClauseTemplateRows(
  db: Db,
  institutionId: string,
  agreementKind: string,
): Promise<ClauseTemplateRow[]> {
  return db
    .selectFrom('clause_templates')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_kind', '=', agreementKind)
    .orderBy('clause_key')
    .orderBy('version', 'desc')
    .execute();
}

export function listClauseVersionRows(
  db: Db,
  institutionId: string,
  clauseKey: string,
  agreementKind: string,
): Promise<(ClauseTemplateRow & { created_by_name: string | null })[]> {
  return db
    .selectFrom('clause_templates')
    .leftJoin('users', 'users.id', 'clause_templates.created_by_user_id')
    .selectAll('clause_templates')
    .select('users.name as created_by_name')
    .where('clause_templates.institution_id', '=', institutionId)
    .where('clause_templates.clause_key', '=', clauseKey)
    .where('clause_templates.agreement_kind', '=', agreementKind)
    .orderBy('clause_templates.version', 'desc')
    .execute();
}

export async function findLatestClauseVersion(
  db: Db,
  institutionId: string,
  clauseKey: string,
  agreementKind: string,
): Promise<ClauseTemplateRow | undefined> {
  return db
    .selectFrom('clause_templates')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('clause_key', '=', clauseKey)
    .where('agreement_kind', '=', agreementKind)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertClauseTemplateRow(db: Db, row: Insertable<ClauseTemplatesTable>): Promise<void> {
  await db.insertInto('clause_templates').values(row).execute();
}
