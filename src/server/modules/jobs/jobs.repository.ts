import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { JobsTable } from '../../db/schema';

export type JobRow = Selectable<JobsTable>;

export async function insertJobRow(db: Db, row: Insertable<JobsTable>): Promise<void> {
  await db.insertInto('jobs').values(row).execute();
}

export function findJobRow(db: Db, institutionId: string, id: string): Promise<JobRow | undefined> {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findJobRowById(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markJobRunning(db: Db, id: string, startedAt: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'running', started_at: startedAt, progress: 0 })
    .where('id', '=', id)
    .execute();
}

export async function saveJobProgress(db: Db, id: string, progress: number): Promise<void> {
  await db.updateTable('jobs').set({ progress }).where('id', '=', id).execute();
}

export async function finishJobRow(
  db: Db,
  id: string,
  outcome: Pick<JobsTable, 'status' | 'result_json' | 'result_file_key' | 'error_code' | 'finished_at'>,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ ...outcome, progress: outcome.status === 'succeeded' ? 1 : undefined })
    .where('id', '=', id)
    .execute();
}

export function listUnfinishedJobIds(db: Db): Promise<{ id: string }[]> {
  return db
    .selectFrom('jobs')
    .select('id')
    .where('status', 'in', ['queued', 'running'])
    .orderBy('created_at')
    .execute();
}
