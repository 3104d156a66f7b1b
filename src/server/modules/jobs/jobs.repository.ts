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

/**
 * Takes the job for `owner` when it is unfinished and nobody holds a live lease on it; false when
 * another runner has it (or it has finished). One conditional update, so two processes cannot both win.
 */
export async function claimJobRow(
  db: Db,
  id: string,
  claim: { owner: string; now: string; leaseUntil: string },
): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({
      status: 'running',
      started_at: claim.now,
      progress: 0,
      claimed_by: claim.owner,
      lease_until: claim.leaseUntil,
    })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', claim.now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function renewJobLease(db: Db, id: string, owner: string, leaseUntil: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ lease_until: leaseUntil })
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .execute();
}

/** A stopping runner hands its unfinished job back at once, instead of leaving it to the lease. */
export async function releaseJobLease(db: Db, id: string, owner: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ lease_until: null })
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .where('status', '=', 'running')
    .execute();
}

export async function saveJobProgress(db: Db, id: string, progress: number): Promise<void> {
  await db.updateTable('jobs').set({ progress }).where('id', '=', id).execute();
}

/**
 * Only the runner holding the job finishes it (a runner whose lease ran out writes nothing); true
 * when this runner's outcome was stored.
 */
export async function finishJobRow(
  db: Db,
  id: string,
  owner: string,
  outcome: Pick<JobsTable, 'status' | 'result_json' | 'result_file_key' | 'error_code' | 'finished_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ ...outcome, progress: outcome.status === 'succeeded' ? 1 : undefined, lease_until: null })
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Unfinished jobs no runner holds: never claimed, handed back, or whose holder's lease ran out. */
export function listUnclaimedJobIds(db: Db, now: string): Promise<{ id: string }[]> {
  return db
    .selectFrom('jobs')
    .select('id')
    .where('status', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
    .orderBy('created_at')
    .execute();
}

/** Finished jobs (succeeded or failed) of the given kinds, for their clean-up at start. */
export function listFinishedJobRows(db: Db, kinds: string[]): Promise<JobRow[]> {
  if (kinds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('kind', 'in', kinds)
    .where('status', 'in', ['succeeded', 'failed'])
    .orderBy('created_at')
    .execute();
}
