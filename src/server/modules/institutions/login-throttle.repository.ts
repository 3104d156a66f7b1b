import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { LoginThrottleTable } from '../../db/schema';

export type LoginThrottleRow = Selectable<LoginThrottleTable>;

export function findThrottleRows(db: Db, keys: string[]): Promise<LoginThrottleRow[]> {
  return db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).execute();
}

/**
 * Counts one failure in a single statement, so concurrent failures are all counted; a window that
 * started before `windowStartIso` starts over. Returns the failures in the current window.
 */
export async function incrementThrottleFailures(
  db: Db,
  key: string,
  nowIso: string,
  windowStartIso: string,
): Promise<number> {
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_started_at: nowIso, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStartIso)
          .then(1)
          .else(eb('login_throttle.failures', '+', 1))
          .end(),
        window_started_at: eb
          .case()
          .when('login_throttle.window_started_at', '<', windowStartIso)
          .then(nowIso)
          .else(eb.ref('login_throttle.window_started_at'))
          .end(),
      })),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

export async function lockThrottleKey(db: Db, key: string, untilIso: string): Promise<void> {
  await db.updateTable('login_throttle').set({ locked_until: untilIso }).where('key', '=', key).execute();
}

export async function deleteThrottleRow(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

export async function decrementThrottleFailures(db: Db, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}
