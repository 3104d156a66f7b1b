import type { Db } from '../../db/database';

export interface RunClaim {
  task: string;
  slotKey: string;
  owner: string;
  now: string;
  leaseUntil: string;
}

/** A new row: the primary key lets exactly one process in, whichever database. */
export async function insertRunClaim(db: Db, claim: RunClaim): Promise<boolean> {
  const result = await db
    .insertInto('scheduled_runs')
    .values({
      task: claim.task,
      slot_key: claim.slotKey,
      status: 'running',
      owner: claim.owner,
      lease_until: claim.leaseUntil,
      started_at: claim.now,
      finished_at: null,
      attempts: 1,
    })
    .onConflict((oc) => oc.columns(['task', 'slot_key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Takes a run whose holder's lease ran out before it finished; one conditional update, one winner. */
export async function takeOverExpiredRun(db: Db, claim: RunClaim, maxAttempts: number): Promise<boolean> {
  const result = await db
    .updateTable('scheduled_runs')
    .set((eb) => ({
      owner: claim.owner,
      lease_until: claim.leaseUntil,
      started_at: claim.now,
      attempts: eb('attempts', '+', 1),
    }))
    .where('task', '=', claim.task)
    .where('slot_key', '=', claim.slotKey)
    .where('status', '=', 'running')
    .where('lease_until', '<', claim.now)
    .where('attempts', '<', maxAttempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markRunDone(
  db: Db,
  key: { task: string; slotKey: string; owner: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('scheduled_runs')
    .set({ status: 'done', finished_at: now })
    .where('task', '=', key.task)
    .where('slot_key', '=', key.slotKey)
    .where('owner', '=', key.owner)
    .execute();
}

/** Ends the lease at once so the next tick (here or elsewhere) tries again. */
export async function releaseRun(
  db: Db,
  key: { task: string; slotKey: string; owner: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('scheduled_runs')
    .set({ lease_until: now })
    .where('task', '=', key.task)
    .where('slot_key', '=', key.slotKey)
    .where('owner', '=', key.owner)
    .where('status', '=', 'running')
    .execute();
}

export async function listFinishedSlotKeys(db: Db, task: string, slotKeys: string[]): Promise<Set<string>> {
  if (slotKeys.length === 0) return new Set();
  const rows = await db
    .selectFrom('scheduled_runs')
    .select('slot_key')
    .where('task', '=', task)
    .where('slot_key', 'in', slotKeys)
    .where('status', '=', 'done')
    .execute();
  return new Set(rows.map((row) => row.slot_key));
}

export async function deleteRunsStartedBefore(db: Db, before: string): Promise<void> {
  await db
    .deleteFrom('scheduled_runs')
    .where('status', '=', 'done')
    .where('started_at', '<', before)
    .execute();
}
